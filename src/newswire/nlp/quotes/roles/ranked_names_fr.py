"""An office's holder set off after it behind an article and a rank: ``a déclaré le
directeur général du PAL, le contre-amiral Kodjo Agbéko Lawson.``, ``a assuré le
porte-parole adjoint de la PNH, l'inspecteur Wilner Dorsainvil,``, ``a précisé la
porte-parole de la SQ, la sergente Annie Tremblay.``

French news names an official by the office first, then, set off by a comma, the person
with the rank or form of address they go by, its article written (``le colonel``, ``le
Pr``, ``l'honorable``, ``le docteur``): the press of West and Central Africa and the
Maghreb for governors, ministers and port directors, the police and military desks
everywhere. The small parse hangs that name on the rank (a ``flat:name``, an apposition or
a conjunct of it) and the rank on the office as a conjunct, an apposition or a modifier
of the office's complement, so no rule reading a name beside the office found it and the
office spoke as an unnamed holder (``directeur général du PAL``). The same holds of a name
set off bare where the parse lost it (``a lancé le sélectionneur des Lions, Aliou Cissé, en
conférence de presse``: the parse split the sentence at the name), unless the office's
complement is another person's (``l'entourage de la ministre, Corinne Valadier``: her name).
Read off the words: the office's own words up to one comma (no verb, no ``et``/``ou``), an
article and a rank or nothing, then a person's name closed by a comma, a full stop or the
sentence's end (the ranks:
:mod:`newswire.nlp.entities.french.ranks_fr`, which also types such a name a person's).
Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.entities.french.ranks_fr import RANK, RANK_ARTICLES, RANK_WORDS
from newswire.nlp.quotes.base.mention_spans import tagged_range
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS, VERB_TAGS
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.roles.kin_fr import is_someones_kin

__all__ = ["name_after_rank", "ranked_name_after"]

#: The most words of the office after its head before the comma
#: (``délégué régional de la Santé publique pour le Littoral``).
_OFFICE_WORDS = 12
#: What may close the name: a comma, the sentence's end.
_CLOSERS = frozenset((",", ".", ";", ":", "!", "?"))


def ranked_name_after(head: Token) -> Token | None:
    """The person's name set off after the office ``head``, behind an article and a rank
    (``le directeur général du PAL, le contre-amiral Kodjo Agbéko Lawson``) or bare where
    the parse lost it (``le sélectionneur des Lions, Aliou Cissé, en conférence de
    presse``), else None. Not for a complement's noun (``du PAL``) nor after ``selon``
    (``Selon le porte-parole, le général X, limogé mardi, a quitté le pays``: the news)."""
    doc = head.doc
    if doc.lang_ != "fr" or head.pos_ != "NOUN" or head.ent_type_ \
            or any(c.dep_ == "case" for c in head.children):
        return None
    comma = _comma_after_office(head)
    name = _name_after_comma(head, comma) if comma is not None else None
    if name is None:
        return None
    start, end = tagged_range(name)
    closed = end >= len(doc) or doc[end].text in _CLOSERS or doc[end].is_sent_start
    return name if name.text[:1].isupper() and start == name.i and closed else None


def _name_after_comma(head: Token, comma: int) -> Token | None:
    """The first word of the person's name after the office's ``comma``: right after it
    (``, Aliou Cissé``) unless the office's complement is another person's, or after an
    article and a rank (``, le contre-amiral Kodjo``)."""
    doc = head.doc
    if comma + 1 >= len(doc):
        return None
    if doc[comma + 1].ent_type_ in PERSON_LABELS:
        # "l'entourage de la ministre, Corinne Valadier": the minister's name
        # "la mère du joueur, Paul Verdier": the player's name, not his mother's
        held = _held_by_complement(head, comma) or is_someones_kin(head)
        return None if held else doc[comma + 1]
    if doc[comma + 1].lower_ not in RANK_ARTICLES:
        return None
    name = next((t for t in doc[comma + 2:comma + 2 + RANK_WORDS + 1]
                 if t.ent_type_ in PERSON_LABELS), None)
    rank = "".join(t.text_with_ws for t in doc[comma + 2:name.i]).strip().lower() \
        if name is not None else ""
    return name if RANK.fullmatch(rank) else None


def _held_by_complement(head: Token, comma: int) -> bool:
    """Whether the office's complement ends on another person's noun (``de la ministre``),
    whose name a bare name set off after it may be; not several people's (``de
    l'association des maires ruraux``)."""
    nouns = [t for t in head.doc[head.i + 1:comma] if t.pos_ == "NOUN"]
    return bool(nouns) and nouns[-1].lemma_.lower() in FRENCH.role_nouns \
        and "Plur" not in nouns[-1].morph.get("Number", [])


def _comma_after_office(head: Token) -> int | None:
    """The comma ending the office's words after ``head`` (``du PAL,``), when only its own
    words (no verb, no coordination) come between."""
    doc = head.doc
    for at in range(head.i + 1, min(len(doc), head.i + _OFFICE_WORDS + 2)):
        word = doc[at]
        if word.text == ",":
            return at
        participle = "Part" in word.morph.get("VerbForm", [])  # "chargé des transports"
        if (word.pos_ in VERB_TAGS and not participle) or word.pos_ == "AUX" \
                or word.lower_ in ("et", "ou") \
                or (word.is_punct and word.text not in ("-", "'", "’")) or word.is_sent_start:
            return None
    return None


def name_after_rank(head: Token) -> Token | None:
    """The person's name a subject headed by its rank stands for (``Le Général de brigade
    Yacouba Sanogo a affirmé``: the parse heads the subject on ``Général``), else None."""
    doc = head.doc
    if doc.lang_ != "fr" or head.ent_type_ in PERSON_LABELS:
        return None
    name = next((t for t in doc[head.i + 1:head.i + 1 + RANK_WORDS]
                 if t.ent_type_ in PERSON_LABELS), None)
    rank = "".join(t.text_with_ws for t in doc[head.i:name.i]).strip().lower() \
        if name is not None else ""
    return name if RANK.fullmatch(rank) else None
