"""Headline claims: ``Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket``.

A title whose words before its first colon name a speaker (a person: typed so by the entity
model, or a name the article gives a person, ``Lynch`` for Loretta Lynch; or a noun such as
``Poll`` or ``Newspaper``) and whose words after it make a
clause (they hold a verb) reports what that speaker said.  Labels (``The Latest:``, ``Big
Win For Bernie:``) name nobody and topics (``Netanyahu and Obama: A tortured relationship``)
say nothing, so neither is taken; nor are places, groups, organisations or unknown proper
nouns: ``Ukraine: Russia launches ...``, ``Brexit: ...``, ``Sécheresse : ...`` name the
story's topic far more often than its source.  Quoted headlines are the quote extractor's.

A headline's subject at a verb of saying names its speaker as the body does: a bare role
word (``Judge rejects bail``) is the body's one holder of it, else whom the body's ``the
judge`` is (:func:`bare_role`, :func:`body_role`); an acronym the tagger read as a pronoun
(``WHO warns``) is a name (:func:`is_capitals_name`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newswire.models import Entity
from newswire.nlp.quotes.base.parse_labels import DETERMINER_DEPS, VERB_TAGS
from newswire.nlp.quotes.base.referent_types import EntityIndex
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import THE_SINGULAR
from newswire.nlp.quotes.speech.said import MIN_WORDS

__all__ = ["bare_role", "body_role", "headline_claim", "is_capitals_name", "label_end", "lede_end",
           "role_holder"]

_MAX_SPEAKER_TOKENS = 6
#: Wire and desk labels opening a headline (``Exclusive:``, ``UPDATE 2-``, ``BREAKING:``):
#: they say what kind of story it is, and are no part of what anyone said.
_LABEL_WORDS = (r"exclusive|analysis|breaking(?:\s+news)?|update(?:\s+\d+)?|factbox|explainer"
                r"|insight|column|opinion|wrapup(?:\s+\d+)?|focus|interview|watch|video|live"
                r"|the\s+latest|refile|corrected|rpt|timeline|brief")
# "Exclusive: ...", "Analysis — ...", in any case; "UPDATE 2-...", "EXCLUSIVE-..." glued
# to the words in capitals only ("Live-in nannies say ..." has no label).
_LABEL = re.compile(
    rf"^\s*(?:(?i:{_LABEL_WORDS})\s*(?::|\s[-–—]\s)\s*"
    r"|(?:EXCLUSIVE|ANALYSIS|BREAKING|UPDATE(?:\s+\d+)?|FACTBOX|EXPLAINER|INSIGHT|COLUMN"
    r"|WRAPUP(?:\s+\d+)?|FOCUS|REFILE|CORRECTED|RPT|TIMELINE|BRIEF)[-–]\s*)+")


def headline_claim(tmap: TextMap, is_person: Callable[[str], bool]) -> Attribution | None:
    """The claim of a ``Speaker: claim`` title, if the title is one; ``is_person`` says
    whether a name is a person of the article."""
    doc = tmap.doc
    colon = next((t for t in doc if t.text == ":"), None)
    if colon is None or not 0 < colon.i <= _MAX_SPEAKER_TOKENS:
        return None
    if label_end(doc.text) > colon.idx:
        return None  # "Analysis: ..." is a label, never a speaker
    speaker = _speaker_of(doc[:colon.i], tmap, is_person)
    claim = doc[colon.i + 1:]
    if speaker is None or not _is_clause(claim):
        return None
    start, end = tmap.trim(claim[0].idx, claim[-1].idx + len(claim[-1]))
    while end > start and tmap.text[end - 1] in ".;":
        end -= 1
    if tmap.overlaps_quote(start, end):
        return None
    return Attribution(start=start, end=end, kind="indirect", cue=(colon.i, colon.i + 1),
                       speaker=speaker, speaker_name=doc[:colon.i].text.strip(),
                       sentence=tmap.sentence_chars(0, end))


def label_end(title: str) -> int:
    """Where the words of a headline begin after its labels (``Exclusive: ``), else 0."""
    match = _LABEL.match(title)
    return match.end() if match else 0


def _speaker_of(words: Span, tmap: TextMap, is_person: Callable[[str], bool]) -> Token | None:
    """The head of the words before the colon, when it can name who spoke."""
    heads = [t for t in words if not words.start <= t.head.i < words.end or t.head.i == t.i]
    if len(heads) != 1:
        return None
    head = heads[0]
    lexicon = tmap.lexicon
    speaking_nouns = lexicon.org_nouns | lexicon.document_nouns | lexicon.group_nouns
    person = head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and is_person(words.text))
    if person or head.lemma_.lower() in speaking_nouns:
        return head
    return None


def _is_clause(claim: Span) -> bool:
    return (sum(1 for t in claim if t.is_alpha) >= MIN_WORDS
            and any(t.pos_ in VERB_TAGS for t in claim))


def bare_role(head: Token, lexicon: Lexicon) -> str | None:
    """The role a headline's bare role word names (``Judge`` in ``Judge rejects bail``,
    ``Coach`` whatever type the model gave it (with no holder
    the word goes on as the model read it), ``Health Minister`` with the office's words, which
    choose among several ministers); ``the mayor's office``, ``Toronto Mayor`` (a place's),
    ``Judges`` are more than the bare role."""
    lemma = head.lemma_.lower()
    if (lemma not in lexicon.role_nouns
            or "Plur" in head.morph.get("Number", [])
            # French titles keep the article (``assure la première ministre``): still bare.
            or any((c.dep_ in DETERMINER_DEPS and c.lower_ not in THE_SINGULAR)
                   or (c.dep_ == "compound" and c.ent_type_ not in ("", "ORG"))
                   for c in head.children)):
        return None
    return lemma


def _office_words(head: Token) -> set[str]:
    """``health`` in a headline's ``Health Minister``: the words of the office before it."""
    return {c.lower_ for c in head.children if c.dep_ == "compound"}


