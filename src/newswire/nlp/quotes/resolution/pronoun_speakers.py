"""Whom a pronoun speaker stands for, for
:class:`~newswire.nlp.quotes.resolution.speakers.SpeakerResolver`.

``he``/``she`` is a person of that gender (or of none known) named before it outside what
was said, or one who spoke unnamed in the sentence before (``One mother ... told``:
:mod:`.speaking_ones`), chosen by :func:`.salience.person_antecedent`; French ``elle`` may
be a nearer organisation (``Selon elle``, la FAE). ``they`` is a group, an organisation or
several people named together as a subject (:mod:`.pairs`); ``it`` an organisation or a
document. ``I``, ``we``, ``you`` name nobody from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.gender import Gender, name_gender, pronoun_gender
from newswire.nlp.quotes.base.mention_spans import word_at
from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.base.sentence_index import sentence_bounds
from newswire.nlp.quotes.base.textmap import CharRange
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.resolution.communique_bodies_fr import communique_body
from newswire.nlp.quotes.resolution.named import NOBODY, Speaker
from newswire.nlp.quotes.resolution.pairs import ResolveFn, person_pairs
from newswire.nlp.quotes.resolution.pronouns_fr import nearer_body
from newswire.nlp.quotes.resolution.reporter_before import is_titled_name, reporter_before
from newswire.nlp.quotes.resolution.salience import (
    outside,
    person_antecedent,
    pick,
    sentence_told_before,
    told_since,
)
from newswire.nlp.quotes.resolution.stand_ins_fr import Before
from newswire.nlp.quotes.roles.description_context import speaker_of
from newswire.nlp.quotes.roles.epithet_subjects_fr import aged_name, epithet_subject

__all__ = ["PRONOUN_WINDOW", "PronounSpeakers"]

PRONOUN_WINDOW = 1500  # characters back that a pronoun may reach for its antecedent


class PronounSpeakers:
    """The pronoun rules of one article's resolver: what each pronoun stands for, read off
    the resolver's trails (``before``) and, for a ``they``, its names (``resolve``)."""

    def __init__(self, lexicon: Lexicon, before: Before, resolve: ResolveFn) -> None:
        self.lexicon = lexicon
        self._before = before
        self._resolve = resolve
        self._quoted: dict[int, Callable[[int], bool]] = {}
        self._pairs: dict[int, list[Referent]] = {}

    def index_doc(self, doc: Doc, quoted: Callable[[int], bool]) -> None:
        """Remember which chars of ``doc`` are quoted (a pronoun's antecedent is outside)."""
        self._quoted[id(doc)] = quoted

    def is_pronoun(self, lower: str) -> bool:
        """Whether ``lower`` is a person or group pronoun of the lexicon."""
        lex = self.lexicon
        return lower in lex.person_pronouns or lower in lex.group_pronouns

    def speaker(self, pronoun: Token, said: CharRange | None = None) -> Speaker:
        """The speaker ``pronoun`` stands for; never one named inside ``said``."""
        lower = pronoun.lower_
        if lower in self.lexicon.person_pronouns:
            gender = pronoun_gender(lower, self.lexicon)
            person = self.person_ref(pronoun, gender, said=said,
                                     unnamed=pronoun.dep_ in SUBJECT_DEPS)  # not "his office"
            reporter = self._reporter(pronoun, person, gender, said)  # "X, a student, said"
            held = reporter if reporter.name else self._held_epithet(
                pronoun, person)  # "Le parquetier ... a-t-il martelé"
            if held.name:
                return held
            if lower in self.lexicon.organisation_pronouns:  # French: "Selon elle", la FAE
                bodies = self._before(pronoun, PRONOUN_WINDOW,
                                      lambda r: r.kind in ("organization", "document"))
                person = nearer_body(pronoun, person, bodies) or self._issuer(
                    pronoun, bodies) or person
                described = self._described_body(pronoun, person)
                if described.name:  # "L'organisation demande ... qu'elle accuse de"
                    return described
            speaker = speaker_of(person)  # "One mother ... she said": one person, by her phrase
            return replace(speaker, kind="person") if person and person.speaks else speaker
        if lower in self.lexicon.group_pronouns:  # the same nearness as "he" and "she"
            groups = self._before(pronoun, PRONOUN_WINDOW, outside(said, lambda r: (
                r.plural and r.kind != "person") or r.kind == "organization"))
            return speaker_of(person_antecedent(pronoun, self._with_pairs(pronoun, groups, said)))
        if lower in self.lexicon.thing_pronouns:
            return speaker_of(pick(self._before(pronoun, PRONOUN_WINDOW, outside(
                said, lambda r: r.kind in ("organization", "document") and not r.several))))
        return NOBODY  # I, we, you: no one we can name from here

    def _reporter(self, pronoun: Token, person: Referent | None, gender: Gender | None,
                  said: CharRange | None) -> Speaker:
        """The person named saying in the sentence just before an English ``he``/``she``
        subject (:mod:`.reporter_before`), when the trail's choice was named before that
        sentence (or is none); else nobody."""
        if self.lexicon is not ENGLISH or pronoun.dep_ not in SUBJECT_DEPS:
            return NOBODY
        if person is not None and person.start >= pronoun.doc[
                sentence_bounds(pronoun)[0]].idx:
            return NOBODY  # cheap first: the trail's choice is in the pronoun's own sentence
        told = sentence_told_before(pronoun, said)
        if person is not None and person.start >= told.start_char:
            return NOBODY  # the trail found someone there: its choice stands
        name = reporter_before(told, pronoun, gender, self.lexicon)
        if name is None:
            return NOBODY
        found = self._resolve(name)
        if found.name and found.kind != "person" and is_titled_name(name, self.lexicon):
            found = replace(found, kind="person")  # "Its secretary-general, X," read a body
        if gender is not None and found.name \
                and name_gender(found.name, lexicon=self.lexicon) not in (None, gender):
            return NOBODY  # "Palin said" is Sarah Palin's: a "he" after it is not hers
        return found if found.name and found.kind == "person" else NOBODY

    def _issuer(self, pronoun: Token, bodies: list[Referent]) -> Referent | None:
        """The body whose communiqué the pronoun's sentence or the one before names
        (:mod:`.communique_bodies_fr`); the people are read only once a communiqué is."""
        return communique_body(pronoun, bodies, lambda: self._before(
            pronoun, PRONOUN_WINDOW, lambda r: r.kind == "person"))

    def _described_body(self, pronoun: Token, body: Referent | None) -> Speaker:
        """The organisation an unnamed body's description stands for (``L'organisation``
        after ``La Fédération nationale des ...``), read as the description itself is: a
        pronoun for it is the same body, never the bare noun."""
        if body is None or body.kind != "organization" or body.entity_id is not None \
                or body.noun not in self.lexicon.org_nouns:
            return NOBODY
        word = word_at(pronoun.doc, body.start)
        found = self._resolve(word) if word is not None else NOBODY
        return found if found.entity_id is not None else NOBODY

    def _held_epithet(self, pronoun: Token, nearest: Referent | None) -> Speaker:
        """Whom the epithet subject of the clause before a French pronoun stands for
        (:mod:`.epithet_subjects_fr`), when one person the article names, and the
        ``nearest`` person named before the pronoun is none or was named after that
        subject, outside it, as an object (``contre Babacar Seck``); else nobody (the
        nearest one is the subject's own name, or came before it: the epithet stood for
        them)."""
        quoted = self._quoted.get(id(pronoun.doc), lambda _char: False)
        epithet = epithet_subject(pronoun, pronoun_gender(pronoun.lower_, self.lexicon),
                                  self.lexicon, quoted)
        if epithet is None or (nearest is not None and (
                nearest.start < _phrase_end(epithet) or not _object_named(epithet, nearest))):
            return NOBODY
        found = self._resolve(epithet)
        if found.entity_id is None:
            # An office no one named holds, read as its own phrase (``Le maire de Toulouse
            # s'est dit ouvert. ... il a affirmé``: :mod:`.unheld_offices_fr`): that one.
            # Else nobody, as before ("Le Premier ministre" resolving to no one).
            return found if found.name and found.kind == "person" else NOBODY
        if aged_name(epithet, self.lexicon):
            return replace(found, kind="person")  # one given an age is a person
        return found if found.kind == "person" else NOBODY

    def _with_pairs(self, pronoun: Token, groups: list[Referent],
                    said: CharRange | None) -> list[Referent]:
        """``groups`` and the people named together as a subject (``X and Y``) before
        ``pronoun`` within its window, in text order: a ``they`` may stand for either."""
        doc = pronoun.doc
        if id(doc) not in self._pairs:
            self._pairs[id(doc)] = []  # no name resolves through a "they", but never loop
            quoted = self._quoted.get(id(doc), lambda _char: False)
            self._pairs[id(doc)] = person_pairs(doc, self._resolve, quoted)
        wanted = outside(said, lambda r: pronoun.idx - PRONOUN_WINDOW <= r.start < pronoun.idx)
        pairs = [r for r in self._pairs[id(doc)] if wanted(r)]
        return sorted(groups + pairs, key=lambda r: r.start) if pairs else groups

    def person_ref(self, token: Token, gender: Gender | None, window: int = PRONOUN_WINDOW,
                   said: CharRange | None = None, other_than: str | None = None,
                   *, unnamed: bool = False) -> Referent | None:
        """The person a pronoun of ``gender`` at ``token`` would point back to (never one
        named ``other_than``; ``unnamed``: also one who spoke unnamed in the sentence before,
        ``One mother``: :mod:`.speaking_ones`)."""
        since = told_since(token, said) if unnamed else None
        # a vox pop's lone first name (:mod:`.first_named_fr`) holds no office: a pronoun or
        # an epithet may point back to it (``le jeune homme``), never a role (``le maire``)
        lone = token.lemma_.lower() not in self.lexicon.role_nouns
        people = self._before(token, window, outside(said, lambda r: (
            r.kind == "person" or (since is not None and r.speaks and r.start >= since)) and (
            gender is None or r.gender in (None, gender)) and r.name != other_than
            and (lone or not r.lone)))
        quoted = self._quoted.get(id(token.doc)) if self.lexicon.pronouns_skip_quoted else None
        return person_antecedent(token, people, said, quoted)


def _phrase_end(head: Token) -> int:
    """The character just past ``head``'s phrase (its apposed name too)."""
    last = max(t.i for t in head.subtree)
    return head.doc[last].idx + len(head.doc[last])


def _object_named(epithet: Token, person: Referent) -> bool:
    """Whether ``person`` is named as an object (``contre Babacar Seck``, ``a reçu X``),
    not set beside a noun (``la porte-parole de la SQ, la sergente Annie Tremblay``)."""
    word = word_at(epithet.doc, person.start)
    if word is None:
        return False
    return word.dep_ in ("obj", "iobj") or any(c.dep_ == "case" for c in word.children)
