"""What a doc names, in order: the people, organisations, groups and documents a later
pronoun (``she``, ``they``, ``it``) or description (``the senator``, ``the company``, ``the
same poll``) may point back to.

People and organisations come from the entities stage (its mentions carry character offsets,
so ``Stoltenberg`` at 812 is known to be ``Jens Stoltenberg``), with the model's own spans and
proper-noun subjects it missed as a fallback; groups and documents are noun-phrase subjects.
Each referent keeps its titles (``Sen.``, ``the mayor``, an appositive ``, a spokesman for``)
and the gender its first name, honorific or title suggests. A person fronted as whose view a
sentence gives (``For Ann Lee, ...``: :mod:`~newswire.nlp.quotes.resolution.fronted_views`) counts
as its
subject.  The :class:`Referent` record and the entity index are
:mod:`~newswire.nlp.quotes.base.referent_types`'.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newswire.models import Entity, Field_
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.namewords import not_a_person
from newswire.nlp.quotes.base.gender import Gender, gender_of, name_gender
from newswire.nlp.quotes.base.mention_spans import name_text
from newswire.nlp.quotes.base.noun_articles import has_indefinite_article
from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.base.referent_types import (
    ENTITY_KINDS,
    EntityIndex,
    QuotedFn,
    Referent,
    ReferentKind,
)
from newswire.nlp.quotes.base.word_arrays import subject_or_singular_noun_indices
from newswire.nlp.quotes.bodies.departments import department_name
from newswire.nlp.quotes.bodies.short_names import shortened_company
from newswire.nlp.quotes.layouts.datelines import span_in_dateline
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.resolution.called_names import called_name, noun_called
from newswire.nlp.quotes.resolution.first_named_fr import first_named_people
from newswire.nlp.quotes.resolution.fronted_views import is_fronted_viewpoint
from newswire.nlp.quotes.resolution.letter_names import is_acronym, is_acronym_led
from newswire.nlp.quotes.resolution.names import PersonNames
from newswire.nlp.quotes.resolution.person_of import person_of_subject
from newswire.nlp.quotes.resolution.titled_heads import is_person_word, named_head, titled_subject
from newswire.nlp.quotes.resolution.titles import (
    honorifics_before,
    role_words,
    serving_role,
    titles_of,
)
from newswire.nlp.quotes.roles.appositions import apposed_name, office_held, subject_set_off
from newswire.nlp.quotes.roles.set_off_offices import office_holder_named, office_holder_set_off
from newswire.nlp.quotes.unnamed.phrases import is_plural_noun, phrase_kind, source_phrase
from newswire.nlp.quotes.unnamed.speaking_ones import is_speaking_one

__all__ = [
    "is_individual",
    "is_main_subject",
    "referents_of",
]

def referents_of(doc: Doc, field: Field_, entities: EntityIndex, naming: PersonNames,
                 quoted: QuotedFn, *, lexicon: Lexicon = ENGLISH) -> list[Referent]:
    """Everything ``doc`` names outside quotation marks, in text order."""
    found: list[Referent] = []
    covered: set[int] = set()
    # Each entity's company ("Harvest Lane") and whether its name is no person's, asked
    # once a doc: an entity is mentioned again and again.
    companies: dict[int, tuple[Entity | None, bool]] = {}
    for start, end, entity in entities.mentions(field):
        kind = ENTITY_KINDS.get(entity.type)
        if kind is None or quoted(start):
            continue  # tested before the span is made: most skipped mentions are quoted
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        covered.update(range(span.start, span.end))
        if span_in_dateline(span):
            continue  # "LOS ANGELES —": where the story was filed, nobody's antecedent
        if id(entity) not in companies:
            company = shortened_company(entity, entities.entities, lexicon)
            companies[id(entity)] = company, bool(company) or not_a_person(entity.name.split())
        company, no_person = companies[id(entity)]
        found.append(_entity_referent(span, company or entity, "organization" if company
                                      else kind, naming, lexicon, company=no_person))
    # Only a subject or a singular noun (:func:`is_individual`) may be a referent here.
    for i in subject_or_singular_noun_indices(doc):
        token = doc[i]
        if token.i in covered or quoted(token.idx):
            continue
        if token.dep_ in SUBJECT_DEPS:
            referent = _subject_referent(token, naming, lexicon)
        else:
            referent = _introduced(token, lexicon)
        if referent is not None:
            found.append(referent)
    if lexicon is FRENCH:  # "Léa, 29 ans, ...": a vox pop's first name (:mod:`.first_named_fr`)
        named = first_named_people(doc, covered, quoted, lambda word, char: " " in (
            naming.full_name(word, at=(doc, char))))
        if named:  # "Karim, 41 ans," read as a place: the person, not the place
            people = {r.start for r in named}
            found = [r for r in found if r.start not in people] + named
    return sorted(found, key=lambda r: r.start)


def is_individual(token: Token, lexicon: Lexicon) -> bool:
    """A singular noun for one unnamed person (``partner``, ``official``), not a name's title
    (``Ann Lee, a partner``; ``Lee is a partner``)."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return False  # most words: no lemma read
    lemma = token.lemma_.lower()
    return ((lemma in lexicon.role_nouns or lemma in lexicon.group_nouns)
            and token.dep_ not in ("appos", "attr") and not _has_apposed_name(token))


