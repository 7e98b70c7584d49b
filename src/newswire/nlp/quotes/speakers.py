"""Who a speaker mention points to: a canonical entity name, or nothing.

Names resolve to the longest person name in the article that ends with them (``Stoltenberg``
-> ``Jens Stoltenberg``), then to the entity that carries that name.  Pronouns take the most
recent person (or organisation, for ``they``) named before them outside any quotation, a
subject first, skipping people whose first name or title says the pronoun's gender is
wrong (:mod:`newswire.nlp.quotes.gender`); a common noun owned by a name speaks for its
owner (``Rubio’s catch phrase``); ``the 46-year-old`` is the person last named; descriptions
(``the secretary-general``) take the most recent person whose title holds the same word, or
for ``the company``-like nouns the most recent organisation.
Anything else stays unresolved: a wrong name is worse than none.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from newswire.models import Entity
from newswire.nlp.quotes.cues import flat_name_end, is_age
from newswire.nlp.quotes.gender import PRONOUN_GENDER, Gender, gender_of
from newswire.nlp.quotes.lexicon import lexicon_of

Kind = Literal["person", "org"]
CanonicalFn = Callable[[str], str]

PERSON_PRONOUNS = frozenset(("he", "him", "she", "her", "his"))
GROUP_PRONOUNS = frozenset(("they", "them"))
_ORG_NOUNS_WORDS = """
    company firm agency ministry department alliance government group organization
    organisation party campaign committee administration court bank council union office
    commission network newspaper paper website police army military embassy coalition
    institute foundation association team club league board bureau authority authorities
    regulator parliament senate house congress white
