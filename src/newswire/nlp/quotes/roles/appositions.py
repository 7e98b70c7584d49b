"""The name a source's noun stands beside: ``her rival, Bernie Sanders,`` (an apposition,
either way the parse hangs it), a name set off after the noun (French: ``son président,
Olivier Marchal,``, ``Le syndicat Samu-Urgences de France``), and the holder of an office
named after it: ``The director of Northside Food Bank, Paul Grieve, said`` (the parse hangs
the name on the bank's; :func:`office_held`, the holder found by
:mod:`~newswire.nlp.quotes.roles.office_holders`); a name set off by commas before a main verb
the parse left without a subject is its subject (:func:`subject_set_off`).

Not when the apposition follows a ``for``/``of`` phrase of the noun and names an
organisation: ``Lawyers for the builder, Harbour Homes Ltd, argued`` are the builder's
lawyers, not the company.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Span, Token

from newswire.nlp.entities.roles.titles import POST_NOMINALS
from newswire.nlp.quotes.base.mention_spans import tagged_range
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS, PERSON_OR_ORG_LABELS, SUBJECT_DEPS
from newswire.nlp.quotes.base.word_answers import answered_once
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.roles.apposed_proper_nouns import apposed_proper_noun
from newswire.nlp.quotes.roles.office_holders import before_letters, holder_named_after
from newswire.nlp.quotes.roles.phrase_set_off_names import name_after_role_phrase
from newswire.nlp.quotes.roles.ranked_names_fr import ranked_name_after
from newswire.nlp.quotes.roles.sorted_names_fr import name_after_sort

__all__ = ["apposed_name", "office_held", "role_named_after", "sibling_name_after",
           "subject_set_off"]

#: Honorifics the French parse may make the head of an apposed name (``Mme Anne-Sophie``).
_HONORIFIC_HEADS = frozenset(("M.", "Mme", "Mlle", "Me", "Dr", "Dre", "Pr"))


# Asked of the same noun by several rules (a mention's, its office's, a speaker's).
@answered_once("newswire.apposed_name")
def apposed_name(head: Token) -> Token | None:
    """The name in apposition to a common noun: ``her rival, Bernie Sanders,`` both ways."""
    named = apposed_proper_noun(head)  # not "(CENA)" after the body's name
    if named is not None:
        return None if _names_the_object(head, named) else before_letters(named)
    if head.dep_ == "appos" and head.head.pos_ == "PROPN":
        return head.head
    return _bracketed_conjunct(head) or _name_set_off_after(head) or name_after_sort(head) \
        or name_after_role_phrase(head) or holder_named_after(head) \
        or _chained_apposition(head) or _name_set_off_before(head) or _honoured_name(head) \
        or _name_after_its_body(head) or ranked_name_after(head)


def _honoured_name(head: Token) -> Token | None:
    """``La procureure, Mme Anne-Sophie Walter,``: the French parse makes the honorific the
    apposition (a noun) and hangs the name on it, or a conjunct after a comma and no ``et``
    (``Le maire de la Commune VI, M. Bakary Sidibé,``); the name is the noun's."""
    for title in head.children:
        if title.text in _HONORIFIC_HEADS and (title.dep_ == "appos" or (
                title.dep_ == "conj" and _after_comma(title)
                and not any(c.dep_ == "cc" for c in title.children))):
            named = next((c for c in title.children if c.dep_ == "flat:name"
                          and c.ent_type_ in PERSON_LABELS), None)
            if named is not None:
                return named
    return None


def _after_comma(token: Token) -> bool:
    """Whether a comma stands right before ``token`` or its article (``, l’Honorable``)."""
    before = token.i - 1 - (token.i > 1 and token.doc[token.i - 1].pos_ == "DET")
    return before >= 0 and token.doc[before].text == ","


def _chained_apposition(head: Token) -> Token | None:
    """``Her long-time accompanist, the guitarist Seán Hehir, said``: the parse hangs the
    person's name on a second noun apposed to the first; it is the first noun's too."""
    for noun in head.children:
        if noun.dep_ != "appos" or noun.pos_ != "NOUN":
            continue
        named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                      and c.ent_type_ in PERSON_LABELS), None)
        if named is not None:
            return named
    return None


#: The model's types of a person's name it does not know (a work's, a product's, none).
_NAMES_OF_PEOPLE = PERSON_LABELS | {"", "PRODUCT", "WORK_OF_ART"}


