"""Datelines: where a wire story was filed, written at the start of its text.

``BUCHAREST, Romania (AP) — NATO returns ...``, ``WASHINGTON, June 24 (UPI) — ...``,
``Washington (AFP) – ...``, ``New Delhi, Dec 4 (PTI) ...`` (no dash: South Asian and West
African wires) and Reuters' own line ``SIALKOT, Pakistan 1996-12-06`` are article
text: they stay in the body, are never taken for a headline or for boilerplate, and
:func:`find_dateline` gives the first one with its place, so that the place can be one of the
article's entities.
"""

from __future__ import annotations

import re

from newswire.models import Dateline, Field_

__all__ = ["LEDE_MIN_WORDS", "SEARCH_LINES", "WORD_RE", "dateline_in", "find_dateline"]

#: How many of the body's first non-blank lines may hold the dateline (a byline may come first).
SEARCH_LINES = 3
#: Words of lede after a bare ``PLACE —``: a shorter rest is a headline's slug ("PRESS DIGEST -
#: Iraq - Aug 22").
LEDE_MIN_WORDS = 8

# Capitals and small letters with Latin-1's accented ones ("MONTRÉAL", "Québec").
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_CAPS_WORD = rf"(?:Mc)?[{_UPPER}][{_UPPER}'’.&-]*"
_CAPS_PLACE = rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}}"
_TITLE_WORD = rf"[{_UPPER}][{_LOWER}'’.-]+"
_TITLE_PLACE = rf"{_TITLE_WORD}(?: (?:{_TITLE_WORD}|de|da|do|del|la|el)){{0,3}}"
#: ", Romania", ", N.Y.", ", United Arab Emirates", ", Democratic Republic of Congo": in
#: ordinary case (a headline goes on in capitals: "INDIANA'S DEMOGRAPHICS, BUT ECONOMY ...").
_REGION_WORD = r"(?:[A-Z][a-z][\w.'’-]*|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{2,3}\b)"
_REGION = rf"\s?,\s?{_REGION_WORD}(?: (?:of |the )?{_REGION_WORD}){{0,3}}"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY_DATE = rf"{_MONTH} \d{{1,2}}(?:, \d{{4}})?"
# "(AP)", and a press-release wire: "/PRNewswire/", "/CNW/".
_AGENCY = r"(?:\([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}\)|/[A-Z][\w&.'’ -]{1,30}/)"
#: A dash after the place: a hyphen needs spaces around it ("AP-GfK Poll" is no dateline).
#: The space before it may be a no-break one ("OTTAWA\u00a0—"; French "MONTRÉAL\u202f—").
_SPACE = "[ \u00a0\u202f]"
_DASH = rf"(?:{_SPACE}?[—–]|{_SPACE}--? )"
# "SAN FRANCISCO--(BUSINESS WIRE)--": a press-release wire between unspaced dashes.
_WIRE_DASHES = rf"--{_AGENCY}--"

