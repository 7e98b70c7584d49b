"""Grouping an article's mentions into entities
(:class:`~newswire.nlp.entities.clustering.clusters.Cluster`).

Mentions group by normalised text (and the shipped alias table); then acronyms join the
long form whose initials they are, and a surname joins the one full name it ends. A common
word the model took into a person's name (``Team Clinton``) is dropped first.
"""

from __future__ import annotations

from collections.abc import Mapping

from newswire.nlp.entities.clustering.clusters import Cluster
from newswire.nlp.entities.geography.towns import body_towns
from newswire.nlp.entities.organisations.clubs import nickname
from newswire.nlp.entities.people.doublebarrelled import is_double_barrelled
from newswire.nlp.entities.spans.mentions import Mention
from newswire.nlp.entities.words.aliases import initials, is_acronym, table
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import is_any_first_name, is_first_name
from newswire.nlp.entities.words.francophone_first_names import francophone_gender
from newswire.nlp.entities.words.names import is_corporate, is_particle, normalise, words
from newswire.nlp.entities.words.namewords import not_a_person

__all__ = ["group", "person_surnames"]


def group(mentions: list[Mention], defined: Mapping[str, str] | None = None) -> list[Cluster]:
    """Mentions grouped by normalised name, an acronym the article defines (acronym ->
    name, normalised) with its name; then acronyms and surnames joined to full names."""
    by_key: dict[str, Cluster] = {}
    mentions = _drop_leading_words(mentions)
    named = [words(m.text) for m in mentions if m.label == "PERSON" and not m.shaky]
    surnames = person_surnames(mentions)
    full = frozenset(normalise(" ".join(parts)) for parts in named if len(parts) >= 2)
    towns = body_towns(mentions)
    for mention in sorted(mentions, key=lambda m: m.order):
        written = normalise(mention.text)
        written = (defined or {}).get(written, written)
        known = table().aliases.get(written)
        key = normalise(known.name) if known else written
        cluster = by_key.setdefault(key, Cluster(key, known=known, person_surnames=surnames,
                                                 full_names=full, body_towns=towns))
        cluster.mentions.append(mention)
    joined = _join_shortened_organisations(
        _join_short_company_names(_join_acronyms(list(by_key.values()))))
    return _join_nicknames(_join_surnames(joined))


def person_surnames(mentions: list[Mention]) -> frozenset[str]:
    """Last words (casefolded) of the names the model read as a person's, outside capitals."""
    named = [words(m.text) for m in mentions if m.label == "PERSON" and not m.shaky]
    return frozenset(parts[-1].casefold() for parts in named if parts)


def _drop_leading_words(mentions: list[Mention]) -> list[Mention]:
    """Words before a person's full name written elsewhere are no part of it.

    "Billionaire Donald Trump", "DL Myles Garrett" and a headline's "Kill Trayvon Martin"
    become the full name the article also writes on its own; "Team Clinton" and "Neither
    Cruz" (a word usually written in lower case, no first name) become the surname of a
    full name the article writes, so they join that person.
    """
    # A surname with its particle ("the Mac Donncha family") is no full name.
    full = {m.text for m in mentions if m.label == "PERSON" and not m.shaky
            and len(parts := words(m.text)) >= 2 and not is_particle(parts[0])}
    surnames = {n.split(" ")[-1] for n in full if not _common_first(n)}
    kept = []
    for mention in mentions:
        parts = mention.text.split(" ")
        if mention.label == "PERSON" or mention.shaky:
            for i in range(1, len(parts)):
                tail = " ".join(parts[i:])
                if (tail in full and not _given_name(parts[0])) or (
                        tail in surnames and all(map(_is_common, parts[:i]))):
                    mention.start = mention.end - len(tail)
                    mention.text = tail
                    break
        kept.append(mention)
    return kept


def _given_name(word: str) -> bool:
    """A first name no English writes in lower case, before a surname of two words the
    article also writes alone: ``Jean-Pierre`` of ``Jean-Pierre Mbarga Essomba`` (``M.
    Mbarga Essomba``), ``Ousmane`` of ``Ousmane Ba Thiombane`` is the person's own."""
    first = word.split("-", 1)[0]
    return first.casefold() not in casing().lower and (
        is_any_first_name(first) or francophone_gender(first) is not None)


