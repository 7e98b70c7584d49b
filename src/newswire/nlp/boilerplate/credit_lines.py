"""Lines that credit someone: bylines, "Source:" lines, production and photo credits,
captions and copyright notices.

Their patterns are rules of :mod:`newswire.nlp.boilerplate.line_rules` (which names the line);
the names they carry (a byline's author, a source line's publisher) are read here.
"""

from __future__ import annotations

import re

from newswire.nlp.boilerplate.links import URL_RE
from newswire.nlp.boilerplate.shape_rules import is_sentence

__all__ = ["BARE_CREDIT_MAX_WORDS", "BYLINE", "CAPTION", "CLAUSE_AFTER_BY", "COPYRIGHT",
           "CREDITS", "FOOTER", "PHOTO_CREDIT", "SOURCE", "byline_name", "is_bare_credit",
           "is_source_line", "source_name"]

_I = re.IGNORECASE
_WORD = re.compile(r"\w+")
#: "By Jane Doe, Reuters", "Par Anne Dupont": a name after the word "by", alone on its line.
BYLINE = re.compile(
    r"^\s*(?i:by|von|par|por|di)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von))"
    r"{0,5})\s*(?:[,|/–—-].*)?$"
)
#: "Source: Bloomberg".
SOURCE = re.compile(r"^\s*source\s*:\s*(?P<name>.+)$", _I)
#: Production credits: "(Reporting by ...; Editing by ...)", "... contributed to this report."
CREDITS = re.compile(
    r"^[\W_]*(?:additional |with )?(?:reporting|writing|editing|compiled|research) by\b|"
    r"\bcontributed (?:reporting|to this (?:report|story|article))\b",
    _I,
)
#: A verb after the "by" names makes the line a finding, not a credit: "Research by the
#: Conference Board of Canada has found that ...". Lower case only: "Editing by Will Dunham".
CLAUSE_AFTER_BY = re.compile(
    r"\b[Bb]y\b[^;]*?\b(?:has|have|had|is|are|was|were|will|would|can|could|may|might|"
    r"shows?|showed|shown|finds?|found|suggests?|suggested|says?|said|warns?|warned)\b"
)
#: Photo and video credits: "Photo by Jane Doe/Getty Images", "(Image credit: NASA)".
PHOTO_CREDIT = re.compile(
    r"^[\W_]*(?:(?:photo|image|video|picture|graphic|illustration)s?(?: credit)?\s*(?:by\b|:)|"
    r"credits?\s*:|getty(?: images)?\W*$|(?:ap|afp|epa|reuters) photo\b)|"
    r"(?:/|\b)getty images\W*$|\((?:image|photo) credit:[^)]*\)\W*$",
    _I,
)
#: A caption: the picture's credit or label inside the line ("... (Image: GETTY)").
CAPTION = re.compile(
    r"^[\W_]*(?:image|media|photo) caption|\((?:image|photo|picture|credit)s?:[^)]*\)\W*$|"
    r"(?-i:Credit:\s*[A-Z]).*$|\b(?:photo|image)s? by [^.]{3,60}$|/\s*getty(?: images)?\W*$|"
    r"\((?:ap|afp|reuters|epa|getty)\b(?: photo| images)?[^)]*\)\W*$",
    _I,
)
#: "Copyright 2024", "© The Times", "All rights reserved".
COPYRIGHT = re.compile(
    r"^[\W_]*(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})|\ball rights reserved\b", _I
)
#: What makes a copyright line a page footer rather than a photo credit ("© Jane Doe").
FOOTER = re.compile(r"(?:©|\(c\))\s*(?:19|20)\d\d\b|rights reserved|copyright", _I)


def is_source_line(line: str) -> bool:
    """True for a short "Source: Bloomberg" line: a footer among footer lines, else a credit."""
    return bool(SOURCE.match(line)) and len(_WORD.findall(line)) <= 12


def source_name(line: str) -> str | None:
    """The publisher a removed line names: "Source: Bloomberg Quicktake: Now" -> that name."""
    match = SOURCE.match(line)
    if match is None:
        return None
    name = re.split(r"\s*(?::|\||\s[-–—]\s)\s*", match.group("name").strip(), maxsplit=1)[0]
    name = URL_RE.sub("", name).strip(" .,;")
    return name or None


def byline_name(line: str) -> str | None:
    """The author a byline names ("By Jane Doe, Reuters" -> "Jane Doe"), or None."""
    match = BYLINE.match(line.strip())
    if match is None or len(_WORD.findall(line)) > 12:
        return None
    return match.group("name").strip()


#: A line that only credits is this short: "Photo: Shutterstock", "By Rick Steves",
#: "Credit: Andriy Onufriyenko / Getty Images", "by Emily Baron Cadloff, Modern Farmer".
BARE_CREDIT_MAX_WORDS = 8
#: Words that open no name: a byline-shaped subheading ("By Air And Sea", "By The Numbers").
_NOT_NAME_WORDS = frozenset({
    "a", "an", "and", "as", "at", "for", "from", "how", "in", "into", "is", "it", "its", "my",
    "of", "on", "or", "our", "that", "the", "this", "to", "what", "when", "who", "why", "with",
    "your",
})
#: A video's label names the video ("Video: How the bridge fell"), not who filmed it; a
#: laptop review's "Graphics: Nvidia RTX 4050" is its spec, not a credit.
_NOT_CREDIT_LABEL = re.compile(r"^[\W_]*(?:videos?|graphics?)\b", _I)


def is_bare_credit(line: str, rule: str) -> bool:
    """True for a short line that does nothing but credit a picture or the article
    (``rule``: ``photo-credit`` or ``byline``): no sentence, at most
    :data:`BARE_CREDIT_MAX_WORDS` words, and for a byline a name of two words or more that
    are no heading's words ("By Rick Steves", not "By Audience" or "By Air And Sea")."""
    if len(_WORD.findall(line)) > BARE_CREDIT_MAX_WORDS or is_sentence(line):
        return False
    if rule == "photo-credit":
        return not _NOT_CREDIT_LABEL.match(line)
    if rule != "byline" or (match := BYLINE.match(line.strip())) is None:
        return False
    name = _WORD.findall(match.group("name"))
    capitalised = [w for w in name if w[0].isupper()]  # "Jane Doe and John Roe" is a name
    return len(capitalised) >= 2 and not any(w.lower() in _NOT_NAME_WORDS for w in capitalised)
