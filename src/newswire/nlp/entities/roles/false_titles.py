"""A person's noun written in lower case right before a name: the name is a person's.

News introduces private people and players with a noun used as a title, no article and no
comma (the "false title"): ``rice grower Leanne Pappas says``, ``Mother-of-three Kayla
Onslow said``, ``Harbourside forward Riley Coombes kicked``, ``said defenceman Aaron
Bellweather``. The small model often types such a name, which it does not know, an
organisation; the pronoun or the epithet that quotes the person next (``she says``, ``the
21-year-old told ABC Sport``) then finds someone else. A trade's or a position's noun
(``grower``, ``forward``), a family word (``mother-of-three``) before a name opening on a
first name, or made of no common word, says the name is a person's. An industry's noun
(``retailer Harvey Norman``, ``bank Morgan Stanley``) and an organisation's part
(``promoter``, ``sponsor``, ``contractor``) say nothing here: companies take them too.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.organisations.companies import ORG_NOUNS, word_set
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["opens_sentence_or_quote", "person_noun_before"]

#: Agent nouns of trades and roles: "grower", "defender", "director", "activist",
#: "physician", "fisherman", "spokeswoman", "retiree".
_AGENT = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|man|woman|ee)")
#: Words with those endings that are no person's noun.
_NOT_AGENTS = word_set("""
    former other under over after her whether either neither rather later never ever
    however per another together whatever wherever newer older younger longer stronger
    border corner member minor major senior junior interior exterior mirror error floor door
    paper water weather winter summer number letter order quarter chapter matter
    operator producer provider carrier builder processor exporter importer distributor
    maker manufacturer sponsor competitor buyer bidder contractor owner partner promoter
    organiser organizer employer broker printer brewer winemaker streamer insurer investor
    licensee franchisee committee guarantee human
""")
#: Person's nouns without those endings: positions in a team, family, plain trades.
_PERSON_WORDS = word_set("""
    forward guard centre center spearhead skipper captain rookie veteran coach star
    winger midfielder prop hooker flanker fullback halfback wing back jockey
    teen teenager student resident patient parent tenant migrant immigrant applicant
    claimant consultant assistant accountant attendant sergeant lieutenant agent
    mum mom dad widow widower nurse doctor surgeon chef pilot poet artist nun priest
    pastor grandmother grandfather granddad grandma grandpa
""")
#: A family word with its count: "mother-of-three", "father-of-two".
_FAMILY = re.compile(r"(?:grand)?(?:mother|father|mum|mom|dad)-of-[a-z]+")
#: The word right before a name, on its line: letters and hyphens, then one space.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]*) $")
#: How far back the word before a name is looked for: a long word and its space.
_WINDOW = 40


def person_noun_before(text: str, start: int, end: int) -> bool:
    """Whether a person's noun in lower case (capitalised only when it opens a sentence)
    stands right before the name at ``[start, end)``, and the name reads as a person's:
    ``rice grower Leanne Pappas``, ``Mother-of-three Kayla Onslow``."""
    name = text[start:end].split()
    if len(name) < 2 or not _personal_name(name):
        return False
    match = _WORD_BEFORE.search(text, max(0, start - _WINDOW), start)
    if match is None:
        return False
    word = match.group(1)
    if word[:1].isupper() and not opens_sentence_or_quote(text, match.start()):
        return False  # "Harbourside Riley Coombes": a capitalised word is a name's
    return _person_noun(word.lower())


def _personal_name(words: list[str]) -> bool:
    """A first name the table knows opens it, or none of its words is a common word (the
    table leaves out first names both sexes bear, ``Riley``; ``Harbor Lights Live`` is
    words)."""
    return is_any_first_name(words[0]) or not any(
        w.casefold() in casing().lower for w in words)


def _person_noun(word: str) -> bool:
    """Whether the lower-case ``word`` is a person's noun: listed, a family word with its
    count, or an agent noun that is no company's (``grower``, not ``retailer``, ``maker``)."""
    if word in ORG_NOUNS or word in _NOT_AGENTS or word.endswith("maker"):
        return False
    return word in _PERSON_WORDS or bool(_FAMILY.fullmatch(word) or _AGENT.fullmatch(word))


def opens_sentence_or_quote(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens the text, a line, a sentence or a quotation, where a
    person's noun is capitalised (``Mother-of-three Kayla Onslow``). Only the blanks before
    it are read, not the text up to it: a text may hold thousands of names.

    Not :func:`..spans.forms.opens_sentence`, which counts a colon and a dateline's dash as a
    sentence's end and an opening quotation mark as no end: :mod:`..spans.forms` asks how an article
    writes a word, this module whether a capitalised noun was capitalised by its place."""
    i = at
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n\"“”'‘’"