def _name_after_its_body(head: Token) -> Token | None:
    """``A spokesman for Arizona First Fund, Cole Redding, said``: the parse hangs the
    person's name set off after the body on the body (an organisation is no person's
    apposition); it names the noun's holder. Not after a person (``a lawyer for Smith``) nor
    a common noun (``a spokesman for the company, Acme,``: its name)."""
    for prep in head.children:
        body = next((c for c in prep.children if c.dep_ == "pobj"), None) \
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at") else None
        if body is None or body.pos_ != "PROPN" or body.ent_type_ in PERSON_LABELS:
            continue  # "for the company, Acme,": the company's name
        named = next((c for c in body.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                      and not c.text.isupper()  # the body's letters: "..., KMPDC,"
                      and c.ent_type_ in _NAMES_OF_PEOPLE
                      and c.doc[c.left_edge.i - 1].text == ","), None)
        if named is not None:
            return named
    return None


def _name_set_off_before(head: Token) -> Token | None:
    """``Cllr Graham Whitely, the leader of the Conservative group, said``: a person's name
    opening the clause, set off by commas before the subject noun, which the parse hangs on
    the verb (not on the noun): it names the noun's holder."""
    doc = head.doc
    comma, after = head.left_edge.i - 1, head.right_edge.i  # the parse may own the comma
    after += doc[after].text != ","
    if head.dep_ not in SUBJECT_DEPS or head.pos_ != "NOUN" or comma < 1 \
            or doc[comma].text != "," or after >= len(doc) or doc[after].text != ",":
        return None
    last = doc[comma - 1]
    if last.ent_type_ not in PERSON_LABELS:
        return None
    start = tagged_range(last)[0]
    opens = start == head.sent.start or doc[start - 1].is_punct
    hung = [t for t in doc[start:comma] if t.head.i not in range(start, comma)]
    return last if opens and hung and all(t.head == head.head for t in hung) else None


def _names_the_object(head: Token, named: Token) -> bool:
    """``Lawyers for the builder, Harbour Homes Ltd,``: an organisation's name right after
    a ``for``/``of`` phrase of a noun that is no organisation's names that phrase's object."""
    if named.ent_type_ != "ORG" or head.ent_type_ or named.text in POST_NOMINALS:
        return False  # "Counsel for the HSE, Declan Furlong SC,": a person's letters
    comma = named.left_edge.i - 1
    return any(c.dep_ == "prep" and c.lower_ in ("for", "of") and c.right_edge.i == comma - 1
               and head.doc[comma].text == "," for c in head.children)


def _bracketed_conjunct(head: Token) -> Token | None:
    """``Sa présidente, Julie Bouchard, estime``, ``L'adjointe au maire chargée du logement,
    Sandrine Runel, a assuré``: the parse may hang a name set off by commas on the noun as a
    conjunct or a modifier; with no ``and`` / ``et`` among the noun's words, and only the
    noun's own words before the first comma, it is an apposition."""
    if any(c.dep_ == "cc" for c in head.children):
        return None
    doc = head.doc
    for child in _hung_names(head):
        hung = ("conj", "nmod") if child.head == head else ("conj", "nmod", "appos")
        if child.dep_ not in hung or not _is_name(child) or child.i < head.i:
            continue
        named = _honoured(child) if child.text in _HONORIFIC_HEADS else child
        if named is None:
            continue
        words = [t.i for t in child.subtree if not t.is_punct]  # the parse may own the commas
        if not words:
            continue
        before, after = words[0] - 1, words[-1] + 1
        while doc.lang_ == "fr" and after < len(doc) and doc[after].ent_iob_ == "I" \
                and child.ent_type_:
            after += 1  # "Valérie" + "Cazeneuve", hung elsewhere: the name's whole
        if (before > head.i and doc[before].text == "," and after < len(doc)
                and doc[after].text == ","
                and all(head.is_ancestor(doc[k]) for k in range(head.i + 1, before))):
            return named
    return None


def _honoured(title: Token) -> Token | None:
    """The person's name an honorific heads (``M.`` over ``Farid Zerrouki``), else
    ``None``: ``Le directeur de l'unité, M. Farid Zerrouki, reconnaît`` (the French parse
    makes ``M.`` an apposition of ``unité`` and hangs the name on it)."""
    return next((c for c in title.children if c.ent_type_ in PERSON_LABELS and c.i > title.i),
                None)


