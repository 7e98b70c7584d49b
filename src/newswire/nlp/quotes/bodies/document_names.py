"""How far a document's phrase runs past its noun: its maker and its fixed legal name.

The fresh sets' gold writes a document as the article names it, maker included: ``a review
by the province's chief coroner``, ``A 2025 report from the Canadian Federation of
Independent Business`` (the maker alone is also right, the bare noun is not).  A ``by`` or
``from`` phrase right after the noun is kept when it names one maker (``a joint report by
the WHO and UNICEF`` stays ``joint report``).  A legal document whose name runs on with
``of`` (``an agreed statement of facts``, ``a statement of claim``, ``a notice of motion``)
keeps it: ``statement`` alone names another document.

French gold names a document by its whole phrase (``un rapport de la Cour des comptes``,
``une étude commandée par le groupement``): there the phrase runs as a group's does, its
participle stopping at the maker and a participle with no maker left out (``le document
présenté au conseil d’administration`` is ``document``: when, where or to whom it came out
says nothing of which document it is).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS
from newswire.nlp.quotes.lexicon_en import MAKER_PREPOSITIONS

__all__ = ["document_end", "whole_document_end"]

# "<noun> of <word>": court, corporate and diplomatic papers named with "of".
_OF_NAMES = frozenset((
    ("statement", "facts"), ("statement", "fact"), ("statement", "claim"),
    ("statement", "defence"), ("statement", "defense"), ("notice", "motion"),
    ("notice", "appeal"), ("notice", "claim"), ("notice", "application"),
    ("notice", "intent"), ("notice", "violation"), ("letter", "intent"),
    ("memorandum", "understanding"), ("declaration", "emergency"), ("bill", "rights"),
    ("bill", "particulars"), ("bill", "indictment"), ("articles", "incorporation"),
    ("certificate", "incorporation"), ("writ", "summons"), ("affidavit", "service"),
    ("statement", "principles"), ("statement", "charges"), ("statement", "reasons"),
    ("reasons", "judgment"), ("reasons", "decision"), ("record", "decision"),
))


def document_end(head: Token) -> int:
    """Just past the last word of the document phrase whose noun is ``head``."""
    end = head.i + 1
    for child in sorted(head.rights, key=lambda t: t.i):
        if child.dep_ != "prep" or child.i != end:
            break
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if pobj is None:
            break
        if child.lower_ == "of" and (head.lemma_.lower(), pobj.lemma_.lower()) in _OF_NAMES:
            end = pobj.i + 1  # "statement of claim"; its own modifiers stay out
            continue
        if child.lower_ in MAKER_PREPOSITIONS and _one_maker(pobj):
            end = _before_clause(pobj)
        break
    return end


def _one_maker(maker: Token) -> bool:
    """A maker named alone, not a list (``the WHO and UNICEF``) and no thing (``from 2019``)."""
    return maker.pos_ in NOUN_TAGS and not any(
        c.dep_ in ("conj", "cc") for c in maker.children)


def _before_clause(maker: Token) -> int:
    """Just past the maker's words, up to a comma, a relative clause or a participle phrase
    that says more of it (``the auditor general that found``, ``, which``)."""
    end = maker.i + 1
    for child in sorted(maker.rights, key=lambda t: t.i):
        if child.i != end or child.dep_ not in ("prep", "compound", "case", "punct") or (
                child.dep_ == "punct" and child.text != "'"):
            break
        end = child.right_edge.i + 1
    return end


def whole_document_end(head: Token, end: int) -> int:
    """Where a document's whole phrase ending at ``end`` ends once its participle phrase stops
    at the maker (``un sondage mené par la firme Léger``, not what the poll was made for),
    and leaves out a participle with no maker (``le rapport publié en septembre``, ``le
    rapport du cabinet, remis aux élus``, ``le texte publié sur le site du club``): when,
    where or to whom a document came out says nothing of which document it is."""
    doc = head.doc
    # The parse may hang it on the phrase's last noun: "Cour des comptes publié en ...".
    for participle in [t for t in doc[head.i + 1:end] if t.dep_ == "acl"]:
        agent = next((c for c in participle.children if c.dep_ == "obl:agent"), None)
        if agent is not None:
            end = min(end, agent.right_edge.i + 1)
        elif _released(participle):
            end = min(end, participle.left_edge.i)
    while end > head.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return end


#: Endings of a French past participle (``publié``, ``remis``, ``lue``, ``parus``).
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues",
                    "it", "ite", "its", "ites")


def _released(participle: Token) -> bool:
    """A past participle with no maker hung on the document (``publié lundi``, ``remis aux
    élus``): it tells the document's coming out, not which document it is."""
    return "Part" in participle.morph.get("VerbForm", []) or (
        participle.is_lower and participle.lower_.endswith(_PARTICIPLE_ENDS))
