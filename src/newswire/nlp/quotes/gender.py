"""The grammatical gender a person's name or title suggests, so ``she`` skips a male name.

Read off the words around a name: an honorific (``Mrs.``, ``Mr.``), a gendered title
(``spokeswoman``, ``actress``) or a common first name.  Unknown stays unknown: a pronoun may
then point to that person whatever its gender.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from newswire.nlp.quotes.lexicon import Lexicon

Gender = Literal["f", "m"]

_FEMALE_WORDS = """
    mrs ms miss madam madame lady dame queen princess duchess sister mother wife daughter
    widow woman spokeswoman congresswoman chairwoman businesswoman actress hostess
    anchorwoman councilwoman grandmother aunt niece girlfriend
"""
_MALE_WORDS = """
    mr sir lord king prince duke brother father husband son widower man spokesman
    congressman chairman businessman actor host anchorman councilman grandfather uncle
    nephew boyfriend pope rev
"""
_FEMALE_NAMES = """
    hillary melania ivanka michelle nancy elizabeth sarah carly nikki susan mary jane
    kellyanne huma donna debbie deborah madeleine barbara laura condoleezza kate
    katie kathleen kathy erin amy ann anne anna angela theresa sally samantha jennifer
    jessica karen linda lisa lori maria marie megyn meghan michele patricia rachel
    rebecca ruth sandra sharon stephanie tammy tulsi valerie wendy chelsea cecile loretta
    janet jill joni kamala kirsten claire dianne heidi lindsay martha julia
    rosie oprah beyonce adele selena gretchen katrina dana emily zoe
    elaine penny cindy betsy shannon
"""
_MALE_NAMES = """
    donald barack bill bernie ted marco jeb john ben chris rand mike mitt paul joe tim
    mitch harry jim james robert bob george ronald richard rick scott steve stephen
    michael david dan daniel thomas tom jeff jeffrey mark matt matthew peter pete eric
    corey reince sean newt rudy jason kevin lindsey martin jerry jesse josh joshua brian
    frank gary greg jack larry marty nick patrick ryan sam samuel vladimir xi benjamin
    bashar recep justin jorge dave andrew andy adam alan alex anthony barry bruce carl
    charles charlie dennis doug edward gene henry howard jonathan keith ken kenneth
    lawrence luis manuel nathan raymond roger ron roy russell stan terry todd tony
    walter wayne william willie glenn sebastian sheldon jared roger steven
"""
FEMALE_WORDS = frozenset(_FEMALE_WORDS.split()) | frozenset(_FEMALE_NAMES.split())
MALE_WORDS = frozenset(_MALE_WORDS.split()) | frozenset(_MALE_NAMES.split())
PRONOUN_GENDER: dict[str, Gender] = {"she": "f", "her": "f", "hers": "f",
                                     "he": "m", "him": "m", "his": "m"}


def gender_of(words: Iterable[str], lexicon: Lexicon | None = None) -> Gender | None:
    """``f`` or ``m`` when the words of a name and its title agree on one; else ``None``."""
    female = lexicon.female_words if lexicon else FEMALE_WORDS
    male = lexicon.male_words if lexicon else MALE_WORDS
    found: set[Gender] = set()
    for word in words:
        key = word.lower().rstrip(".")
        if key in female:
            found.add("f")
        elif key in male:
            found.add("m")
    return found.pop() if len(found) == 1 else None