def _common_first(name: str) -> bool:
    return _is_common(name.split(" ", 1)[0])


def _is_common(word: str) -> bool:
    """A word English usually writes in lower case ("Team", "Neither"), not a first name
    ("Bill"), a surname's particle ("van der Sar", "De Kock") nor an initial."""
    key = word.rstrip(".").casefold()
    return (len(key) > 1 and key in casing().lower and not is_first_name(key)
            and not is_particle(key))


def _fullest_first(clusters: list[Cluster]) -> list[tuple[Cluster, list[str]]]:
    # Fullest names first, so a short name is joined only to a cluster that is kept.
    named = [(c, [w.casefold() for w in words(c.longest())]) for c in clusters]
    return sorted(named, key=lambda pair: -len(pair[1]))


def _join_acronyms(clusters: list[Cluster]) -> list[Cluster]:
    """An acronym joins the one long form whose initials it is: "IMF" -> "International ..."."""
    kept: list[Cluster] = []
    by_initials: dict[str, list[Cluster]] = {}
    for cluster, parts in _fullest_first(clusters):
        name = cluster.name()
        if not cluster.known and is_acronym(name):
            targets = by_initials.get(name.replace(".", "").upper(), [])
            if len(targets) == 1:
                _merge(targets[0], cluster)
                continue
        kept.append(cluster)
        # People's initials ("DM") are more often something else than the person.
        if len(parts) >= 2 and cluster.type() != "PERSON":
            for spelled in {initials(name), initials(name, small_words=True)}:
                by_initials.setdefault(spelled, []).append(cluster)
    return kept


def _join_short_company_names(clusters: list[Cluster]) -> list[Cluster]:
    """A one-word name joins the one company whose legal name it opens: "Loblaw" ->
    "Loblaw Companies Ltd.", whatever type the model gave the short mentions."""
    companies: dict[str, list[Cluster]] = {}
    for cluster, parts in _fullest_first(clusters):
        if len(parts) >= 2 and is_corporate(cluster.longest()):
            companies.setdefault(parts[0], []).append(cluster)
    kept: list[Cluster] = []
    for cluster, parts in _fullest_first(clusters):
        short = len(parts) == 1 and not cluster.known and _may_be_company(cluster)
        targets = companies.get(parts[0], []) if short else []
        if len(targets) == 1:
            _merge(targets[0], cluster)
            continue
        kept.append(cluster)
    return kept


#: Heads whose shorter name is often a body of its own, not the fuller one shortened:
#: ``Democratic Party`` beside ``Social Democratic Party``, ``Bank of Canada`` beside ``Royal
#: Bank of Canada``, ``Supreme Court`` beside a state's.
_OWN_BODY_HEADS = frozenset(("party", "parties", "court", "bank", "union", "church", "congress",
                             "parliament", "government", "assembly", "senate", "league"))


def _join_shortened_organisations(clusters: list[Cluster]) -> list[Cluster]:
    """An organisation's name of two words or more, first written after the one fuller
    organisation name it ends, joins it: ``the Riverton Harbour Authority`` then ``the
    Harbour Authority`` is one body; never a name whose head often names a body of its own
    (``Democratic Party`` after ``Social Democratic Party``)."""
    fuller: list[tuple[Cluster, list[str]]] = []
    kept: list[Cluster] = []
    for cluster, parts in _fullest_first(clusters):
        organisation = len(parts) >= 2 and cluster.type() == "ORG"
        targets = [c for c, full in fuller if len(full) > len(parts)
                   and full[-len(parts):] == parts and _first(c) < _first(cluster)] \
            if organisation and not cluster.known and _name_head(parts) not in \
            _OWN_BODY_HEADS else []
        if len(targets) == 1:
            _merge(targets[0], cluster)
            continue
        kept.append(cluster)
        if organisation:
            fuller.append((cluster, parts))
    return kept


def _name_head(parts: list[str]) -> str:
    """A name's head word: the one before its first ``of``/``for``, else its last."""
    cut = next((i for i, w in enumerate(parts) if w in ("of", "for") and i > 0), len(parts))
    return parts[cut - 1]


def _first(cluster: Cluster) -> tuple[int, int]:
    return min(m.order for m in cluster.mentions)


