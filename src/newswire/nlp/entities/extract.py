"""Entities of an article: the model's spans made into names users can count on.

Contract: ``extract_entities(title_doc, body_doc, context=NO_CONTEXT) -> list[Entity]``, most
salient first; :class:`Context` holds what the caller knows besides the docs: the model (to
re-case text in capitals), the batch's reading of capitals, the registry's knowledge and the
dateline (found by the boilerplate stage), whose place is one of the entities.

The steps, each in its own module: clean the model's spans (:mod:`.mentions`, :mod:`.names`),
mend them where the text's layout or a name's written form says more (:mod:`.repairs`,
:mod:`.towns`, :mod:`.frenchnames`, :mod:`.doublebarrelled`, :mod:`.titled`), group them
into entities (:mod:`.clusters`, :mod:`.aliases`), find the mentions the model missed
(:mod:`.recall`), then decide name, type, role and salience here.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newswire.models import Dateline, Entity, EntityType, Span, stable_hash
from newswire.nlp.doc_texts import text_of
from newswire.nlp.entities.clustering.clusters import Cluster
from newswire.nlp.entities.clustering.grouping import group
from newswire.nlp.entities.cross_article.identity import Knowledge, resolve
from newswire.nlp.entities.geography.places import REGION_ABBREVIATIONS
from newswire.nlp.entities.geography.towns import (
    place_words_after,
    region_abbreviations,
    titled_towns,
)
from newswire.nlp.entities.organisations.acronyms import read_definitions
from newswire.nlp.entities.organisations.celtic_bodies import particle_bodies
from newswire.nlp.entities.organisations.clubs import nickname
from newswire.nlp.entities.organisations.org_names import whole_org_names
from newswire.nlp.entities.people.celtic_names import particle_surnames
from newswire.nlp.entities.people.doublebarrelled import double_barrelled_people
from newswire.nlp.entities.people.frenchnames import french_bodies, hyphenated_first_names
from newswire.nlp.entities.people.name_ends import names_before_days
from newswire.nlp.entities.people.name_pieces import set_off_names, whole_person_names
from newswire.nlp.entities.people.nicknames import quoted_nicknames
from newswire.nlp.entities.roles.portfolio_holders import portfolio_holders
from newswire.nlp.entities.roles.postnominals import postnominal_letters
from newswire.nlp.entities.roles.titled import titled_people
from newswire.nlp.entities.spans.mentions import Mention, Text, recalled
from newswire.nlp.entities.spans.model_spans import caps_mentions, model_mentions
from newswire.nlp.entities.spans.recall import find_missed, find_places, find_table
from newswire.nlp.entities.spans.recase import Capitals, read_capitals
from newswire.nlp.entities.spans.repairs import (
    camel_case_subjects,
    club_mentions,
    country_of_a_body,
    dateline_place,
    given_names,
    hyphenated_surnames,
    long_place_mentions,
    teams,
)
from newswire.nlp.entities.words.aliases import Known, table
from newswire.nlp.entities.words.names import normalise, words

__all__ = ["NO_CONTEXT", "Context", "entity_id", "extract_entities"]

#: Weights of salience: how often, how early, and whether the headline names it.
_FREQUENCY, _POSITION, _HEADLINE = 0.45, 0.25, 0.30


@dataclass(frozen=True)
class Context:
    """What the caller knows besides the two docs; every field may be left out.

    ``model`` is the spaCy pipeline that made the docs: with it, text in capitals is
    re-cased and read again by its NER (English models only). ``capitals`` is that reading
    done beforehand for a whole batch (:func:`~newswire.nlp.entities.spans.recase.read_capitals`,
    much cheaper than article by article). ``known`` is what the registry learned across
    articles (:class:`~newswire.nlp.entities.cross_article.identity.Knowledge`). ``dateline`` is the
    body's dateline found by the boilerplate stage (``find_dateline``): its place is one of
    the entities, whatever the model read there.
    """

    model: Language | None = None
    known: Knowledge | None = None
    capitals: tuple[Capitals, Capitals] | None = None
    dateline: Dateline | None = None


NO_CONTEXT = Context()


def extract_entities(title_doc: Doc, body_doc: Doc,
                     context: Context = NO_CONTEXT) -> list[Entity]:
    """The article's entities, one per real-world thing, most salient first."""
    docs = (title_doc, body_doc)
    capitals = context.capitals
    if capitals is None and context.model is not None and context.model.lang == "en":
        capitals = read_capitals(context.model, [(text_of(title_doc), text_of(body_doc))])[0]
    if capitals is not None:
        texts, mentions = _recased_mentions(capitals, docs)
    else:
        texts = [Text.of("title", text_of(title_doc)), Text.of("body", text_of(body_doc))]
        # In an article that is all capitals there is nothing better than the model's guesses.
        trust_caps = all(t.all_caps() for t in texts)
        mentions = [m for t, d in zip(texts, docs, strict=True)
                    for m in model_mentions(t, d, trust_caps)]
    dateline = context.dateline
    place = dateline_place(texts, dateline)
    if place:
        # The dateline decides its place: it replaces what the model (or the re-cased
        # capitals' own dateline rule) read there.
        mentions = [m for m in mentions if not m.overlaps(place)] + [place]
    mentions += teams(texts, mentions)
    mentions = long_place_mentions(texts, mentions)
    mentions = club_mentions(texts, mentions)
    mentions = country_of_a_body(texts, mentions)
    mentions = region_abbreviations(texts, mentions)
    if body_doc.lang_ == "en":  # French writes "M. Legault": the M. is no initial
        mentions = hyphenated_first_names(texts, french_bodies(texts, mentions))
        titled_towns(texts, mentions)
        place_words_after(texts, mentions)
        given_names(texts, mentions)
        hyphenated_surnames(texts, mentions)
        mentions = portfolio_holders(texts, particle_surnames(texts, mentions))
        mentions = particle_bodies(texts, mentions)
        mentions = postnominal_letters(texts, mentions)
        mentions = set_off_names(texts, whole_person_names(texts, mentions))
        mentions = whole_org_names(texts, mentions)
        mentions = quoted_nicknames(texts, names_before_days(titled_people(texts, mentions)))
        mentions += camel_case_subjects(texts, mentions)
    # Both languages name people so ("Mélanie Gagnon-Tshibanda" in French news too).
    double_barrelled_people(texts, mentions)
    mentions, defined = read_definitions(texts, mentions)
    clusters = group(mentions, defined)
    if place and dateline and dateline.place:
        _know_place(clusters, place, dateline.place)
    clusters = _recall(texts, clusters)
    return _entities(clusters, texts, context.known)