def is_capitals_name(head: Token) -> bool:
    """``WHO warns of measles surge``: a word in capitals the tagger read as a pronoun, in a
    headline not written in capitals, is a name (an acronym)."""
    text = head.text
    return (head.pos_ == "PRON" and len(text) > 1 and text.isupper()
            and any(c.islower() for c in head.doc.text))


def body_role(body: Doc, role: str) -> Token | None:
    """The body's ``the judge`` (else its first ``a judge``) for a headline's ``Judge``."""
    # "the Governor, Dr. X, said": a capitalised role is the body's too when "the" opens it.
    found = [t for t in body if t.lemma_.lower() == role and t.dep_ not in ("compound", "amod")
             and (t.tag_ == "NN" or (t.tag_ == "NNP" and _definite(t)))]
    definite = (t for t in found if _definite(t))
    return next(definite, found[0] if found else None)


def _definite(token: Token) -> bool:
    return any(c.lower_ == "the" for c in token.children)


def lede_end(body: Doc | None) -> int:
    """Where the body's lede ends: the paragraph of its first sentence with a verb (past a
    dateline's ``BOISE, Idaho (AP) —`` or a byline)."""
    if body is None:
        return 0
    first = next((s for s in body.sents if any(t.pos_ in ("VERB", "AUX") for t in s)), None)
    if first is None:
        return 0
    end = body.text.find("\n", first.start_char)
    return len(body.text) if end < 0 else end


def role_holder(head: Token, entities: EntityIndex, lexicon: Lexicon,
                lede_stop: int = 0) -> Entity | None:
    """The body's one person whose title is a headline's bare role word: ``Mayor`` in
    ``Mayor says ...`` is Mayor Olivia Chow.  The title is read before the body, so the
    entities' roles say who holds it; nobody when none does.  When several do, the one the
    lede (the body before ``lede_stop``: :func:`lede_end`) names, if one: a headline retells
    the lede (``Coach says star QB will play`` over ``..., coach Ray Delgado said Monday``,
    a rival's coach quoted further down)."""
    lemma = bare_role(head, lexicon)
    if lemma is None:
        return None
    holders = {e.entity_id: e for _, _, e in entities.mentions("body")
               if e.type == "PERSON" and e.role
               and lemma in e.role.lower().replace("-", " ").split()}
    words = _office_words(head)
    if len(holders) > 1 and words:  # "Health Minister says": the one holder of that ministry
        holders = {key: e for key, e in holders.items()
                   if words <= set((e.role or "").lower().replace("-", " ").split())}
    elif len(holders) > 1:
        holders = {e.entity_id: e for start, _, e in entities.mentions("body")
                   if start < lede_stop and e.entity_id in holders}
    return next(iter(holders.values())) if len(holders) == 1 else None
