"""A quotation credited after a dash that ends its line: ``CLAIM: "Violent crime in my
state is down 30 percent since I took office." — Gov. Ray Dillard of Missouri`` (fact checks,
epigraphs, pull quotes). No verb says who spoke; the name after the dash does.

English only (French opens lines of dialogue with a dash). The credit is the rest of the
line after the closing mark and its dash: a title may open it (``Gov.``), a place or a role
may follow the name (``of Missouri``, ``, NATO Secretary-General``); the name is two to four
capitalised words, read as the article's entity of that name when there is one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newswire.nlp.entities.titles import split_leading_title
from newswire.nlp.quotes.marks import MarkedQuote
from newswire.nlp.quotes.textmap import Attribution, TextMap

__all__ = ["dash_credit"]

#: A dash after the closing mark (and its sentence's stop), then the credit to the line's end.
_CREDIT = re.compile(r"[.,!?]?[ \t]*(?:—|–|--)[ \t]*([^\n—–\"“”]{3,80}?)[ \t]*(?:\n|$)")
#: Two to four capitalised words (``O'Brien``, ``Pryor-Keating``), then a place, a role or
#: nothing: the name of the credit.
_NAME = re.compile(
    r"(?!(?:The|A|An|This|That|Our|My|His|Her|Their)[ \t])"  # "— The Mayor": no name
    r"((?:[A-Z][\w'’.-]*[a-z][\w'’-]*[ \t]+){1,3}[A-Z][\w'’-]*[a-z][\w'’-]*)"
    r"(?:,.*|[ \t]+(?:of|from)[ \t]+.*)?$")


def dash_credit(tmap: TextMap, quote: MarkedQuote, attribution: Attribution) -> Attribution:
    """The attribution with the name credited after its dash, when it has no speaker."""
    if tmap.doc.lang_ != "en" or attribution.speaker is not None \
            or attribution.speaker_name is not None or quote.unclosed:
        return attribution
    name = credited_name(tmap.text, quote.mark_end)
    return replace(attribution, speaker_name=name) if name is not None else attribution


def credited_name(text: str, after: int) -> str | None:
    """The name a dash right after ``text[:after]`` credits, to the end of its line."""
    credit = _CREDIT.match(text, after)
    if credit is None:
        return None
    words = credit.group(1)
    _, skipped = split_leading_title(words)
    name = _NAME.match(words, skipped)
    return name.group(1) if name is not None else None
