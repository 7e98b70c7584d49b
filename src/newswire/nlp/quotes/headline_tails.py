"""A headline that ends with its source and verb of saying: ``Measles cases in US top 1,000
for the year, CDC says``, ``Rates to stay high into 2026, economists say``.

Headlines drop articles and auxiliaries, and the parser often reads the claim of such a
title as no clause at all (``top`` an adjective), so no that-clause hangs on the verb.  When a
title's last word is a verb of saying whose subject stands right before it and a comma right
before that subject, what was said is the title before the comma (after any wire label).
The body's parse reads the same shape in full sentences; this is for titles only (``fronted`` reads
the claim a misread parse still hangs on the verb, in any sentence).
"""

from __future__ import annotations

from newswire.nlp.quotes.headlines import label_end
from newswire.nlp.quotes.said import MIN_WORDS
from newswire.nlp.quotes.saying import is_speech_verb
from newswire.nlp.quotes.textmap import Attribution, TextMap

__all__ = ["tail_claim"]

#: The most words a headline's source takes (``federal health officials``).
_MAX_SOURCE_TOKENS = 5
_SOURCE_POS = frozenset(("NOUN", "PROPN"))
_SUBJECT_DEPS = frozenset(("nsubj", "nsubj:pass"))


def tail_claim(tmap: TextMap) -> Attribution | None:
    """The claim of a title ending ``, CDC says``, if it is one."""
    doc = tmap.doc
    words = [t for t in doc if not (t.is_punct or t.is_space)]
    if not words or not is_speech_verb(words[-1], tmap.lexicon):
        return None
    verb = words[-1]
    # The subject nearest the verb: the parse may take the claim's subject for the verb's too.
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.pos_ not in _SOURCE_POS or subject.right_edge.i + 1 != verb.i:
        return None
    first = subject.left_edge.i
    if first < 1 or doc[first - 1].text != "," or verb.i - first > _MAX_SOURCE_TOKENS:
        return None
    comma = doc[first - 1]
    start, end = tmap.trim(label_end(doc.text), comma.idx)
    if sum(1 for w in tmap.text[start:end].split() if w.isalpha()) < MIN_WORDS:
        return None
    if end <= start or tmap.overlaps_quote(start, end):
        return None
    return Attribution(start=start, end=end, kind="indirect", cue=(verb.i, verb.i + 1),
                       speaker=subject, sentence=tmap.sentence_chars(0, len(doc.text)))
