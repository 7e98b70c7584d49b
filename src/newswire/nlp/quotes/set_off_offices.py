"""The holder of a capitalised office, set off by commas after it: ``B.C.'s Minister of
Emergency Management and Climate Readiness, Devika Sorensen-Achara, said``.

The small model may head such a subject on the office's last capitalised word
(``Readiness``, no entity) and hang the person's name on it as an apposition, a modifier
or a conjunct's; the name, closing the subject's words between commas, holds the office.
Only when the words before the name hold a capitalised role noun (``Minister``,
``Director``) and no person's name but an owner's: ``Smith, Jones and Brown, ...`` is no
office.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import PERSON_LABELS, SUBJECT_DEPS, Lexicon
from newswire.nlp.quotes.mention_spans import tagged_range

__all__ = ["office_holder_set_off"]


def office_holder_set_off(head: Token, lexicon: Lexicon) -> Token | None:
    """The name's head word of the person set off at the end of the office ``head``
    heads, else ``None``."""
    if head.dep_ not in SUBJECT_DEPS or head.ent_type_ in PERSON_LABELS \
            or head.pos_ != "PROPN":
        return None
    doc = head.doc
    end = head.right_edge.i
    end -= doc[end].text == ","  # the parse may own the closing comma
    if end + 1 >= len(doc) or doc[end + 1].text != "," or doc[end].ent_type_ not in PERSON_LABELS:
        return None
    start, stop = tagged_range(doc[end])
    if stop != end + 1 or start < 2 or doc[start - 1].text != ",":
        return None
    office = doc[head.left_edge.i:start - 1]
    # An owner's name may be misread as a person's ("B.C.’s" typed PERSON): it owns the office.
    if any(t.ent_type_ in PERSON_LABELS and t.dep_ != "poss" for t in office) or not any(
            t.text[:1].isupper() and t.lower_ in lexicon.role_nouns for t in office):
        return None
    return next((t for t in doc[start:stop] if t.head.i not in range(start, stop)), None)