#: ``PLACE[, REGION][, DATE] [(AGENCY)] —`` opening the lede, the place in capitals.
_INLINE_CAPS = re.compile(
    rf"^(?P<place>{_CAPS_PLACE})(?P<more>(?:{_REGION}){{0,2}}(?:,? {_DAY_DATE})?"
    rf"(?: ?{_AGENCY})?)(?:{_DASH}|{_WIRE_DASHES})(?=\s*\S)"
)
#: ``Place[, Region] (AGENCY) –``: a place in ordinary case needs the agency to be a dateline.
_INLINE_AGENCY = re.compile(
    rf"^(?P<place>{_TITLE_PLACE})(?:{_REGION}){{0,2}}(?:,? {_DAY_DATE})? ?{_AGENCY}{_DASH}"
    rf"(?=\s*\S)"
)
#: ``New Delhi, Dec 4 (PTI) The Centre ...``, ``KARACHI, Dec 4 (APP): The State Bank ...``:
#: South Asian and West African wires (PTI, IANS, APP, NAN) write place, date and agency with
#: no dash after them, or a colon; the date and the agency in brackets together say it is a
#: dateline, and the lede opens on a capital after it.
_INLINE_WIRE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})(?:{_REGION}){{0,2}},? {_DAY_DATE} ?"
    rf"\([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){{0,2}}\):?(?={_SPACE}+[{_UPPER}\"“‘'])"
)
#: Reuters' line of its own: ``SIALKOT, Pakistan 1996-12-06``, ``LONDON Aug 30``.
_OWN_LINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE})(?:{_REGION}){{0,2}},? (?:\d{{4}}-\d\d-\d\d|{_DAY_DATE})\s*$"
)
#: Capitals that open a lede without naming a place ("BREAKING —", "FACT CHECK —").
_NOT_PLACES = frozenset({
    "ALERT", "ANALYSIS", "BREAKING", "CHECK", "COMMENT", "COMMENTARY", "CORRECTION",
    "DEVELOPING", "EDITORIAL", "EDITOR'S", "EXCLUSIVE", "FACT", "FEATURE", "FLASH", "FOCUS",
    "INTERVIEW", "LIVE", "NEWS", "NOTE", "OPINION", "PHOTOS", "PODCAST", "REVIEW", "RTRS",
    "SPONSORED", "UPDATE", "UPDATED", "URGENT", "VIDEO", "WATCH",
})
WORD_RE = re.compile(r"\w+")
_SMALL_WORDS = frozenset({"de", "da", "do", "del", "la", "el", "of", "the", "and"})


def dateline_in(line: str) -> tuple[int, int, str] | None:
    """The dateline opening ``line``: (start, end, place) within it, or None.

    ``start`` skips leading spaces; ``end`` is after the dash (inline form) or the date
    (a line of its own).
    """
    text = line.lstrip()
    offset = len(line) - len(text)
    for pattern in (_OWN_LINE, _INLINE_CAPS, _INLINE_AGENCY, _INLINE_WIRE):
        match = pattern.match(text)
        if not match or not _names_a_place(match.group("place")):
            continue
        if pattern is _OWN_LINE:
            return offset, offset + len(text.rstrip()), _usual_case(match.group("place"))
        bare = pattern is _INLINE_CAPS and not match.group("more")
        if _opens_a_lede(text[match.end():], bare):
            end = len(text[:match.end()].rstrip())
            return offset, offset + end, _usual_case(match.group("place"))
    return None


def _opens_a_lede(rest: str, bare: bool) -> bool:
    """Whether the text after the dash is a story's first sentence.

    In capitals it is a headline ("SOCCER - JAPAN GET LUCKY WIN"); after a bare place it must
    be long enough not to be the rest of a headline behind its slug.
    """
    if rest.isupper():
        return False
    return not bare or len(WORD_RE.findall(rest)) >= LEDE_MIN_WORDS


def find_dateline(text: str, field: Field_ = "body") -> Dateline | None:
    """The dateline among the first :data:`SEARCH_LINES` non-blank lines of ``text``."""
    pos, seen = 0, 0
    while pos <= len(text) and seen < SEARCH_LINES:
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop  # a long body is not split whole for 3 lines
        line = text[pos:stop]
        if line.strip():
            if found := dateline_in(line):
                start, end, place = found
                return Dateline(text=line[start:end], start=pos + start, end=pos + end,
                                field=field, place=place)
            seen += 1
        pos = stop + 1
    return None


def _names_a_place(place: str) -> bool:
    first = place.split(" ", 1)[0]
    return first.upper() not in _NOT_PLACES and sum(c.isalpha() for c in place) >= 2


def _usual_case(place: str) -> str:
    """``ST. LOUIS`` -> ``St. Louis``, ``AL-AIN`` -> ``Al-Ain``; a place in ordinary case stays."""
    if not place.isupper():
        return place
    parts = []
    for i, word in enumerate(place.split(" ")):
        lower = word.lower()
        if i and lower in _SMALL_WORDS:
            parts.append(lower)
        else:
            parts.append("-".join(p[:1].upper() + p[1:] for p in lower.split("-")))
    return " ".join(parts)