def _hung_names(head: Token) -> list[Token]:
    """Where a name set off after ``head`` may hang: on the noun; in French also on a word
    of its complement (``L’adjointe à l’éducation, Valérie Cazeneuve,``, ``le sous-préfet
    de Brest, Jean-Michel Ravary,``: the parse makes the person a conjunct or an apposition
    of ``éducation``, ``Brest``), a person's name only, after no ``et``."""
    if head.doc.lang_ != "fr":
        return list(head.children)
    below = [t for t in head.subtree if t.i > head.i]
    if any(t.dep_ == "cc" for t in below):
        return list(head.children)
    # An honorific heading the name (``l'unité, M. Farid Zerrouki,``) is hung so too.
    return [t for t in below if t.head == head or t.ent_type_ in PERSON_LABELS
            or t.text in _HONORIFIC_HEADS]


def _name_set_off_after(head: Token) -> Token | None:
    """The name the parse left off the noun it stands beside: ``Le syndicat Samu-Urgences de
    France a alerté`` (a name right after the noun, inside its phrase), ``a déclaré son
    président, Olivier Marchal, lors d'une conférence`` (a person's name after the noun and a
    comma, closed by a comma or the sentence's end: the parse hung it on the verb)."""
    doc = head.doc
    comma = head.i + 1 < len(doc) and doc[head.i + 1].text == ","
    start = head.i + 2 if comma else head.i + 1
    if start >= len(doc) or doc[start].ent_iob_ != "B" or head.ent_type_:
        return None
    end = tagged_range(doc[start])[1]  # the name's words (it opens with a B tag)
    name_head = next((t for t in doc[start:end] if t.head.i not in range(start, end)), None)
    if comma:
        closed = end == len(doc) or doc[end].text in (",", ".") or doc[end].is_sent_start
        fits = closed and doc[start].ent_type_ in PERSON_LABELS
    else:
        # Hung on the noun itself: not a name inside a clause on it ("the report Smith wrote").
        fits = doc[start].ent_type_ in PERSON_OR_ORG_LABELS and name_head is not None \
            and name_head.head == head
    return name_head if fits else None


def _is_name(token: Token) -> bool:
    """A proper noun, a word the model tags as a person's name (``Sandrine`` as a noun), or
    in French an honorific heading one (``M. Farid Zerrouki``: :func:`_honoured`)."""
    return token.pos_ == "PROPN" or token.ent_type_ in PERSON_LABELS \
        or (token.doc.lang_ == "fr" and token.text in _HONORIFIC_HEADS)


def role_named_after(head: Token) -> Token | None:
    """``Rural Municipalities of Alberta vice-president Dale Ostertag said``: the parse
    heads the subject on the body and hangs the person, after a role written without
    commas, on it as an apposition; the person, whose role the body's name qualifies."""
    if head.pos_ != "PROPN" or head.ent_type_ in PERSON_LABELS:
        return None
    doc = head.doc
    for named in head.rights:
        if named.dep_ != "appos" or named.ent_type_ not in PERSON_LABELS:
            continue
        if any(t.text in (",", "(", "—", "–") for t in doc[head.i + 1:named.left_edge.i + 1]):
            return None  # "Acme, Dale Ostertag's firm": set off, another shape
        if any(c.dep_ == "compound" and c.lemma_.lower() in ENGLISH.role_nouns
               for c in named.lefts):
            return named
    return None


def sibling_name_after(noun: Token) -> Token:
    """``wrote Riverbend’s vice-president of leasing, Andrea Kostiuk.``: the parse makes
    the name set off after a common noun's phrase another subject of the same verb; the
    name, not the noun. Else the noun itself."""
    if noun.pos_ != "NOUN":
        return noun
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return noun
    named = doc[comma + 1]
    while named.dep_ == "compound" and named.head.i > named.i:  # "Andrea" -> "Kostiuk"
        named = named.head
    if named.head == noun.head and named.dep_ == noun.dep_ and named.pos_ == "PROPN" \
            and named.ent_type_ in PERSON_LABELS:
        return named
    return noun


def office_held(root: Token) -> Token | None:
    """The office noun whose holder a name is, the parse hanging it on the office's own
    name: ``The director of Northside Food Bank, Paul Grieve, said``."""
    return next((a for a in islice(root.ancestors, 1, 3) if a.pos_ == "NOUN"
                 and apposed_name(a) == root), None)


def subject_set_off(span: Span) -> bool:
    """``In a statement, Callum's mother, Joanne Reid, said ...``, parsed with no subject for
    ``said``: a name set off by commas right before a main verb with none is its subject."""
    doc = span.doc
    if span.start == 0 or span.end + 1 >= len(doc) or doc[span.start - 1].text != "," \
            or doc[span.end].text != ",":
        return False
    verb = doc[span.end + 1]
    return verb.pos_ == "VERB" and verb.dep_ == "ROOT" and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children)
