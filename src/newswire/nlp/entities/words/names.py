"""Names as people write them: trimming a span to its name, normalising, and small tests
(a time zone, a date, a company's legal form, a particle).

Everything works on plain strings and character offsets, so each rule can be pinned with
a table of examples; nothing here knows about spaCy. The titles around a name (roles
before it, post-nominal letters after it) are in :mod:`newswire.nlp.entities.roles.titles`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "HONORIFICS", "is_corporate", "is_date", "is_particle", "is_time_zone", "looks_like_name",
    "normalise", "trim", "words",
]

#: Words in front of a name that say nothing about the person's job: dropped, never a role.
#: ``Hon`` ("the Hon Chris Bishop", New Zealand and Australia) is a courtesy, not a role.
HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lady", "Lord",
              "Hon.", "Hon",
              # West-African styles kept in printed names: "Alhaji Ibrahim Sulemana" (a
              # pilgrim's honorific), "Engr Folorunsho Ajibade" (a profession's, as "Dr").
              "Alhaji", "Alhaja", "Hajia", "Engr.", "Engr",
              # Malaysian and Bruneian styles written before the name in every mention
              # ("Datuk Seri Ahmad Faizal", "Tan Sri Azman"), and Indian and Singaporean
              # courtesy titles ("Shri Rajesh Kumar", "Smt Meena Devi", "Madam Siti").
              "Datuk Seri", "Dato' Seri", "Dato’ Seri", "Dato Sri", "Datin Seri", "Datuk",
              "Dato'", "Dato’", "Datin", "Tan Sri", "Puan Sri", "Toh Puan", "Shri", "Shrimati",
              "Smt.", "Smt", "Madam",
              # A Malay courtesy title ("Encik Azman Hashim"); not "Puan", also a given name
              # ("Puan Maharani", Indonesia's speaker: review55's F11).
              "Encik")

_LEADING_THE = re.compile(r"^(?:the|The|THE|a|an)\s+")
#: Lower-case words that belong to names ("Charles de Gaulle", "Vincent van Gogh").
_PARTICLES = frozenset({
    "de", "da", "del", "della", "di", "du", "des", "van", "von", "der", "den", "le", "la",
    "al", "el", "bin", "ibn", "ben", "dos", "das", "ter", "ten", "zu", "y", "of", "and", "for",
    # Welsh and Gaelic patronymics ("Rhydian ap Gwilym", "Seán Mac Cormaic", "Ó Baoill").
    "ap", "ab", "mac", "nic", "ó", "ní", "uí",
})
_CONNECTIVES = frozenset({"of", "and", "for"})
# A name neither opens nor ends with a plain lower-case word ("their Cup", "Xinhua news
# agency"), nor ends with a number ("J. Russell 63", "MANAMA 1996-08-22").
_LEADING_LOWER = re.compile(r"^([a-z]+)\s+(?=\S)")
_TRAILING_LOWER = re.compile(r"\s+([a-z]+)$")
_TRAILING_NUMBER = re.compile(r"\s+\d[\d.,:/-]*$")
# A spaced dash separates two things ("CRICKET - ENGLISH COUNTY CHAMPIONSHIP"), and so does
# a number between two names ("BOSTON 6 Oakland"); an unclosed bracket opens another
# ("AEK Larnaca (Cyprus").
_SPACED_DASH = re.compile(r"\s[-–—]+\s")
_NUMBER_BETWEEN = re.compile(r"\s\d+(?:st|nd|rd|th)?\s(?=[A-Z])")
#: What follows a French score's first number: ``à 1``, ``- 1``.
_SCORE_GOES_ON = re.compile(r"[ \t]*(?:à|-|–)[ \t]*\d")
_UNCLOSED = re.compile(r"\s*\([^)]*$")
_INITIAL = re.compile(r"[^\W\d_]\.")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
#: Names whose "'s" is their own ("Lloyd's chairman", "Moody's said"), not a person's or a
#: place's possessive ("Christie's", "Kohl's" and "Lowe's" are people's too: left out).
_OWN_POSSESSIVE = frozenset({
    "lloyd's", "moody's", "mcdonald's", "sainsbury's", "macy's", "kellogg's", "wendy's",
    "domino's", "sotheby's", "dillard's", "denny's", "applebee's", "hershey's", "harrah's",
})
#: Time zones, which the model reads as organisations ("0400 GMT").
_TIME_ZONES = frozenset({
    "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST",
    "EET", "AEST", "AEDT", "JST", "HKT", "SGT",
})
# Quotes, brackets and punctuation around a span are never part of a name; a final "."
# is kept when it closes an abbreviation ("U.S.", "Corp.").
_EDGE_JUNK = "\"'“”‘’«»()[]{}<>,;:!?*•–—-"
_ABBREVIATION_END = re.compile(r"(?:\b\w\.|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros)\.)$")
_CORPORATE_SUFFIX = re.compile(
    r",?\s+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|PLC|plc|AG|SA|S\.A|NV|N\.V|GmbH|SpA"
    r"|S\.p\.A)\.?$"
)
#: A weekday, with a month and a day maybe ("THURSDAY, AUGUST 22", re-cased "Thursday,
#: August"): a date the model may read as a name in re-cased schedules, never a name.
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October"
           r"|November|December)")
_DATE = re.compile(rf"{_WEEKDAYS}(?:,?\s+{_MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)?",
                   re.IGNORECASE)
_QUOTE_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "‑": "-"})


def trim(text: str, start: int, end: int, keep_dot: bool = False, *,
         lower_ends: bool = False) -> tuple[int, int]:
    """Offsets of the name inside ``text[start:end]``: no "the", possessive or edge punctuation.

    ``keep_dot`` keeps a final "." the tokenizer read as part of an abbreviation ("Fla.").
    ``lower_ends`` keeps plain lower-case words at a name's ends, as French writes names
    ("Coupe du monde de rugby"); English names have none there.
    """
    changed = True
    while changed and start < end:
        before = (start, end)
        piece = text[start:end]
        if match := _LEADING_THE.match(piece):
            start += match.end()
        if (match := _POSSESSIVE.search(text[start:end])) and not _own_possessive(
                text[start:end]):
            end = start + match.start()
        start, end = _trim_words(text, start, end, lower_ends)
        start, end = _strip_edges(text, start, end, keep_dot)
        changed = (start, end) != before
    return start, end


def _trim_words(text: str, start: int, end: int, lower_ends: bool) -> tuple[int, int]:
    """Drop what is no part of a name: the words before a spaced dash, a leading or trailing
    plain lower-case word (unless ``lower_ends``), a trailing number."""
    piece = text[start:end]
    if dashes := list(_SPACED_DASH.finditer(piece)):
        start += dashes[-1].end()
        piece = text[start:end]
    # French names carry numbers ("le collectif Viti 33", "Artois Ultras 2002"; French
    # results read "Lyon - Nantes 2-1"): only English scores cut a name at its number.
    between = None if lower_ends else _NUMBER_BETWEEN.search(piece)
    if cut := between or _UNCLOSED.search(piece):
        return start, start + cut.start()
    leading = None if lower_ends else _LEADING_LOWER.match(piece)
    if leading and leading.group(1) not in _PARTICLES:
        return start + leading.end(), end
    trailing = None if lower_ends else _TRAILING_LOWER.search(piece)
    if trailing and trailing.group(1) in _PARTICLES - _CONNECTIVES:
        trailing = None  # "Charles de" may yet become "Charles de Gaulle" elsewhere
    number = _TRAILING_NUMBER.search(piece)
    if number and lower_ends and not _french_score(text, number.group(), end):
        number = None  # "le collectif Viti 33", "Artois Ultras 2002": the name's own
    if tail := trailing or number:
        end = start + tail.start()
    return start, end


def _french_score(text: str, number: str, end: int) -> bool:
    """``Lyon - Nantes 2-1``, ``Rennes bat Brest 2 à 1``: a number after a French name is a
    score (cut as in English) when it holds a dash or another number follows it (review51)."""
    return "-" in number or ":" in number or _SCORE_GOES_ON.match(text, end) is not None


def _strip_edges(text: str, start: int, end: int, keep_dot: bool) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _EDGE_JUNK):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_JUNK):
        end -= 1
    if (end > start and text[end - 1] == "." and not keep_dot
            and not _ABBREVIATION_END.search(text[start:end])):
        end -= 1
    return start, end

@lru_cache(maxsize=65_536)
def normalise(name: str) -> str:
    """The key two spellings of one name share: case, quotes, spaces and accents folded."""
    folded = unicodedata.normalize("NFKD", name.translate(_QUOTE_MAP))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _CORPORATE_SUFFIX.sub("", folded)
    return " ".join(folded.casefold().split())


def is_corporate(name: str) -> bool:
    """Whether ``name`` ends with a company's legal form ("Cofinec S.A.", "Rabobank NV")."""
    return _CORPORATE_SUFFIX.search(name) is not None


