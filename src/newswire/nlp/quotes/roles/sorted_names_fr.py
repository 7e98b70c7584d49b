"""The name a French body's sort stands before: ``l'institut GfK``, ``Le groupe de supporters
Les Rouges du Tarn``, ``La fédération bancaire Febelfin``.

French news introduces a body by its sort and its name with no comma between; the sort's
noun heads the phrase the parse gives as the subject (``groupe``), and the name hangs on a
word of the sort's complement or on the verb, so the quote spoke as the bare sort
(``groupe de supporters``, ``institut``). The entities stage makes the name after the sort
one organisation (:mod:`newswire.nlp.entities.french.sorted_names_fr`); the sort's noun
names that organisation, as a reader takes it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.entities.french.sorted_names_fr import SORT_NOUNS, name_start_after_sort

__all__ = ["name_after_sort"]


def name_after_sort(head: Token) -> Token | None:
    """The organisation's name written right after ``head``, a French lower-case noun of a
    body's sort, or ``None``."""
    doc = head.doc
    if doc.lang_ != "fr" or head.lower_ not in SORT_NOUNS or not head.text.islower():
        return None
    start = name_start_after_sort(doc, head.i)
    if start is None or doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "ORG":
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # the name's own head (the word the rest of it hangs on), else its first word
    return next((t for t in doc[start:end] if t.head.i not in range(start, end)), doc[start])
