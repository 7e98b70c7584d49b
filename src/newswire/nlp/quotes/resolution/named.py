"""Speakers that are names: a person's, an organisation's, as the article writes them in full.

``Stoltenberg`` at a place where the entities stage found Jens Stoltenberg is Jens
Stoltenberg; a lone surname is the article's full name ending with it (:mod:`.names`), the
woman's for ``Mrs. Clinton``, or the one name the model typed otherwise that ends with it
(``O’Donnell``: ``Brett O’Donnell``, typed ORG), also when the tagger read it as a common
noun (``Hannity said``); ``Pew`` is the one organisation whose name it opens.  A name
the entities stage typed as an organisation stays a person when the article reads it as one
(a known first name, a personal title).  Title-case headlines run a name into its verb
(``Dennis Prager Tells``): the name stops before it.  An acronym bracketed after the words
it spells (``the Public Health Agency of Canada (PHAC)``) is a mention of that organisation's
entity (the entities stage reads the definition).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newswire.models import Entity, SpeakerKind
from newswire.nlp.entities.roles.titles import split_leading_title
from newswire.nlp.quotes.base.gender import Gender, gender_of
from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.base.referent_types import ENTITY_KINDS, speaker_kind
from newswire.nlp.quotes.bodies.short_names import full_company, shortened_company
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.resolution.letter_names import is_acronym, is_acronym_led
from newswire.nlp.quotes.resolution.names import PersonNames, owned_person
from newswire.nlp.quotes.resolution.titles import titles_of
from newswire.nlp.quotes.resolution.written_names import is_lexicon_noun

__all__ = ["NOBODY", "NamedSpeakers", "Speaker"]


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: its name, entity id and kind (all empty when unknown)."""

    name: str | None = None
    entity_id: str | None = None
    kind: SpeakerKind = "unknown"


NOBODY = Speaker()
_PLACE_LABELS = frozenset(("FAC", "LOC"))  # "the Vatican", "the Pentagon": a place speaking