def _office_title(office: Token | None, lexicon: Lexicon) -> frozenset[str]:
    """The office a name holds set off after it (``Senior coroner for South Wales Central,
    Rhodri Prothero,``, the parse hanging the name on the place; :func:`office_held`): its
    noun is one of the person's titles, so a lead's ``A coroner has said`` finds the coroner
    named further on."""
    if office is None:
        return frozenset()
    # "L'adjointe au maire, Mme X,": the name hung on "maire" is the deputy's
    return frozenset(((serving_role(office, lexicon) or office).lemma_.lower(),))


def _has_apposed_name(token: Token) -> bool:
    return apposed_name(token) not in (None, token.head) or called_name(token) is not None


def _introduced(token: Token, lexicon: Lexicon) -> Referent | None:
    """``a partner at the firm``: a person brought in unnamed, whom ``the partner`` and ``he``
    may point back to."""
    if not is_individual(token, lexicon) or not has_indefinite_article(token, lexicon):
        return None
    return Referent(token.idx, source_phrase(token, "group", lexicon), "group", False,
                    noun=token.lemma_.lower())


def _entity_referent(span: Span, entity: Entity, kind: ReferentKind, naming: PersonNames,
                     lexicon: Lexicon, *, company: bool = False) -> Referent:
    root = span.root
    # Asked once a mention: the office is a title and the clause's role (apposed_name over
    # the root's nouns, the dearest test of a mention).
    office = office_held(root)
    titles = titles_of(span, lexicon) | role_words(entity.role, lexicon) \
        | _office_title(office, lexicon)
    department = department_name(root) if kind == "organization" else None
    name = department.text if department is not None else entity.name  # not "Oceans Canada"
    gender: Gender | None = None
    # This mention reads as a person, whatever the entity's majority; a titled word beside a
    # known place ("New York (AFP) - Oscar-winning actress Susan Sarandon") is not its title.
    # A company (its short name, ``Borealis Air``) stays one, though the model read a
    # mention as a person's.
    if not company and (naming.is_person(name) or (
            root.ent_type_ == "PERSON" and not _employer(root, lexicon)) or (
            titles & lexicon.role_nouns and not (entity.type == "GPE" and table().lookup(name)))):
        kind = "person"
    if kind == "person":
        gender = name_gender(name, (*titles, *honorifics_before(span)), lexicon)
        if " " not in name:
            name = naming.full_name(name, gender, (span.doc, span.start_char))
        gender = gender or naming.gender(name)
    plural = root.tag_ in ("NNS", "NNPS") or kind == "group"
    # "the other candidate on the stage, Hillary Clinton, drew": the name is the subject.
    titled = root.head if root.dep_ == "flat:name" and root.head.lower_.rstrip(".") in \
        lexicon.honorifics else root  # French heads "Me Thomas Ferrand" on its title
    beside = titled.head.pos_ == "NOUN" and (titled.dep_ == "appos"
                                             or apposed_name(titled.head) == titled)
    clause_role = office or _subject_named_before(span) or noun_called(root) or (
        titled.head if beside else titled)
    if person_of_subject(root.head) == root or titled_subject(root, lexicon):
        clause_role = root.head.head if root.dep_ == "pobj" else root.head  # "Nattel of RBC"
    topic = (kind == "person" and is_fronted_viewpoint(root, lexicon)) or subject_set_off(span)
    return Referent(span.start_char, name, kind, topic or clause_role.dep_ in SUBJECT_DEPS,
                    topic or is_main_subject(clause_role), entity.entity_id, titles, gender,
                    plural, place=kind == "organization" and entity.type == "GPE")


