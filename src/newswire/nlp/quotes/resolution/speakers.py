"""Who a speaker mention points to: a person, organisation, group or document, by name.

- A name is the entity the entities stage found there (``Stoltenberg`` at that place is
  ``Jens Stoltenberg``); a lone surname is the article's full name ending with it, the
  woman's for ``Mrs. Clinton``, the man's for ``Mr. Clinton``.
- A pronoun (:mod:`.pronoun_speakers`) takes the nearest referent named before it outside
  quotation marks (:mod:`.referents`), a subject first: ``he``/``she`` a person of that
  gender (or of none known; a far one gives way to a nearer person:
  :func:`.salience.person_antecedent`), ``they`` a group, an organisation or several
  people, ``it`` an organisation or a document; never one named inside what was said.
  ``I``, ``we``, ``you`` name nobody here.  Whom a subject stands for at its place, for a
  later pronoun to reach, is :mod:`.stand_ins`'.
- A description (:mod:`.descriptions`: ``the senator``, ``the Vermont senator``) takes
  the person whose title or role holds its noun (a party word with its place: ``the
  Wisconsin Republican``), else the person last named as a subject; a plural role (``the
  advisers``) is a group; ``the company`` an organisation of its sort named before it
  (:mod:`.orgsorts`: never the union, ``the city`` a place); ``the same poll`` the document
  named before.
- An unnamed group or document is its own phrase (:mod:`.phrases`): ``officials``,
  ``lawsuit``; so is one unnamed person the lexicon does not list (``the man``, ``one
  commenter``).

Anything else stays unresolved: a wrong name is worse than none, and a speaker is never a
pronoun.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newswire.models import Entity, Field_
from newswire.nlp.quotes.base.gender import Gender
from newswire.nlp.quotes.base.mention_spans import name_text, pilgrim_named
from newswire.nlp.quotes.base.referent_types import ENTITY_KINDS, EntityIndex, Referent
from newswire.nlp.quotes.base.textmap import CharRange
from newswire.nlp.quotes.bodies.acronym_nouns_fr import is_acronym_noun
from newswire.nlp.quotes.bodies.departments import department_of
from newswire.nlp.quotes.bodies.impersonal_fr import body_of_on
from newswire.nlp.quotes.bodies.listed_names import listed_name
from newswire.nlp.quotes.bodies.made_documents import copied_document
from newswire.nlp.quotes.bodies.place_bodies import place_body, purpose_and_place
from newswire.nlp.quotes.bodies.state_bodies import state_owned
from newswire.nlp.quotes.bodies.word_names import word_named
from newswire.nlp.quotes.fr_parse.side_openings_fr import is_seat
from newswire.nlp.quotes.layouts.headlines import (
    bare_role,
    body_role,
    is_capitals_name,
    lede_end,
    role_holder,
)
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.resolution.called_names import called_name
from newswire.nlp.quotes.resolution.named import NOBODY, NamedSpeakers, Speaker
from newswire.nlp.quotes.resolution.names import PersonNames
from newswire.nlp.quotes.resolution.person_of import person_of_subject
from newswire.nlp.quotes.resolution.pronoun_speakers import PRONOUN_WINDOW, PronounSpeakers
from newswire.nlp.quotes.resolution.referents import referents_of
from newswire.nlp.quotes.resolution.salience import Trail
from newswire.nlp.quotes.resolution.stand_ins import subject_stand_in
from newswire.nlp.quotes.resolution.titled_heads import named_head
from newswire.nlp.quotes.roles.appositions import apposed_name, role_named_after
from newswire.nlp.quotes.roles.capitalised_roles import is_capitalised_role
from newswire.nlp.quotes.roles.common_nouns import common_noun_speaker
from newswire.nlp.quotes.roles.decks import in_deck, lede_holder
from newswire.nlp.quotes.roles.epithet_people import epithet_person
from newswire.nlp.quotes.roles.epithet_subjects_fr import aged_name
from newswire.nlp.quotes.roles.epithets_fr import is_demonym_epithet
from newswire.nlp.quotes.roles.offices import office_entity
from newswire.nlp.quotes.roles.ranked_names_fr import name_after_rank
from newswire.nlp.quotes.roles.set_off_offices import office_holder_set_off
from newswire.nlp.quotes.unnamed.counted_members import counted_member
from newswire.nlp.quotes.unnamed.linked_nouns import counted_noun, relative_antecedent
from newswire.nlp.quotes.unnamed.one_of import one_of_phrase
from newswire.nlp.quotes.unnamed.one_of_fr import one_of_them_phrase
from newswire.nlp.quotes.unnamed.shares import share_speaker, shared_people
from newswire.nlp.quotes.unnamed.who_clauses import unnamed_group

__all__ = ["SpeakerResolver"]

_Filter = Callable[[Referent], bool]
_MAX_HOPS = 4  # a relative pronoun, apposition or owner leads to another word at most so often


class SpeakerResolver:
    """Resolves speaker head tokens of one article to names, entity ids and kinds."""

    def __init__(self, docs: Sequence[Doc], entities: Sequence[Entity],
                 lexicon: Lexicon = ENGLISH) -> None:
        self.lexicon = lexicon
        self._entities = EntityIndex(entities)
        self.names = PersonNames(docs, entities, lexicon)
        self.named = NamedSpeakers(entities, self.names, lexicon)
        self._trails: dict[int, Trail] = {}
        self._fields: dict[int, Field_] = {}
        self._field_docs: dict[Field_, Doc] = {}
        self._pronouns = PronounSpeakers(lexicon, self.before, self.resolve)

    def index_doc(self, doc: Doc, quoted: Sequence[tuple[int, int]], field: Field_) -> None:
        """Collect what ``doc`` names, for pronouns and descriptions to point back to."""
        starts = [s for s, _ in quoted]

        def is_quoted(char: int) -> bool:
            at = bisect.bisect_right(starts, char) - 1
            return at >= 0 and quoted[at][0] <= char < quoted[at][1]

        found = referents_of(doc, field, self._entities, self.names, is_quoted,
                             lexicon=self.lexicon)
        trail = self._trails[id(doc)] = Trail(found)
        self._fields[id(doc)] = field
        self._field_docs[field] = doc
        self._pronouns.index_doc(doc, is_quoted)
        trail.follow(doc, lambda t: not is_quoted(t.idx),
                     lambda subject: subject_stand_in(self, subject))

    def resolve(self, head: Token, depth: int = 0, said: CharRange | None = None) -> Speaker:
        """The speaker whose head word is ``head``; a pronoun's antecedent is never inside
        ``said``, the chars of what was said (``the successes, they said, ...``)."""
        if depth > _MAX_HOPS:
            return NOBODY  # appositions or owners that point at each other
        head = pilgrim_named(head)  # "a déclaré El Hadji Moustapha Sy": not the "El"
        # "Glenn Beck, who said"; "Some of the protesters said"; "One of them, UnitedHealth"
        counted = head.pos_ in ("PRON", "ADJ", "DET", "NUM")
        antecedent = relative_antecedent(head, self.lexicon) or person_of_subject(head) or (
            shared_people(head)) or (
            (counted_noun(head) or apposed_name(head)) if counted else None)
        antecedent = (antecedent or role_named_after(head)  # "Acme vice-president X said"
                      or aged_name(head, self.lexicon)  # "Lina, 17 ans, ... dit"
                      or called_name(head)  # "a teacher named Fatima Ishag said"
                      or copied_document(head, self.lexicon.document_nouns)  # "a copy of X"
                      or (office_holder_set_off(  # "Minister of X, Y,"
                              head, self.lexicon, self.names.is_named_person)
                          if self.lexicon is ENGLISH else None))
        if antecedent is not None:
            return self.resolve(antecedent, depth + 1, said)
        # "some who advocate free speech argue"; "Some said"; "One of them"; "47 percent said"
        group = share_speaker(head) or self._unnamed_source(head, counted, depth) or (
            self._impersonal(head, depth, said))
        if group is not None:
            return group
        if is_capitals_name(head) and self._fields.get(id(head.doc)) == "title":
            return self._body_named(head.text)  # "WHO warns": the body's organisation
        # A named entity is no pronoun, whatever its tag (the French model tags some names PRON).
        if (head.pos_ == "PRON" and not head.ent_type_) or self._pronouns.is_pronoun(head.lower_):
            return self._pronouns.speaker(head, said)
        return self._noun(head, depth)

    def _unnamed_source(self, head: Token, counted: bool, depth: int) -> Speaker | None:
        """One person of a group of people by its phrase (``One of them said``:
        :mod:`.one_of`; French ``l'un d'eux``: :mod:`.one_of_fr`), or an unnamed group by
        its words (``Some said``)."""
        one = one_of_phrase(head) if self.lexicon is ENGLISH else one_of_them_phrase(head)
        if one is not None and self._of_people(one[-1], depth):
            return Speaker(one.text, None, "person")
        member = counted_member(head) if self.lexicon is ENGLISH else None  # "Another said"
        if member is not None and self._of_people(member[1], depth):
            return Speaker(member[0].text, None, "person")
        return unnamed_group(head) if counted else None

    def _of_people(self, group: Token, depth: int) -> bool:
        """Whether the group one speaks from is people: ``One of the companies said``, ``one
        of the reports found`` speak as the organisation or document, as the group word
        alone does. ``One of them`` is taken for people: the pronoun's antecedent is too
        often the wrong one (``the party`` over ``Two MPPs`` just before)."""
        return group.pos_ == "PRON" or self._noun(group, depth).kind not in (
            "organization", "document")

    def _noun(self, head: Token, depth: int) -> Speaker:
        field = self._fields.get(id(head.doc), "body")
        head = named_head(head, self.lexicon, lambda t: getattr(
            self._entities.at(field, t.idx), "type", None) == "PERSON")  # "Price KC said"
        whole = (self._title_role_holder(head, field, depth) or self._department(head, field)
                 or place_body(head, self.lexicon)  # "the city of Montreal"
                 or purpose_and_place(head)  # "Elections BC"
                 or self._demonym_person(head))  # "lâche la Lausannoise": one named before
        if whole is not None:
            return whole
        if is_capitalised_role(head, self.lexicon):  # "the Wisconsin Republican": a description
            return common_noun_speaker(self, head, depth)
        head = name_after_rank(head) or head  # "Le Général de brigade Yacouba Sanogo"
        if head.lower_.rstrip(".") in self.lexicon.honorifics:  # French heads "M. Legault" on "M."
            head = next((c for c in head.rights if c.dep_ == "flat:name"), head)
        entity = self._entities.at(field, head.idx)
        # A capitalised word the entities stage named is that name, even tagged as a noun.
        if entity is not None and entity.type in ENTITY_KINDS and (
                head.pos_ == "PROPN" or head.text[:1].isupper()):
            return state_owned(self.named.entity_speaker(entity, head), head)
        if (head.pos_ == "PROPN" or head.ent_type_ or is_acronym_noun(head, self.lexicon)) \
                and not head.text.islower():
            listed = listed_name(head, self.lexicon)  # "The Shooters, Fishers and Farmers Party"
            name, label = (listed, "ORG") if listed else (name_text(head), head.ent_type_)
            if not label:  # "Mayor Renata Okafor said": the model saw no name
                label, name = self.named.unlabelled(head, name)
            speaker = self.named.named(name, label)  # "Grab said": a word as a name
            return speaker if speaker != NOBODY else (
                word_named(head, name, field, self.lexicon) or NOBODY)
        mistagged = self.named.mistagged_name(head)
        if mistagged is not None:  # "Hannity/NOUN said" after "Sean Hannity"; "Pew/NOUN notes"
            return mistagged
        return common_noun_speaker(self, head, depth)

    def _impersonal(self, head: Token, depth: int, said: CharRange | None) -> Speaker | None:
        """``Au ministère, on juge ...``: the body set before a French ``on``
        (:mod:`.impersonal_fr`), never a place (``À Lyon, on affirme``: its people)."""
        body = body_of_on(head) if self.lexicon is FRENCH else None
        if body is None:
            return None
        entity = self._entities.at(self._fields.get(id(head.doc), "body"), body.idx)
        found = self.resolve(body, depth + 1, said)
        place = entity is not None and entity.type in ("GPE", "LOC") and not is_seat(body)
        return found if found.kind == "organization" and not place else None

    def _demonym_person(self, head: Token) -> Speaker | None:
        """The person a French demonym epithet stands for; none when nobody fits (the
        word then speaks as the tagger read it: ``annonce la Lausannoise``, a company)."""
        if not is_demonym_epithet(head, self.lexicon):
            return None
        person = epithet_person(self, head)
        return person if person.name else None

    def _title_role_holder(self, head: Token, field: Field_, depth: int) -> Speaker | None:
        """``Mayor says ...`` in a headline or the body's deck: the mayor the body names; else
        whom the body's ``the mayor`` stands for (``judge`` when unnamed there, as the body's
        quotes say); a lede's ``A Senator has warned``: the senator named later (:mod:`.decks`)."""
        role = bare_role(head, self.lexicon) if field == "title" or in_deck(head) else None
        if role is None:  # "A West Australian Senator has warned": the one titled so
            lede = lede_holder(head, self._entities, self.lexicon) if field == "body" else None
            return Speaker(lede.name, lede.entity_id, "person") if lede is not None else None
        body = self._field_docs.get("body")
        holder = role_holder(head, self._entities, self.lexicon)
        if holder is not None:
            return Speaker(holder.name, holder.entity_id, "person")
        said = body_role(body, role) if body is not None else None
        if said is head:  # a deck's own word ("Counsel for the family said"): no one else
            return None
        speaker = self.resolve(said, depth + 1) if said is not None else NOBODY
        if speaker.name:  # the body's "coach Jim Sorensen said": whom the headline retells
            return speaker
        # Held twice and no holder said so: the one the lede names.
        holder = role_holder(head, self._entities, self.lexicon, lede_end(body))
        return Speaker(holder.name, holder.entity_id, "person") if holder is not None else None

    def headline(self) -> str:
        """The article's title as indexed (empty before it is, or with none)."""
        title = self._field_docs.get("title")
        return title.text if title is not None else ""

    def _body_named(self, name: str) -> Speaker:
        """The organisation or person of the body ``name`` is, else nobody."""
        speaker = self.named.resolve_name(name)
        return speaker if speaker.entity_id is not None else NOBODY

    def _department(self, head: Token, field: Field_) -> Speaker | None:
        found = department_of(head, lambda t: self._entities.at(field, t.idx))
        return Speaker(*found, "organization") if found is not None else None

    def resolve_name(self, surface: str) -> Speaker:
        """The speaker a name read off the text names, e.g. before a headline colon."""
        return self.named.resolve_name(surface)

    def person_named(self, surname: str) -> str | None:
        """The article's person (an entity, named in full) a lone surname stands for."""
        speaker = self.named.resolve_name(surname)
        known = speaker.kind == "person" and speaker.entity_id is not None
        return speaker.name if known and speaker.name and " " in speaker.name else None

    def same_speaker(self, one: Token, other: Token) -> bool:
        """Whether two speaker head tokens resolve to the same named speaker."""
        if one == other:
            return True
        name = self.resolve(one).name
        return name is not None and name == self.resolve(other).name

    def person_ref(self, token: Token, gender: Gender | None, window: int = PRONOUN_WINDOW,
                   said: CharRange | None = None, other_than: str | None = None,
                   *, unnamed: bool = False) -> Referent | None:
        """The person a pronoun of ``gender`` at ``token`` would point back to: see
        :meth:`.pronoun_speakers.PronounSpeakers.person_ref`."""
        return self._pronouns.person_ref(token, gender, window, said, other_than,
                                         unnamed=unnamed)

    def trail(self, token: Token) -> Trail:
        """The referents named in ``token``'s doc, in order."""
        return self._trails.get(id(token.doc)) or Trail(())

    def office(self, head: Token) -> Entity | None:
        """The office (an organisation the entities stage found) ``head`` names, if any."""
        return office_entity(head, self._entities, self._fields.get(id(head.doc), "body"))

    def before(self, token: Token, window: int, wanted: _Filter) -> list[Referent]:
        """The ``wanted`` referents named within ``window`` characters before ``token``."""
        return self.trail(token).before(token.idx, window, wanted)