class NamedSpeakers:
    """The article's names, to turn a name (or an entity found at a word) into a speaker."""

    def __init__(self, entities: Sequence[Entity], names: PersonNames,
                 lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.names = names
        self._entities = tuple(entities)
        self._by_name = _entity_index(entities)
        self._by_first_word = _organisations_by_first_word(entities)

    def resolve_name(self, surface: str) -> Speaker:
        """The speaker a name read off the text names, e.g. before a headline colon."""
        words = surface.split()
        for end in range(len(words), 0, -1):  # "Carly Fiorina Endorses Ted": Carly Fiorina
            prefix = " ".join(words[:end])
            if prefix.lower() in self._by_name or self.names.knows(prefix):
                return self.named(prefix, "")
        return self.named(surface, "")

    def mistagged_name(self, head: Token) -> Speaker | None:
        """The name a capitalised word the tagger read as a common noun stands for, when the
        word is no word of the language (``Democrats`` stays a group): the person it is the
        surname of (``Hannity said``, ``O’Donnell said``: ``Sean Hannity``), else the one
        organisation whose name it opens (``Pew notes``: ``Pew Research Center``)."""
        word = head.text
        if head.tag_ != "NN" or not word[:1].isupper() or word.isupper() or any(
                c.dep_ == "det" for c in head.children):
            return None
        if not self.names.is_common(word.lower()):
            full = self._full_name(word, at=(head.doc, head.idx))
            if full != word:
                return self.named(full, "PERSON")
        # An organisation's first word may be a word of the language too ("pew").
        opened = self._by_first_word.get(word.lower())
        if opened is None or is_lexicon_noun(word.lower(), self.lexicon):
            return None
        return Speaker(opened.name, opened.entity_id, speaker_kind(opened.type))

    def unlabelled(self, head: Token, name: str) -> tuple[str, str]:
        """The entity label a name the model left unlabelled gets as a speaker, and the name
        it stands for: ``PERSON`` for two or three capitalised words, none a word of the
        language, heading the subject (``Jean-François Lavoie said``), as :mod:`.referents`
        reads such a subject. A person's title before them is no part of the name (``Mayor
        Renata Okafor said``, which the model often misses after a closing quotation mark)."""
        _, skipped = split_leading_title(name)
        words = name[skipped:].split()
        # A name set off beside the subject's office speaks too ("Independent councillor
        # for Tennyson, Marguerite Lau, said"; :func:`.appositions.apposed_name`).
        if head.dep_ not in (*SUBJECT_DEPS, "appos") or not 2 <= len(words) <= 3 or any(
                not w[:1].isupper() or w.isupper() or self.names.is_common(w.lower())
                for w in words):
            return "", name
        return "PERSON", " ".join(words)

    def _full_name(self, surface: str, gender: Gender | None = None,
                   at: tuple[Doc, int] | None = None) -> str:
        """:meth:`PersonNames.full_name`, or the one name the entities stage typed otherwise
        that ends with a lone surname (``O’Donnell``: ``Brett O’Donnell``, typed ORG)."""
        name = self.names.full_name(surface, gender, at)
        if " " in name or self.names.is_common(name.lower()):
            return name
        return self._ending_with(name) or name

    def _ending_with(self, word: str) -> str | None:
        """The one name of a person or organisation, two or three capitalised words, that ends
        with ``word`` (``Brett O’Donnell`` for ``O’Donnell``, even typed an organisation)."""
        key = word.lower()
        found = {e.name for e in self._by_name.values()
                 if e.type in ("PERSON", "ORG") and 2 <= len(words := e.name.split()) <= 3
                 and words[-1].lower() == key and all(w[:1].isupper() for w in words)}
        return found.pop() if len(found) == 1 else None

    def _without_verb(self, name: str) -> str:
        """A title-case headline runs a name into its verb: ``Dennis Prager Tells``."""
        words = name.split()
        while len(words) > 2 and _verb_form(words[-1]) in self.lexicon.speech_verbs:
            words = words[:-1]
        return " ".join(words)

    def named(self, surface: str, label: str) -> Speaker:
        """The speaker a name written ``surface`` (with the model's entity ``label``) names."""
        surface = self._without_verb(surface)
        if (company := self.company_of(surface)) is not None:
            return company
        words = surface.split()
        if len(words) > 2 and surface.lower() not in self._by_name:
            # A title-case headline runs on past the name: "Dennis Prager Tells".
            known = next((" ".join(words[:end]) for end in range(len(words) - 1, 1, -1)
                          if " ".join(words[:end]).lower() in self._by_name
                          or self.names.is_person(" ".join(words[:end]))), None)
            surface = known or surface
        name = self._full_name(surface)
        entity = self._by_name.get(name.lower()) or self._by_first_word.get(name.lower())
        if entity is not None:
            # A lone surname standing for a name the model typed an organisation: a person.
            lone = surface.strip()
            surname = " " not in lone and " " in name and name.split()[-1] == lone
            kind = "person" if self.names.is_person(entity.name) or surname \
                else speaker_kind(entity.type)
            kind = kind if kind != "unknown" else self._kind_by_words(entity.name)
            return Speaker(entity.name, entity.entity_id, kind) if kind != "unknown" else NOBODY
        kind = speaker_kind(label) if label in ENTITY_KINDS else (
            "person" if self.names.is_person(name) else self._kind_by_words(name, label))
        # A name of no known kind (``Transcript``, ``Latest``) is more often a headline word
        # than a speaker: none, rather than a speaker of kind ``unknown``.
        return Speaker(name, None, kind) if name and kind != "unknown" else NOBODY

    def _kind_by_words(self, name: str, label: str = "") -> SpeakerKind:
        """What a name's own words say it is: a known first name or a title (``Gov``) a
        person's, an organisation noun (``Institute``) an organisation's, ``Poll`` a
        document's (a headline's ``Report:`` too), ``Aides`` a group's; a place (``the
        Vatican``) speaks as an organisation; one word that is no word of the language
        (``Isabelle``) is a person's, as for :mod:`.referents`, unless all capitals (``SEIU``)."""
        words = [w.lower().rstrip(".,") for w in name.split()]
        if not words:
            return "unknown"
        if label in _PLACE_LABELS:
            return "organization"
        if gender_of(name.split()[:1], self.lexicon) or any(
                w in self.lexicon.title_abbreviations for w in words[:-1]):
            return "person"
        kind = self._kind_by_head(words[-1])
        if kind == "unknown" and len(words) == 1 and not self.names.is_common(words[0]):
            return "organization" if is_acronym(name) or is_acronym_led(name) else "person"
        return kind  # a lone word of the language ("Latest") is a headline word: no one

    def _kind_by_head(self, last: str) -> SpeakerKind:
        """``Gallup Poll``, ``Report:``: the kind a name's last word gives it."""
        lex = self.lexicon
        if last in lex.group_nouns or last in lex.role_nouns:
            return "group"
        if last in lex.org_nouns:
            return "organization"
        return "document" if last in lex.document_nouns else "unknown"

    def company_of(self, name: str) -> Speaker | None:
        """``Harvest Lane`` after ``Harvest Lane Foods Inc.``: the company a name shortens
        (:mod:`.short_names`), unless it opens with a person's first name."""
        company = full_company(name, self._entities, self.lexicon)
        if company is None or company.name == name:
            return None
        return Speaker(company.name, company.entity_id, "organization")

    def entity_speaker(self, entity: Entity, head: Token) -> Speaker:
        """The speaker the entity found at ``head`` is: its full name, its kind."""
        if (company := shortened_company(entity, self._entities, self.lexicon)) is not None:
            return Speaker(company.name, company.entity_id, "organization")  # "Harvest Lane"
        name = _before_own_verb(entity.name, head) or self._without_verb(entity.name)
        owned = owned_person(name, self.lexicon)  # "Fox News’ Bret Baier": the anchor speaks
        if name != entity.name or owned is not None:
            return self.named(owned or name, "PERSON" if owned else entity.type)
        kind = "person" if (self.names.is_person(name) or self._lone_sayer(entity, head)
                            or self._titled_full_name(entity, head)) \
            else speaker_kind(entity.type)
        if kind == "person" and " " not in name:
            before = head.doc[max(head.i - 2, 0):head.i]  # "Mrs." in "Mrs. Clinton"
            name = self.names.full_name(name, gender_of([t.text for t in before], self.lexicon),
                                        (head.doc, head.idx))
            resolved = self._by_name.get(name.lower())
            if resolved is not None:
                return Speaker(resolved.name, resolved.entity_id, kind)
        return Speaker(name, entity.entity_id, kind)

    def _titled_full_name(self, entity: Entity, head: Token) -> bool:
        """``The Conservative leader, Kemi Badenoch``: a name of two words or more that a
        person's role introduces is a person, whatever type the model gave it."""
        if entity.type == "PERSON" or len(entity.name.split()) < 2 or entity.name.isupper():
            return False
        first = min((c.i for c in head.children if c.dep_ == "compound"), default=head.i)
        own = {word.lower() for word in entity.name.split()}  # "General" of General Motors
        titles = titles_of(head.doc[first:head.i + 1], self.lexicon) - own
        return bool(titles & self.lexicon.role_nouns)

    def _lone_sayer(self, entity: Entity, head: Token) -> bool:
        """``says Stoltenberg``: one capitalised word (no acronym, no ``the Vatican``) the model
        called an organisation once, the subject of a verb of saying, nothing else known of it.
        In a body a lone name saying something is a person only when something reads it as
        one (``Greg Stanton`` named before, a first name, ``Reince Priebus`` split by the
        model, ``Justice vows``): else ``says Google`` is the company it mostly is."""
        if not (entity.type == "ORG" and len(entity.mentions) == 1 and " " not in entity.name
                and not entity.name.isupper() and head.dep_ in SUBJECT_DEPS
                and not any(child.dep_ == "det" for child in head.children)
                and head.head.lemma_.lower() in self.lexicon.speech_verbs
                and entity.name.lower() not in self._by_first_word):
            return False
        return entity.mentions[0].field == "title" or self._reads_as_person(head)

    def _reads_as_person(self, head: Token) -> bool:
        word = head.text
        before = head.doc[head.i - 1] if head.i else None
        return (self.names.knows(word) or gender_of([word], self.lexicon) is not None
                or word.lower() in self.lexicon.role_nouns
                or (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()
                    and bool(before.whitespace_) and before.ent_type_ in ("", "PERSON")))


def _before_own_verb(name: str, head: Token) -> str | None:
    """``Trump Says ‘No’``, ``Trump Says He Never Pledged``: the words of a name the model ran
    on into the title-case verb right after the speaker's head word, the verb it is the
    subject of, up to that verb (a surname is never that verb)."""
    verb, words = head.head, name.split()
    if verb.i != head.i + 1 or head.dep_ not in SUBJECT_DEPS or not verb.text[:1].isupper() \
            or not verb.text.lower().endswith("s") or verb.text not in words[1:]:
        return None
    end = words.index(verb.text, 1)
    return " ".join(words[:end]) if words[end - 1] == head.text else None


def _verb_form(word: str) -> str:
    """``tells`` -> ``tell``: a title-case verb in the present, as a lemma."""
    lower = word.lower()
    return lower[:-1] if lower.endswith("s") else lower


def _organisations_by_first_word(entities: Sequence[Entity]) -> dict[str, Entity]:
    """``Pew`` -> ``Pew Research Center``: a word that opens exactly one organisation's name."""
    found: dict[str, list[Entity]] = {}
    for entity in entities:
        words = entity.name.split()
        if speaker_kind(entity.type) == "organization" and len(words) > 1:
            found.setdefault(words[0].lower(), []).append(entity)
    return {word: orgs[0] for word, orgs in found.items() if len(orgs) == 1}


def _entity_index(entities: Sequence[Entity]) -> dict[str, Entity]:
    index: dict[str, Entity] = {}
    for entity in entities:
        for alias in (*entity.aliases, entity.name):
            index[alias.lower()] = entity
    return index