def _may_be_company(cluster: Cluster) -> bool:
    """A place ("Canada" before "Canada Mortgage and Housing Corporation") is no company's
    short name: neither one the gazetteer knows nor one the model calls a place."""
    return (normalise(cluster.longest()) not in table().places
            and cluster.voted() not in ("GPE", "LOC", "NORP"))


def _join_surnames(clusters: list[Cluster]) -> list[Cluster]:
    """A partial name joins the one full name it ends: "Stoltenberg" -> "Jens Stoltenberg";
    a lone first name joins the one full name it opens ("Hillary" -> "Hillary Clinton");
    a surname the words around call a person joins the one full name the model mistyped.
    Neither joins when the word is in two persons' names ("Scott" beside Scott Walker and
    Tim Scott)."""
    kept: list[Cluster] = []
    persons: dict[str, list[tuple[Cluster, list[str]]]] = {}  # surname -> full names
    firsts: dict[str, list[Cluster]] = {}  # first name -> full names
    mistyped: dict[str, list[Cluster]] = {}  # surname -> full names typed otherwise
    for cluster, parts in _fullest_first(clusters):
        if not parts:
            kept.append(cluster)
            continue
        if not cluster.known and len(parts) <= 2 and _may_be_person(cluster):
            targets = {id(c): c for c, full in persons.get(parts[-1], [])
                       if len(full) > len(parts) and set(parts) <= set(full)}
            if len(parts) == 1:
                targets |= {id(c): c for c in firsts.get(parts[0], [])}
                if not targets and cluster.type() == "PERSON":
                    targets = {id(c): c for c in mistyped.get(parts[0], [])
                               if _person_together(c, cluster)}
            if len(targets) == 1:
                _merge(next(iter(targets.values())), cluster)
                continue
        kept.append(cluster)
        if len(parts) >= 2 and cluster.type() == "PERSON":
            persons.setdefault(parts[-1], []).append((cluster, parts))
            firsts.setdefault(parts[0], []).append(cluster)
        elif _may_be_full_name(cluster):
            mistyped.setdefault(parts[-1], []).append(cluster)
    return kept


def _person_together(full: Cluster, surname: Cluster) -> bool:
    """Whether the full name and its surname, together, are a person (the cues around the
    surname outweigh the model's vote on the full name)."""
    together = Cluster(full.key, [*full.mentions, *surname.mentions], full.known,
                       full.person_surnames, full.full_names)
    return together.type() == "PERSON"


def _may_be_full_name(cluster: Cluster) -> bool:
    """Two or three capitalised words the model typed otherwise, with no organisation's or
    place's last word ("Nazem Kadri" read as an organisation; a double-barrelled surname
    too, "Gaétan Roussel-Mbeki"): the surname alone, a person by the words around it
    ("Kadri said he"), makes the whole name a person's."""
    written = cluster.longest()
    parts = written.split(" ")
    return not cluster.known and 2 <= len(parts) <= 3 and not not_a_person(parts) \
        and all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts[:-1]) \
        and ((parts[-1][1:].islower() and parts[-1].isalpha()) or is_double_barrelled(parts[-1])) \
        and normalise(written) not in table().places and cluster.voted() in ("ORG", "FAC")


def _join_nicknames(clusters: list[Cluster]) -> list[Cluster]:
    """A club's nickname alone ("the Canadiens") joins the one club of the article named by
    its city and that nickname ("Montreal Canadiens", :mod:`.clubs`)."""
    clubs: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        if (short := nickname(cluster.longest())) and cluster.type() == "ORG":
            clubs.setdefault(normalise(short), []).append(cluster)
    if not clubs:
        return clusters
    kept = []
    for cluster in clusters:
        targets = clubs.get(cluster.key, [])
        if len(targets) == 1 and not cluster.known:
            _merge(targets[0], cluster)
            continue
        kept.append(cluster)
    return kept


def _merge(target: Cluster, source: Cluster) -> None:
    target.mentions.extend(source.mentions)
    target.mentions.sort(key=lambda m: m.order)


def _may_be_person(cluster: Cluster) -> bool:
    """A well-known place name joins a person only when the model called it a person."""
    if normalise(cluster.longest()) not in table().places:
        return True
    return cluster.voted() == "PERSON"
