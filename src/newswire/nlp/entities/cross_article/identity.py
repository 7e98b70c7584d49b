"""Who a name is across articles: the registry's records read as identities.

The registry keeps one record per ``entity_id`` (type and full name). Read as identities:

* **one name, one type.** Records of one normalised name under several types ("Donald
  Trump" as PERSON in most articles, ORG in a few; "TRUMP" in a headline) are one identity,
  of the type most of its articles gave it.
* **partial names.** A one-word person ("Hillary", "Clinton") is the full name whose first
  or last word it is, when one full name clearly leads the registry: in at least
  :data:`LINK_MIN_ARTICLES` articles and :data:`LINK_DOMINANCE` times as many as the next
  ("Clinton" never becomes Hillary while Bill Clinton is about as frequent). A one-word
  person that shared its word with another person of its article ("Clinton" beside Bill
  and Hillary Clinton) is not linked in that article, and its record is never joined to a
  full name while one of those other persons is in the registry: a name of capitalised
  words, or one seen in at least :data:`LINK_MIN_ARTICLES` articles (a misread headline,
  "Hillary Releasing", is neither).

:func:`knowledge` condenses records into the :class:`Knowledge` the worker hands to the
pipeline (as it hands learned templates), so articles enriched later carry the majority
type and the full name; :func:`resolve` applies it to one article's names. Pure functions
over plain values: no Kafka, no spaCy.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from newswire.models import EntityType
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.names import normalise, words

if TYPE_CHECKING:
    from newswire.nlp.entities.cross_article.registry import Record

__all__ = [
    "EMPTY", "LINK_DOMINANCE", "LINK_MIN_ARTICLES", "TYPE_MIN_ARTICLES", "TYPE_MIN_SHARE",
    "Identity", "Knowledge", "folded", "identities", "knowledge", "links", "looks_like_a_name",
    "name_words", "person_words", "resolve", "sharing",
]

#: Articles an identity needs before its majority type overrules the model's in an article.
TYPE_MIN_ARTICLES = 3
#: Share of its articles the majority type needs to overrule the model.
TYPE_MIN_SHARE = 0.6
#: Articles a full name needs before a partial name may stand for it.
LINK_MIN_ARTICLES = 2
#: How many times as many articles as the next candidate the linked full name needs.
LINK_DOMINANCE = 3.0
#: Words that end a name without being its surname.
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@dataclass(frozen=True)
class Knowledge:
    """What extraction may take from the registry: types by name, full names by word."""

    types: Mapping[str, EntityType] = field(default_factory=dict)
    full_names: Mapping[str, str] = field(default_factory=dict)

    def type_of(self, name: str) -> EntityType | None:
        """The majority type of ``name`` across articles, when the registry is sure of it."""
        return self.types.get(normalise(name))

    def full_name(self, word: str) -> str | None:
        """The one full name a one-word person ``word`` stands for, if the registry has one."""
        return self.full_names.get(normalise(word))


EMPTY = Knowledge()


def name_words(name: str) -> tuple[str, str] | None:
    """The first and last word of a full name (a suffix such as "Jr." skipped), normalised;
    None for a name of one word."""
    parts = normalise(name).split()
    while len(parts) > 2 and parts[-1] in _SUFFIXES:
        parts.pop()
    return (parts[0], parts[-1]) if len(parts) >= 2 else None


def sharing(name: str, persons: Iterable[str]) -> list[str]:
    """The persons of an article (normalised) whose first or last word is the one-word
    ``name``; empty for a longer name."""
    key = normalise(name)
    if " " in key:
        return []
    return sorted({normalise(p) for p in persons if (ends := name_words(p)) and key in ends})


def person_words(persons: Iterable[str]) -> set[str]:
    """First and last words of an article's persons with a full name: a one-word person
    whose word is among them is not to be linked through the registry."""
    return {word for name in persons if (ends := name_words(name)) for word in ends}


def resolve(entities: Sequence[tuple[str, EntityType]], known: Knowledge
            ) -> list[tuple[str, EntityType]]:
    """Each ``(name, type)`` of one article as the registry knows it: majority type, and a
    one-word person's full name when it is unambiguous in the article and the registry."""
    typed = [(name, known.type_of(name) or type_) for name, type_ in entities]
    taken = person_words(name for name, type_ in typed if type_ == "PERSON")
    resolved = []
    for name, type_ in typed:
        if (type_ == "PERSON" and len(words(name)) == 1 and normalise(name) not in taken
                and (full := known.full_name(name))):
            resolved.append((full, known.type_of(full) or type_))
        else:
            resolved.append((name, type_))
    return resolved


