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

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newswire.nlp.entities.roles.titles import POST_NOMINALS
from newswire.nlp.quotes.base.mention_spans import tagged_range
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS, SUBJECT_DEPS
from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["office_holder_named", "office_holder_set_off"]

#: Words between a subject's closing comma and its verb: ``had argued``, ``also told``.
_BEFORE_VERB = frozenset(("aux", "auxpass", "advmod", "neg"))


def office_holder_set_off(head: Token, lexicon: Lexicon,
                          is_person: Callable[[str], bool] | None = None) -> Token | None:
    """The name's head word of the person set off at the end of the office ``head``
    heads, else ``None``; given the article's names (``is_person``), also a name the model
    mistagged (:func:`office_holder_named`: its last word)."""
    found = _tagged_holder(head, lexicon)
    if found is not None or is_person is None:
        return found
    named = office_holder_named(head, lexicon, is_person)
    return named[-1] if named is not None else None


def _tagged_holder(head: Token, lexicon: Lexicon) -> Token | None:
    """:func:`office_holder_set_off` by the model's tags of the name."""
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
    start = _past_rank(doc, start, lexicon)
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


def _past_rank(doc: Doc, start: int, lexicon: Lexicon) -> int:
    """The start of a set-off name with the rank the model leaves out of it: ``The Regional
    Police Public Relations Officer, Chief Inspector Gifty Ama Nyarko-Mensah, said``
    (``Chief Inspector`` untagged before the person). A police, military or civil rank
    written before the holder's name, capitalised, is a construction of news writing in
    every English press (Ghanaian, Nigerian, Indian and Sri Lankan police and court copy
    most of all): only capitalised role nouns and courtesy titles are stepped over, and only
    when a comma opens them (the caller asks it)."""
    step = start
    while step > 0 and doc[step - 1].text[:1].isupper() and (
            doc[step - 1].lower_.rstrip(".") in lexicon.role_nouns
            or doc[step - 1].lower_.rstrip(".") in lexicon.honorifics):
        step -= 1
    return step if step < start and step > 0 and doc[step - 1].text == "," else start


def office_holder_named(head: Token, lexicon: Lexicon,
                        is_person: Callable[[str], bool]) -> Span | None:
    """The person set off by commas between an office and its verb, found by the article's
    names when the model's tags miss them, else ``None``: ``The Cabinet Secretary for
    Housing, Rhodri Price, said`` (``Housing, Rhodri Price`` one ``ORG``), ``The agency's
    manager for Skye and Lochalsh, Dr Morag Mac an t-Saoir, told`` (``Morag Mac`` an ``ORG``,
    the name hung on the place).

    A construction of news writing in every English press (a minister's, governor's,
    counsel's, manager's office before the holder's name): read alone, the office became a
    person of its own, or a phrase, that the next ``he``/``she said`` found. Only when the
    name closes the subject right before its verb, the office holds a role noun and no
    person's name, and the name (an honorific and a member's letters aside) is a person of
    the article (``is_person``, the entities stage's reading) and the model did not tag it
    a person's itself (the other rules read those)."""
    if head.dep_ not in SUBJECT_DEPS or head.ent_type_ in PERSON_LABELS \
            or head.pos_ not in ("NOUN", "PROPN") or head.head.i <= head.i:
        return None
    doc, verb = head.doc, head.head
    close = verb.i - 1
    word = doc[close]  # each word before the verb made once (asked of most subjects)
    while close > head.i and word.head == verb and word.dep_ in _BEFORE_VERB:
        close -= 1  # "..., had argued", "..., also told"
        word = doc[close]
    if word.text != ",":
        return None  # most subjects: no comma closes a name before the verb (cheap first)
    opening = next((t.i for t in reversed(doc[head.i + 1:close]) if t.text == ","), None)
    if opening is None:
        return None
    office = doc[head.left_edge.i:opening]
    # A person named in the office is whom it serves ("A spokesman for Senator Ann Lee, Tom
    # Ray,"), or a place the model read as one ("for Skye and Lochalsh"): the set-off name
    # still holds it.
    if not any(t.lower_ in lexicon.role_nouns and (t.text[:1].isupper() or t == head)
               for t in office):
        return None
    start, end = opening + 1, close
    while start < end and doc[start].lower_.rstrip(".") in lexicon.honorifics:
        start += 1
    while end > start and doc[end - 1].text in POST_NOMINALS:
        end -= 1
    name = doc[start:end]
    if len(name) < 2 or not name[0].text[:1].isupper() \
            or any(t.is_punct and t.text != "-" for t in name) \
            or (name[0].ent_iob_ == "B" and name[0].ent_type_ in PERSON_LABELS):
        return None  # a name the model tagged right is read as it was (apposed_name)
    return name if is_person(name.text) else None