"""
ORG_NOUNS = frozenset(_ORG_NOUNS_WORDS.split())
DEFINITE = frozenset(("the", "this", "that"))
_TITLE_POS = frozenset(("PROPN", "NOUN", "ADJ", "PUNCT"))
_TITLE_WINDOW = 5  # words before a name that may hold its title: "NATO Secretary-General"
_PRONOUN_WINDOW = 1500  # characters back that a pronoun may reach for its antecedent
_STRIP_PREFIXES = ("the ", "The ")


@dataclass(frozen=True)
class Candidate:
    """A named person or organisation at a place in a doc, as a pronoun antecedent."""

    start: int
    name: str
    kind: Kind
    subject: bool
    titles: frozenset[str] = frozenset()
    gender: Gender | None = None


class SpeakerResolver:
    """Resolves speaker head tokens of one article to canonical names and entity ids."""

    def __init__(self, docs: Sequence[Doc], entities: Sequence[Entity]) -> None:
        self._entities = entities
        self._surnames = _surname_map(docs, entities)
        self._by_name = _entity_index(entities)
        self._candidates: dict[int, list[Candidate]] = {}
        self._starts: dict[int, list[int]] = {}

    def index_doc(self, doc: Doc, quoted: Sequence[tuple[int, int]]) -> None:
        """Collect the names in ``doc`` that pronouns and descriptions may point back to."""
        found = sorted(_candidates(doc, quoted, self.canonical_name), key=lambda c: c.start)
        self._candidates[id(doc)] = found
        self._starts[id(doc)] = [c.start for c in found]

    def resolve(self, head: Token) -> tuple[str | None, str | None]:
        """``(name, entity_id)`` of the speaker whose head word is ``head``; Nones if unknown."""
        lexicon = lexicon_of(head.doc)
        lower = head.lower_.lstrip("-")  # French inversion: the "-il" of "a-t-il dit"
        persons, groups = lexicon.person_pronouns, lexicon.group_pronouns
        antecedent = _relative_antecedent(head)
        if antecedent is not None:
            return self.resolve(antecedent)  # "Glenn Beck, who described": Glenn Beck
        # A named entity is no pronoun, whatever its tag (the French model tags some names PRON).
        if (head.pos_ == "PRON" and not head.ent_type_) or lower in persons | groups:
            kind: Kind = "org" if lower in groups else "person"
            if lower not in persons | groups:
                return None, None  # I, we, you, it: no one we can name from here
            return self._with_id(self._antecedent(head, kind))
        if (head.pos_ == "PROPN" or head.ent_type_) and not head.text.islower():
            return self._with_id(self.canonical_name(_name_text(head)))
        return self._with_id(self._common_noun(head))

    def resolve_name(self, surface: str) -> tuple[str | None, str | None]:
        """``(name, entity_id)`` for a name read off the text, e.g. before a headline colon."""
        return self._with_id(self.canonical_name(surface))

    def canonical_name(self, surface: str) -> str:
        """The article's full form of a name: ``Stoltenberg`` -> ``Jens Stoltenberg``."""
        name = surface.strip()
        for prefix in _STRIP_PREFIXES:
            name = name.removeprefix(prefix)
        name = name.removesuffix("’s").removesuffix("'s").strip()
        if " " not in name and name.lower() in self._surnames:
            return self._surnames[name.lower()]
        entity = self._by_name.get(name.lower())
        return entity.name if entity is not None else name

    def _with_id(self, name: str | None) -> tuple[str | None, str | None]:
        if not name:
            return None, None
        entity = self._by_name.get(name.lower())
        return name, entity.entity_id if entity is not None else None

    def _antecedent(self, pronoun: Token, kind: Kind) -> str | None:
        before = self._before(pronoun.doc, pronoun.idx, kind)
        gender = lexicon_of(pronoun.doc).pronoun_gender.get(pronoun.lower_.lstrip("-"))
        if gender is not None:  # "she" skips a man's name, "he" a woman's
            before = [c for c in before if c.gender in (None, gender)]
        subjects = [c for c in before if c.subject]
        best = (subjects or before)[-1:]
        return best[0].name if best else None

    def _common_noun(self, head: Token) -> str | None:
        owner = _possessor(head)
        if owner is not None and owner.lower_ in PRONOUN_GENDER:
            return self._antecedent(owner, "person")  # "her team": whoever "her" is
        if owner is not None:  # "Rubio’s catch phrase", even when tagged as a common noun
            return self.canonical_name(_name_text(owner))
        return self._description(head)

    def _description(self, head: Token) -> str | None:
        # Only a definite description points back ("the company"); "a spokeswoman" does not.
        lexicon = lexicon_of(head.doc)
        if not any(c.dep_ == "det" and c.lower_ in lexicon.definite for c in head.children):
            return None
        if is_age(head):  # "the 46-year-old": the person last named
            people = self._before(head.doc, head.idx, "person")
            return people[-1].name if people else None
        lemma = head.lemma_.lower()
        if lemma in lexicon.org_nouns:
            orgs = self._before(head.doc, head.idx, "org")
            return orgs[-1].name if orgs else None
        titled = [c for c in self._candidates.get(id(head.doc), []) if lemma in c.titles]
        earlier = [c for c in titled if c.start < head.idx]
        chosen = (earlier or titled)[-1:]
        return chosen[0].name if chosen else None

    def _before(self, doc: Doc, pos: int, kind: Kind) -> list[Candidate]:
        cands = self._candidates.get(id(doc), [])
        stop = bisect.bisect_left(self._starts.get(id(doc), []), pos)
        start = bisect.bisect_left(self._starts.get(id(doc), []), pos - _PRONOUN_WINDOW)
        return [c for c in cands[start:stop] if c.kind == kind]


