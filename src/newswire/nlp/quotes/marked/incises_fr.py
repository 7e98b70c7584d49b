"""A French quotation cut at the incise inside it: ``« Ce n’était pas une fatalité, a-t-elle
poursuivi. C’était un choix. »``.

French news keeps one pair of guillemets around a statement and sets the cue inside it, after
a comma (``, a-t-elle poursuivi.``, ``, a affirmé Mme Rondeau.``, ``, estime-t-il,``), where
English closes the quotation and opens another (``“...,” she went on. “...”``). Read as one
quotation, its cue was hidden inside the quoted words, so the quote took the speaker of the
quote before it. Each such quotation is cut into the words before the incise and the words
after it, as if the marks were written around each: the incise is then the cue of the first
part, read like ``« ... », a-t-elle poursuivi.``, and the second continues it (the split-quote
rules give both one speaker). An incise is the lexicon's pattern (a comma, a verb of saying,
an inverted pronoun or not) whose verb has a subject after it, up to the next comma or end
of sentence: the inverted pronoun, or a name or a source's noun (``, dénoncé les abus,`` in a
list of what was done is no incise).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, PERSON_OR_ORG_LABELS
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.marked.marks import MarkedQuote

__all__ = ["split_at_incises"]

#: Where an incise's words end: the next comma or end of sentence.
_INCISE_END = re.compile(r"[,.;!?…]")
#: Abbreviations whose full stop ends no incise (``, a affirmé M. Tremblay.``).
_ABBREVIATIONS = frozenset(("m", "mm", "dr", "pr", "st", "ste", "mgr", "me"))
_INVERTED = re.compile(r"-(?:il|elle|ils|elles|on)\b", re.IGNORECASE)
_SOURCE_NOUNS = FRENCH.org_nouns | FRENCH.group_nouns | FRENCH.role_nouns


def split_at_incises(doc: Doc, quotes: Sequence[MarkedQuote], incise: re.Pattern[str], *,
                     text: str | None = None) -> list[MarkedQuote]:
    """``quotes`` with each quotation holding an incise cut around it; ``text`` is
    ``doc.text`` when the caller has it (joining it makes a Token for every word)."""
    text = doc.text if text is None else text
    found: list[MarkedQuote] = []
    for quote in quotes:
        found.extend(_cut(doc, text, quote, incise))
    return found


def _cut(doc: Doc, text: str, quote: MarkedQuote, incise: re.Pattern[str]
         ) -> list[MarkedQuote]:
    """The parts of ``quote`` (in ``doc``'s ``text``) before and after each incise inside it."""
    parts: list[MarkedQuote] = []
    start, mark_start = quote.start, quote.mark_start
    at = start
    while (match := incise.search(text, at, quote.end)) is not None:
        end = _incise_end(text, match, quote.end)
        at = match.end()
        if end is None or not _has_subject(doc, match, end):
            continue
        before = text[start:match.start()].rstrip()
        if any(ch.isalnum() for ch in before):
            parts.append(MarkedQuote(start, start + len(before), quote.paragraph,
                                     mark_start=mark_start, mark_end=match.start()))
        start = end + 1
        while start < quote.end and text[start].isspace():
            start += 1
        mark_start = at = start
    if not parts:
        return [quote]
    if any(ch.isalnum() for ch in text[start:quote.end]):
        parts.append(MarkedQuote(start, quote.end, quote.paragraph, quote.unclosed,
                                 quote.continued, mark_start, quote.mark_end))
    return parts


def _incise_end(text: str, match: re.Match[str], limit: int) -> int | None:
    """Where the incise ``match`` opens ends: its next comma or end of sentence (past
    abbreviations), inside the quotation."""
    for stop in _INCISE_END.finditer(text, match.end(), limit):
        word = re.search(r"(\w+)\W*$", text[match.end():stop.start()])
        if stop.group() == "." and word is not None and (
                word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        return stop.start()
    return None


def _has_subject(doc: Doc, match: re.Match[str], end: int) -> bool:
    """Whether the incise's verb has its subject: an inverted pronoun, or a name or a
    source's noun between the verb and ``end``."""
    if _INVERTED.search(match.group()):
        return True
    after: Span | None = doc.char_span(match.end(), end, alignment_mode="expand")
    return after is not None and any(
        t.ent_type_ in PERSON_OR_ORG_LABELS or (t.pos_ in NOUN_TAGS
                                        and t.lemma_.lower() in _SOURCE_NOUNS)
        or t.lower_ in _SOURCE_NOUNS for t in after)
