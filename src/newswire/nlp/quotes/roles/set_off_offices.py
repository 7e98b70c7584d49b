"""The holder of a capitalised office, set off by commas after it: ``B.C.'s Minister of
Emergency Management and Climate Readiness, Devika Sorensen-Achara, said``.

The small model may head such a subject on the office's last capitalised word
(``Readiness``, no entity) and hang the person's name on it as an apposition, a modifier
or a conjunct's; the name, closing the subject's words between commas, holds the office.
Only when the words before the name hold no person's name but an owner's (``Smith, Jones
and Brown, ...`` is no office) and either a capitalised role noun (``Minister``,
``Director``) or the parse makes the name the office's apposition (``The Tánaiste,
Siobhán Dwyer, told reporters``: a title no role list holds).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.mention_spans import tagged_range
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS, SUBJECT_DEPS
from newswire.nlp.quotes.lexicon import Lexicon

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
    name = next((t for t in doc[start:stop] if t.head.i not in range(start, stop)), None)
    # A courtesy title the model leaves out of the name is set off with it ("Dr Joseph ...").
    while start > 0 and doc[start - 1].lower_.rstrip(".") in lexicon.honorifics:
        start -= 1
    if stop != end + 1 or start < 2 or doc[start - 1].text != ",":
        return None
    office = doc[head.left_edge.i:start - 1]
    # An owner's name may be misread as a person's ("B.C.’s" typed PERSON): it owns the office.
    if name is None or any(t.ent_type_ in PERSON_LABELS and t.dep_ != "poss" for t in office):
        return None
    # A title no role list holds ("The Tánaiste, Siobhán Dwyer,") is an office when the
    # parse itself makes the name its apposition.
    if (name.head == head and name.dep_ == "appos") or any(
            t.text[:1].isupper() and t.lower_ in lexicon.role_nouns for t in office):
        return name
    return None