def _recased_mentions(capitals: tuple[Capitals, Capitals],
                      docs: tuple[Doc, Doc]) -> tuple[list[Text], list[Mention]]:
    """The model's mentions outside capitals, and its mentions in the re-cased capitals."""
    texts = [Text.of("title", capitals[0].text, (capitals[0].runs, capitals[0].recased)),
             Text.of("body", capitals[1].text, (capitals[1].runs, capitals[1].recased))]
    mentions = [m for t, d, c in zip(texts, docs, capitals, strict=True)
                for m in (*model_mentions(t, d, False), *caps_mentions(t, c.found))]
    return texts, mentions


def _know_place(clusters: list[Cluster], place: Mention, name: str) -> None:
    """The dateline's place is a place, named as usual ("Sialkot"), unless the table knows it;
    its name in results or standings lines is its club's, another entity ("NEW YORK
    1996-08-25" above "NEW YORK 59 72 .450 23")."""
    for cluster in list(clusters):
        if any(m is place for m in cluster.mentions) and cluster.known is None:
            cluster.known = table().places.get(normalise(name)) or Known(name, "GPE")
            teams = [m for m in cluster.mentions if m.team and m is not place]
            if teams:
                cluster.mentions = [m for m in cluster.mentions if not m.team or m is place]
                clusters.append(Cluster(f"{cluster.key} (team)", teams))


def entity_id(type_: str, name: str) -> str:
    """The stable id of an entity: the same type and name give the same id in any article."""
    return stable_hash(type_, normalise(name))


def _recall(texts: list[Text], clusters: list[Cluster]) -> list[Cluster]:
    """Add the mentions the model missed; table names and places may start new entities."""
    by_key = {c.key: c for c in clusters}
    takens = [t.taken([m for c in clusters for m in c.mentions]) for t in texts]
    for text, taken in zip(texts, takens, strict=True):
        for hit, known in find_table(text.text, text.caps, taken):
            _cluster_of(by_key, known).mentions.append(recalled(text, hit.start, hit.end))
    forms = _forms(list(by_key.values()))
    for text, taken in zip(texts, takens, strict=True):
        for hit in find_missed(text.text, forms, taken, text.caps):
            by_key[hit.key].mentions.append(recalled(text, hit.start, hit.end))
        for hit, known in find_places(text.text, taken):
            _cluster_of(by_key, known).mentions.append(recalled(text, hit.start, hit.end))
    for cluster in by_key.values():
        cluster.mentions.sort(key=lambda m: m.order)
    return list(by_key.values())


