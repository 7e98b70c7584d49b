"""People's names that open with words that are not the name: an honorific, an office's words.

``Ms Holloway`` comes out of the English model as an organisation; an honorific before a
capitalised surname says it is a person (:func:`honoured_person`). ``Minister for Housing
Ciarán Mulvey`` comes out as the person ``Housing Ciarán Mulvey``: after ``Minister for``
the span opens with the office's own words (:func:`office_words_end`).
"""

from __future__ import annotations

import re

from newswire.nlp.entities.firstnames import is_first_name
from newswire.nlp.entities.names import ROLES, words
from newswire.nlp.entities.namewords import not_a_person

__all__ = ["honoured_person", "lone_post_nominal", "office_words_end"]

#: Honorifics only people carry (``Sir``, ``Lord``, ``Lady`` also open names of places and
#: things: ``Lord's``, ``Lady Bird Lake``).
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Mx)\.?[ \t]+(?=[A-Z])")
#: One or two capitalised words, ``O'Brien`` and ``Lloyd-Webber`` among them.
_SURNAME = re.compile(r"[A-Z][\w'’-]*[a-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*[a-z][\w'’-]*)?")
_ROLE_ALT = "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True))
#: A title and the preposition of its office, right before a span: "Minister for ".
_OFFICE_OPEN = re.compile(rf"(?<![\w-])(?:{_ROLE_ALT})[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?$")
#: Letters after a name that say what a person is ("Miranda Ashworth KC"), after a word.
_POST_NOMINAL = re.compile(r"(?:MP|TD|MLA|MSP|MEP|MPP|MNA|MHA|QC|KC|SC|OBE|CBE|MBE|KBE|DBE)")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|An?|This|That)[ \t])[A-Z][\w'’-]*[a-z][ \t]$")
#: Last words of a body of people, which a person's name never ends with: after ``CEO of``
#: the span is the organisation (``Washington Restaurant Association``), not a person.
_BODY_LAST_WORDS = frozenset({
    "Association", "Society", "Committee", "Commission", "Council", "Coalition", "Alliance",
    "Club", "Board", "Union", "Federation", "League", "Agency", "Department", "Ministry",
})
#: How far before a span the title of its office may begin.
_OFFICE_WINDOW = 40


def honoured_person(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an honorific and a surname (``Ms Holloway``,
    ``Mr. O'Brien``): a person's name, whatever the model typed it."""
    match = _HONORIFIC.match(text, start, end)
    return match is not None and _SURNAME.fullmatch(text, match.end(), end) is not None


def office_words_end(text: str, start: int, end: int) -> int:
    """Where the name begins in a span right after ``Minister for`` (``Housing Ciarán
    Mulvey``: at ``Ciarán``): at the first known first name after the span's first word,
    else, in a span of three words, at its second; ``start`` when no office opens before
    it, or the span has fewer than three words or ends as an organisation's name does, or no
    word says where the name begins."""
    if _OFFICE_OPEN.search(text, max(0, start - _OFFICE_WINDOW), start) is None:
        return start
    parts = words(text[start:end])
    if len(parts) < 3 or parts[-1] in _BODY_LAST_WORDS or not_a_person(parts):
        return start  # "CEO of Washington Restaurant Association": the organisation
    spans = list(re.finditer(r"\S+", text[start:end]))
    fallback = spans[1] if len(spans) == 3 else spans[0]
    named = next((w for w in spans[1:-1] if is_first_name(w.group())), fallback)
    return start + named.start()


def lone_post_nominal(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only the letters after a name written just before it
    (``KC`` in ``Miranda Ashworth KC``, which the model reads as an organisation): no name."""
    return _POST_NOMINAL.fullmatch(text, start, end) is not None \
        and _WORD_BEFORE.search(text, max(0, start - 30), start) is not None
