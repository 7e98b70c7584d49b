"""A French title that ends with its inverted cue: ``Le gouvernement ne reculera pas, assure
la première ministre``.

French headlines put the speaker last, after the claim and an inverted verb of saying, as
dialogue does (``», a-t-il dit``): the lexicon's incise pattern finds the verb; the claim is
the title before it (after any label, and after a topic and its spaced colon), the speaker
the noun phrase after it, up to the end of the title (``la première ministre``: whom the
body names in that role).  Languages without an incise pattern (English) have none here.
"""

from __future__ import annotations

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.layouts.headlines import label_end
from newswire.nlp.quotes.speech.said import MIN_WORDS

__all__ = ["inverted_claim"]

_MAX_SPEAKER_WORDS = 6


def inverted_claim(tmap: TextMap) -> Attribution | None:
    """The claim of a title ending ``, assure la première ministre``, if it is one."""
    incise = tmap.lexicon.incise
    text = tmap.text
    match = incise.search(text) if incise is not None else None
    if match is None or tmap.overlaps_quote(0, len(text)):
        return None
    after = tmap.tokens(match.end(), len(text.rstrip()))
    words = [tmap.doc[i] for i in range(*after)]
    speaker = next((t for t in words if t.pos_ in NOUN_TAGS), None)
    if speaker is None or sum(1 for t in words if t.is_alpha) > _MAX_SPEAKER_WORDS:
        return None
    topic = text.rfind(" : ", 0, match.start())  # "Réforme des retraites : ..." is the topic
    start, end = tmap.trim(max(label_end(text), topic + 3 if topic >= 0 else 0), match.start())
    if sum(1 for w in text[start:end].split() if w.isalpha()) < MIN_WORDS:
        return None
    verb = tmap.tokens(match.start(), match.end())
    return Attribution(start=start, end=end, kind="indirect", cue=(verb[1] - 1, verb[1]),
                       speaker=speaker, sentence=tmap.sentence_chars(0, end))