def is_particle(word: str) -> bool:
    """Whether ``word`` belongs to a surname in any case ("van der Sar", "De Kock")."""
    return word.casefold() in _PARTICLES


#: A word of a name (compiled once: :func:`words` is asked tens of thousands of times).
_NAME_WORD = re.compile(r"[\w.'’-]+")


def words(name: str) -> list[str]:
    """The words of a name, hyphenated parts kept together ("Jean-Claude Juncker" has two)."""
    return _NAME_WORD.findall(name)


def _own_possessive(name: str) -> bool:
    """Whether the name, one word, keeps its "'s": "Lloyd's", "Moody's"; not after a first
    name ("Laquan McDonald's family")."""
    return name.replace("’", "'").casefold() in _OWN_POSSESSIVE


def is_time_zone(text: str) -> bool:
    """Whether ``text`` is a time zone's abbreviation ("GMT", "EDT"): no entity."""
    return text in _TIME_ZONES


def is_date(text: str) -> bool:
    """Whether ``text`` is a weekday and maybe a date after it ("Friday, August 23rd")."""
    return _DATE.fullmatch(text) is not None


def looks_like_name(text: str) -> bool:
    """A name has at least one capital letter or digit, and more than one letter or digit
    (an initial, "D.", is not a name)."""
    return any(c.isupper() or c.isdigit() for c in text) and any(
        c.isalnum() for c in text) and not _INITIAL.fullmatch(text)