def _cluster_of(by_key: dict[str, Cluster], known: Known) -> Cluster:
    """The article's cluster for a table entry, made when the article had none."""
    key = normalise(known.name)
    return by_key.setdefault(key, Cluster(key, known=table().aliases.get(key)))


def _forms(clusters: list[Cluster]) -> dict[str, str]:
    """Every spelling to look for (-> cluster key); a spelling two entities share is left out."""
    owners: dict[str, set[str]] = {}
    for cluster in clusters:
        for form in _spellings(cluster):
            owners.setdefault(form, set()).add(cluster.key)
    # A surname that is another person's first name is theirs too ("Scott" beside Scott
    # Walker and Tim Scott): left out.
    for cluster in clusters:
        parts = words(cluster.name())
        if len(parts) >= 2 and parts[0] in owners and cluster.type() == "PERSON":
            owners[parts[0]].add(cluster.key)
    return {form: keys.pop() for form, keys in owners.items() if len(keys) == 1}


def _spellings(cluster: Cluster) -> set[str]:
    spellings = {m.text for m in cluster.mentions if not m.caps}
    if cluster.known:
        spellings.update(table().forms_of(cluster.known.name))
    name = cluster.name()
    if (short := nickname(name)) and cluster.type() == "ORG":
        spellings.add(short)  # "the Canadiens" after "the Montreal Canadiens"
    if cluster.type() == "PERSON" and len(parts := words(name)) >= 2:
        surname = parts[-1]
        if len(surname) >= 3 and surname[0].isupper() and not surname.endswith("."):
            spellings.add(surname)
    # A province's abbreviation is one only after a place ("WINNIPEG, Man."): "the Man in
    # the photo" is no mention of it.
    return {s for s in spellings if len(s) >= 2 and not s.islower()
            and f"{s}." not in REGION_ABBREVIATIONS}


def _entities(clusters: list[Cluster], texts: list[Text],
              known: Knowledge | None) -> list[Entity]:
    # A common word capitalised at a sentence's start ("Fans said") is no entity.
    clusters = [c for c in clusters if c.mentions and not c.common_word()]
    named = [(c.name(), c.type()) for c in clusters]
    if known is not None:
        # The shipped table's names are settled; the rest are as the registry knows them.
        resolved = resolve(named, known)
        named = [n if c.known else r for c, n, r in zip(clusters, named, resolved, strict=True)]
    most = max((len(c.mentions) for c in clusters), default=1)
    body_length = max(1, len(texts[1].text))
    built = [_entity(c, name, type_, most, body_length)
             for c, (name, type_) in zip(clusters, named, strict=True)]
    return sorted(built, key=lambda e: (-e.salience, _first(e), e.name))


def _entity(cluster: Cluster, name: str, type_: EntityType, most: int,
            body_length: int) -> Entity:
    mentions = cluster.mentions
    return Entity(
        entity_id=entity_id(type_, name),
        name=name,
        type=type_,
        role=cluster.role() if type_ == "PERSON" else None,
        aliases=_aliases(name, mentions),
        mentions=[Span(text=m.text, start=m.start, end=m.end, field=m.field) for m in mentions],
        count=len(mentions),
        salience=_salience(mentions, most, body_length),
    )


def _aliases(name: str, mentions: list[Mention]) -> list[str]:
    """Other spellings seen in the article, the proper-case one first, once each."""
    seen = {normalise(name)}
    aliases = []
    for mention in sorted(mentions, key=lambda m: (m.shaky, m.order)):
        if (key := normalise(mention.text)) not in seen:
            seen.add(key)
            aliases.append(mention.text)
    return aliases


def _salience(mentions: list[Mention], most: int, body_length: int) -> float:
    """How central the entity is: frequency, how early it first comes, and the headline."""
    frequency = len(mentions) / most
    in_title = any(m.field == "title" for m in mentions)
    body_starts = [m.start for m in mentions if m.field == "body"]
    earliness = 1.0 if in_title else 1 - min(body_starts, default=body_length) / body_length
    score = _FREQUENCY * frequency + _POSITION * earliness + _HEADLINE * in_title
    return round(min(1.0, max(0.0, score)), 4)


def _first(entity: Entity) -> tuple[int, int]:
    first = entity.mentions[0]
    return (0 if first.field == "title" else 1, first.start)
