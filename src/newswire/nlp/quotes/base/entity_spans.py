"""The model's entities of some labels (``PERSON``), as ``doc.ents`` gives them, without
``doc.ents``.

``doc.ents`` makes a Span for every entity of the doc (about half a millisecond a body) and
the quotes stage wants the people only, in two places (the names an article writes in full,
and who comes between a quote and the one it continues). The entity tags are read as one
array and Spans are made for the wanted labels only: each Span is the one ``doc.ents``
would give (same words, label, knowledge-base and entity ids). Imports spaCy only.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, Span

__all__ = ["entity_spans"]

#: ``Token.ent_iob`` as numbers: inside, outside, beginning (0 is "not tagged").
_INSIDE, _BEGIN = 1, 3


def entity_spans(doc: Doc, labels: Collection[str]) -> list[Span]:
    """``[e for e in doc.ents if e.label_ in labels]``, making Spans for those only."""
    if not len(doc):
        return []
    rows = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID])
    iob, types = rows[:, 0], rows[:, 1]
    opens = (iob == _BEGIN) & (types != 0)  # an entity starts (a "B" with no label closes)
    inside = iob == _INSIDE
    # An "I" that follows no open entity: doc.ents raises on it; let it say so itself.
    if inside[0] or bool((inside[1:] & ~(inside[:-1] | opens[:-1])).any()):
        return [e for e in doc.ents if e.label_ in labels]
    strings = doc.vocab.strings
    wanted = np.array([strings[label] for label in labels], dtype=rows.dtype)
    starts = np.flatnonzero(opens & np.isin(types, wanted)).tolist()
    if not starts:
        return []
    # Each entity runs up to the first word after its start that is not inside it (or to
    # the doc's end).
    breaks = np.append(np.flatnonzero(~inside), len(doc))
    ends = breaks[np.searchsorted(breaks, np.array(starts) + 1)].tolist()
    return [Span(doc, start, end, label=int(rows[start, 1]), kb_id=int(rows[start, 2]),
                 span_id=int(rows[start, 3])) for start, end in zip(starts, ends, strict=True)]