def _name_text(head: Token) -> str:
    """The name around a proper-noun head: its entity, or the head with its compound words."""
    doc = head.doc
    if head.ent_iob_ in ("B", "I"):
        start = head.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = head.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end].text
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start:flat_name_end(head)].text


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a relative pronoun stands for: ``Beck`` for ``who`` in ``Beck, who said``."""
    clause = head.head
    if (head.lower_ not in lexicon_of(head.doc).relative_pronouns
            or clause.dep_ not in ("relcl", "acl:relcl") or clause.head is clause):
        return None
    noun = clause.head
    return noun if noun.pos_ in ("PROPN", "NOUN") else None


def _possessor(head: Token) -> Token | None:
    """The named owner of a common-noun speaker with no article: ``Rubio’s catch phrase``."""
    if head.pos_ != "NOUN" or any(c.dep_ == "det" for c in head.children):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.text[:1].isupper() or owner.lower_ in PRONOUN_GENDER):
        return None
    return owner


def _surname_map(docs: Sequence[Doc], entities: Sequence[Entity]) -> dict[str, str]:
    """Last word of every multi-word person name -> the most frequent such full name."""
    names: Counter[str] = Counter()
    for doc in docs:
        names.update(e.text for e in doc.ents if e.label_ == "PERSON")
    for entity in entities:
        if entity.type == "PERSON":
            names[entity.name] += max(entity.count, 1)
    best: dict[str, tuple[int, str]] = {}
    for raw, count in names.items():
        name = raw.removesuffix("’s").removesuffix("'s").strip()
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        key = words[-1].lower()
        if count > best.get(key, (0, ""))[0]:
            best[key] = (count, name)
    return {key: name for key, (_, name) in best.items()}


def _entity_index(entities: Sequence[Entity]) -> dict[str, Entity]:
    index: dict[str, Entity] = {}
    for entity in entities:
        for alias in (*entity.aliases, entity.name):
            index[alias.lower()] = entity
    return index


def _candidates(doc: Doc, quoted: Sequence[tuple[int, int]],
                canonical: CanonicalFn) -> list[Candidate]:
    starts = [s for s, _ in quoted]
    found: list[Candidate] = []
    for ent in doc.ents:
        if _inside(ent.start_char, quoted, starts):
            continue
        name = canonical(ent.text)
        is_person = ent.label_ == "PERSON" or (name != ent.text and " " in name)
        if not is_person and not _group_like(ent.label_, ent.root):
            continue
        kind: Kind = "person" if is_person else "org"
        subject = ent.root.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")
        titles = _titles(doc, ent.start, ent.root)
        gender = gender_of((name.split()[0], *titles), lexicon_of(doc)) if is_person else None
        found.append(Candidate(ent.start_char, name, kind, subject, titles, gender))
    found.extend(_unlabelled_subjects(doc, quoted, starts, canonical))
    return found


def _group_like(label: str, root: Token) -> bool:
    """An organisation, or a plural group noun (Democrats) that ``they`` may point to."""
    return label == "ORG" or (label == "NORP" and root.tag_ in ("NNPS", "NNS"))


def _unlabelled_subjects(doc: Doc, quoted: Sequence[tuple[int, int]], starts: Sequence[int],
                         canonical: CanonicalFn) -> list[Candidate]:
    """Proper-noun subjects the NER missed (``Lynch announced``): people, most likely."""
    found = []
    for token in doc:
        if (token.pos_ == "PROPN" and token.dep_ == "nsubj" and not token.ent_type_
                and token.text[:1].isupper() and not _inside(token.idx, quoted, starts)):
            name = canonical(_name_text(token))
            found.append(Candidate(token.idx, name, "person", subject=True,
                                   gender=gender_of(name.split()[:1], lexicon_of(doc))))
    return found


def _titles(doc: Doc, start: int, root: Token) -> frozenset[str]:
    """Lower-cased words of a name's title: before it, or in apposition to it."""
    words: set[str] = set()
    i = start - 1
    while i >= 0 and start - i <= _TITLE_WINDOW and doc[i].pos_ in _TITLE_POS:
        if doc[i].text in (",", "(", ")", "“", "”", '"'):
            break
        words.add(doc[i].lemma_.lower())
        i -= 1
    for token in (root.head, *root.children):
        if token.dep_ == "appos" or root.dep_ == "appos":
            words.update(t.lemma_.lower() for t in token.subtree if t.pos_ in ("NOUN", "PROPN"))
    words.discard(root.lemma_.lower())
    return frozenset(words)


def _inside(pos: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    at = bisect.bisect_right(starts, pos) - 1
    return at >= 0 and spans[at][0] <= pos < spans[at][1]