def _employer(root: Token, lexicon: Lexicon) -> bool:
    """``Cyclica Metals`` in ``Cyclica Metals chief executive Priya Raman``: a name before a
    role that heads a person's name is the employer, whatever the model's label on it."""
    role, lemma = root.head, root.head.lemma_.lower()
    return root.dep_ == "compound" and role.pos_ == "NOUN" and role.head.pos_ == "PROPN" \
        and (lemma in lexicon.role_nouns or lemma in lexicon.group_nouns)


def _subject_referent(token: Token, naming: PersonNames, lexicon: Lexicon) -> Referent | None:
    """A subject the entities stage did not name: a proper noun, a group or a document."""
    if person_of_subject(token) is not None or \
            named_head(token, lexicon, is_person_word) is not token:
        return None  # the person misparsed under it is the subject (:mod:`.person_of`)
    held = _set_off_holder(token, naming, lexicon) if lexicon is ENGLISH else None
    if held is not None:
        # "The Minister for Agriculture, Food and the Marine, Martin Heydon, said": the
        # subject is the person set off after the office (read alone, "Minister" became a
        # person of its own whom a later "he said" found); it keeps the subject's place.
        written, at = held
        name = naming.full_name(written, at=(token.doc, at))
        return Referent(token.idx, name, "person", True, is_main_subject(token),
                        gender=naming.gender(name))
    proper = _unlabelled_name(token, naming)
    if proper is not None:
        return proper
    if token.pos_ != "NOUN" or _has_apposed_name(token):
        return None  # "the candidate, Hillary Clinton,": the name's referent stands for it
    kind = phrase_kind(token, lexicon)
    gender = gender_of([token.lemma_], lexicon)  # "One mother", "one man": "she", "he"
    unlisted = kind is None  # "one Tarrawee Creek man said": a man, by his phrase, who ...
    # People only: "A bill ... says" is a document, whatever name its noun also is.
    speaks = (kind == "group" or (unlisted and gender is not None)) \
        and is_speaking_one(token, lexicon)
    if unlisted and speaks:
        kind = "group"
    if kind is None:
        return None
    plural = token.tag_ == "NNS" or is_plural_noun(token)
    return Referent(token.idx, source_phrase(token, kind, lexicon), kind, True,
                    is_main_subject(token), plural=plural or kind == "organization",
                    several=plural, noun="" if unlisted else token.lemma_.lower(),
                    speaks=speaks, gender=gender if speaks else None)  # ... no "the man" recalls


def _set_off_holder(token: Token, naming: PersonNames,
                    lexicon: Lexicon) -> tuple[str, int] | None:
    """The person set off by commas after the office ``token`` heads, as written and at
    which character: by the model's tags (:func:`office_holder_set_off`), else the name it
    mistagged, found by the article's people (:func:`office_holder_named`) unless the office
    noun has a name apposed of its own. The document walk of that last test is asked only
    once a name was found (most subjects have none)."""
    holder = office_holder_set_off(token, lexicon)
    if holder is not None:
        return name_text(holder), holder.idx
    named = office_holder_named(token, lexicon, naming.is_named_person)
    if named is None or (token.pos_ == "NOUN" and _has_apposed_name(token)):
        return None
    return named.text, named.start_char


def _unlabelled_name(token: Token, naming: PersonNames) -> Referent | None:
    """A name heading a subject that the model left without an entity: a department
    (``Environment and Climate Change Canada``), an acronym (``CUPE``), else a person."""
    department = department_name(token)
    if department is not None:
        return Referent(token.idx, department.text, "organization", True,
                        is_main_subject(token), plural=True)
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_:
        return None
    name = naming.full_name(name_text(token), at=(token.doc, token.idx))
    if is_acronym(name) or is_acronym_led(name):
        # "CUPE said", "SEIU-West said": an organisation's letters, never a person
        return Referent(token.idx, name, "organization", True, is_main_subject(token),
                        plural=True)
    return Referent(token.idx, name, "person", True, is_main_subject(token),
                    gender=naming.gender(name))


def _subject_named_before(span: Span) -> Token | None:
    """``Cllr X, the leader of the group, said``: the subject noun whose holder the name
    set off before it names (the parse hung the name on the verb)."""
    subject = next((c for c in span.root.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.i < span.end:
        return None
    return subject if apposed_name(subject) == span[-1] else None


def is_main_subject(token: Token) -> bool:
    """The subject of a sentence's main verb (or of one coordinated with it)."""
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"
