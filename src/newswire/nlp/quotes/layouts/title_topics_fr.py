"""French titles open on a topic label: ``Inégalités scolaires : « ... »``, ``Crue de la
Lesse: "..."``, ``Elite One : « ... », tempère Mbarga Essomba``.

A French desk writes the subject of the story before the title's colon, and the one who
speaks either after the quote (an incise: ``tempère X``) or nowhere (the body says who).
With no verb before the colon, the colon cue falls back on the label's last proper noun
(``Inégalités``, the street's ``Haute``, the league's ``Elite One``), which names a topic, not
a speaker. Only a label the model reads as a person's name (``Thierry Moulinier (Garonne) :``)
is a speaker. A topic's quote takes the incise after it when there is one, else no speaker
(the body's speaker is given to it later, :mod:`newswire.nlp.quotes.layouts.pulled`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from newswire.nlp.quotes.base.mention_spans import tagged_range
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.marked.after import french_incise_after, verb_right_after
from newswire.nlp.quotes.marked.marks import MarkedQuote

__all__ = ["without_topic_label"]


def without_topic_label(tmap: TextMap, quote: MarkedQuote, headline: Attribution,
                        is_person: Callable[[str], bool]) -> Attribution:
    """``headline`` (a French title's quote) without the topic label's word as its speaker:
    the incise after the quote speaks instead, or nobody."""
    if tmap.lexicon is not FRENCH or headline.cue is not None:
        return headline
    label = _label_name(tmap, headline)
    if label is None or not _before_colon(tmap, label[1], quote):
        return headline
    first, last = tmap.tokens(quote.start, quote.end)
    inside = [tmap.doc[i] for i in range(first, last)]
    incise = french_incise_after(tmap, quote)
    after = verb_right_after(tmap, quote, inside, headline.kind, incise) or incise
    if after is not None and after.speaker is not None and not tmap.is_quoted(after.speaker.idx):
        cue = (after.start, after.end) if after.end > after.start else None
        return replace(headline, speaker=after.speaker, speaker_name=None, mention=None, cue=cue)
    if is_person(label[0]) or _names_a_person(tmap, is_person):
        return headline
    return replace(headline, speaker=None, speaker_name=None, mention=None)


def _names_a_person(tmap: TextMap, is_person: Callable[[str], bool]) -> bool:
    """Whether the title's opening words up to its colon or bracket are a name, every word
    capitalised, with a word of a person's: ``El Hadj Thierno Mamadou Baldé (RCN) :``, whose
    surname the model tagged a place; ``Inégalités scolaires :`` is no name."""
    start = len(tmap.text) - len(tmap.text.lstrip())
    title = tmap.text[start:]
    words = title[:min(i for i in (title.find("("), title.find(":")) if i >= 0)].split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    first, last = tmap.tokens(start, start + len(" ".join(words)))
    return any(is_person(w) for w in words) or any(
        t.ent_type_ in PERSON_LABELS for t in tmap.doc[first:last])


def _label_name(tmap: TextMap, headline: Attribution) -> tuple[str, int] | None:
    """The name the headline's speaker was read from (the title's leading words, or the
    entity of the speaker's word) and the character it starts at."""
    if headline.speaker_name is not None and headline.mention is not None:
        return headline.speaker_name, tmap.doc[headline.mention[0]].idx
    speaker = headline.speaker
    if speaker is None:
        return None
    start, end = tagged_range(speaker)  # its entity's words, read off the IOB tags
    return tmap.doc[start:end].text, speaker.idx


def _before_colon(tmap: TextMap, char: int, quote: MarkedQuote) -> bool:
    """Whether ``char`` stands before a colon that stands before the quote's opening mark."""
    colon = tmap.text.rfind(":", 0, quote.start)
    return char < colon
