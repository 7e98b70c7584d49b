"""The entity registry after N political articles: how many persons, how many fragments.

Usage: ``python bench/registry_eval.py [--limit 150] [--split train]``

PolNeAR articles (first line the title, sorted by file name, ``published_at`` from the file
name) go through :class:`Pipeline` in batches of 16, as in the worker; after each batch
their entities are written into a registry (pure functions, no Kafka), and the next batch
gets the registry's knowledge (majority types, full names of partial names) as the worker
hands it over. Printed, for the records (one per type and name) and for the identities that
``newswire entities top`` lists:

* distinct PERSON entries;
* fragments: one-word PERSON entries whose word is the first or last word of another
  PERSON entry ("Hillary" beside "Hillary Clinton");
* names under more than one type ("Donald Trump" as PERSON and ORG).

The baseline, in the same run, is the same pipeline without the registry's knowledge,
its records listed one per ``entity_id`` as before this issue.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from machine import describe
from newswire.models import EnrichedArticle, RawArticle
from newswire.nlp.entities.cross_article import identity, registry
from newswire.nlp.entities.words.names import normalise, words
from newswire.nlp.pipeline import Job, Pipeline

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"
BATCH = 16


def articles(split: str, limit: int) -> list[RawArticle]:
    """The first ``limit`` articles of the split, dated by their file name."""
    raws = []
    for path in sorted((POLNEAR / split / "text").glob("*.txt"))[:limit]:
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        day = path.stem.split("_")[1]
        raws.append(RawArticle(id=path.stem, source=path.stem.split("_")[0], title=title.strip(),
                               text=body, published_at=datetime.fromisoformat(day + "T12:00Z")))
    return raws


def replay(pipeline: Pipeline, raws: list[RawArticle], knowing: bool) -> dict[str, registry.Record]:
    """The registry after enriching ``raws`` batch by batch, with or without its knowledge."""
    records: dict[str, registry.Record] = {}
    for first in range(0, len(raws), BATCH):
        known = identity.knowledge(records.values()) if knowing else None
        jobs = [Job(raw, known=known) for raw in raws[first:first + BATCH]]
        for result in pipeline.enrich_batch(jobs):
            if isinstance(result, EnrichedArticle):
                at = result.published_at or result.processed_at
                records.update(registry.updates(records.get, result.entities, result.id, at))
    return records


def fragments(names: list[str]) -> list[str]:
    """One-word names that are the first or last word of another name in ``names``."""
    ends = identity.person_words(names)
    return sorted(n for n in names if len(words(n)) == 1 and normalise(n) in ends)


def describe_registry(label: str, records: dict[str, registry.Record], fold: bool) -> None:
    """Print the figures of one registry, as records or as identities."""
    types: dict[str, set[str]] = defaultdict(set)
    for current in records.values():
        types[normalise(current["name"])].add(current["type"])
    if fold:
        rows = registry.top(records.values(), datetime.now(UTC), since=timedelta(days=100 * 365),
                            type_="PERSON", limit=100_000)
        persons = [(r["name"], r["count"]) for r in rows]
    else:
        persons = sorted(((r["name"], r["articles"]) for r in records.values()
                          if r["type"] == "PERSON"), key=lambda p: -p[1])
    names = [name for name, _ in persons]
    split = fragments(names)
    mixed = sum(1 for kinds in types.values() if len(kinds) > 1)
    print(f"\n{label}")
    print(f"  PERSON entries: {len(names)} | fragments of another entry: {len(split)} "
          f"| names whose records disagree on type: {mixed}"
          f"{' (one row each, of the majority type)' if fold else ''}")
    print(f"  most frequent: {', '.join(f'{n} ({c})' for n, c in persons[:8])}")
    print(f"  fragments: {', '.join(split[:15])}{' ...' if len(split) > 15 else ''}")
    if fold:
        print(f"  why each stays apart: {'; '.join(_why(records, name) for name in split)}")


def _why(records: dict[str, registry.Record], name: str) -> str:
    """Why a one-word person was not joined to a full name: who shared its word, or none
    leads."""
    grouped = identity.identities(records.values())
    fragment = grouped[normalise(name)]
    target = identity.links(grouped).get(normalise(name))
    if target is None:
        return f"{name}: no full name leads"
    others = sorted(fragment.shared_with() - {target})
    return f"{name}: beside {', '.join(others[:2]) or '?'} (leader {target})"


def main() -> None:
    """Print the registry figures with and without the registry's knowledge."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    args = parser.parse_args()
    pipeline = Pipeline()
    raws = articles(args.split, args.limit)
    print(f"{describe()} | PolNeAR {args.split}, {len(raws)} articles, batches of {BATCH}")
    baseline = replay(pipeline, raws, knowing=False)
    describe_registry("baseline: no knowledge handed back, one entry per record", baseline,
                      fold=False)
    knowing = replay(pipeline, raws, knowing=True)
    describe_registry("newswire: knowledge handed back, records read as identities "
                      "(what `entities top` lists)", knowing, fold=True)


if __name__ == "__main__":
    main()