@dataclass
class Identity:
    """Records of one normalised name, whatever their type, added up."""

    key: str
    records: list[Record] = field(default_factory=list)
    joined: list[Record] = field(default_factory=list)  # one-word persons that stand for it

    def articles(self) -> int:
        """Articles over all records (an article counted under two types counts twice)."""
        return sum(r["articles"] for r in self.records)

    def type(self) -> EntityType:
        """The type most of its articles gave it; among equals, the one with more mentions,
        then the first in alphabetical order. Never the first seen: the worker's table and
        its changelog hold the same records in different orders and must agree."""
        votes: Counter[tuple[str, str]] = Counter()
        for current in self.records:
            votes[current["type"], "articles"] += current["articles"]
            votes[current["type"], "mentions"] += current["mentions"]
        types = {type_ for type_, _ in votes}
        return cast(EntityType, min(types, key=lambda t: (
            -votes[t, "articles"], -votes[t, "mentions"], t)))

    def name(self) -> str:
        """The spelling most of its articles used, capitals last ("Trump" before "TRUMP")."""
        names: Counter[str] = Counter()
        for current in self.records:
            names.update(current["names"])
        return max(names, key=lambda n: (not n.isupper(), names[n], n))

    def shared_with(self) -> set[str]:
        """The persons (normalised names) that had this one-word name's word in one of its
        articles."""
        return {name for r in self.records for name in r.get("shared_with", {})}


def identities(records: Iterable[Record]) -> dict[str, Identity]:
    """Records grouped by normalised name (case, accents and quotes folded)."""
    grouped: dict[str, Identity] = {}
    for current in records:
        key = normalise(current["name"])
        grouped.setdefault(key, Identity(key)).records.append(current)
    return grouped


def links(grouped: Mapping[str, Identity]) -> dict[str, str]:
    """One-word key -> the key of the full name it stands for, where one clearly leads."""
    candidates: dict[str, Counter[str]] = defaultdict(Counter)
    for key, identity in grouped.items():
        if identity.type() == "PERSON" and (ends := name_words(identity.name())):
            for word in set(ends):
                candidates[word][key] += identity.articles()
    linked = {}
    for word, counts in candidates.items():
        ranked = counts.most_common(2)
        best_key, best = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if best >= LINK_MIN_ARTICLES and best >= LINK_DOMINANCE * runner_up:
            linked[word] = best_key
    return linked


def knowledge(records: Iterable[Record]) -> Knowledge:
    """What extraction may take from ``records``: sure types, and partial names' full names.

    A name's type is voted by the articles of its records and by the articles in which it
    was another spelling of an entity ("Trump" in articles about Donald Trump).
    """
    grouped = identities(records)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for key, identity in grouped.items():
        for current in identity.records:
            votes[key][current["type"]] += current["articles"]
            for alias, count in current["aliases"].items():
                votes[normalise(alias)][current["type"]] += count
    types: dict[str, EntityType] = {}
    for key, counted in votes.items():
        kind, count = counted.most_common(1)[0]
        total = sum(counted.values())
        if total >= TYPE_MIN_ARTICLES and count >= TYPE_MIN_SHARE * total:
            types[key] = cast(EntityType, kind)
    full_names = {word: grouped[key].name() for word, key in links(grouped).items()
                  if types.get(word, "PERSON") == "PERSON"}
    return Knowledge(types, full_names)


def folded(records: Iterable[Record]) -> list[Identity]:
    """Records as identities, each one-word person joined to the full name it stands for
    when one clearly leads and the word never named two people in one of its articles."""
    grouped = identities(records)
    linked = links(grouped)
    for key, identity in list(grouped.items()):
        target = linked.get(key)
        if (target and target != key and " " not in key and identity.type() == "PERSON"
                and not _blockers(identity, target, grouped)):
            grouped[target].joined.extend(identity.records)
            del grouped[key]
    return list(grouped.values())


def _blockers(identity: Identity, target: str, grouped: Mapping[str, Identity]) -> list[str]:
    """Persons of the registry that shared the word in one of ``identity``'s articles."""
    blockers = []
    for name in identity.shared_with() - {target}:
        other = grouped.get(name)
        if other and other.type() == "PERSON" and (
                other.articles() >= LINK_MIN_ARTICLES or looks_like_a_name(other.name())):
            blockers.append(name)
    return blockers


def looks_like_a_name(name: str) -> bool:
    """Whether no word of ``name`` is one English usually writes in lower case: "Bill
    Clinton" is a name, "Hillary Releasing" (a headline read as a name) is not."""
    lower = casing().lower
    return not any(w.casefold() in lower for w in words(name)[1:])
