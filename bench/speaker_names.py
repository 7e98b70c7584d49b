"""Why a quote's person goes wrong on the entities side: of the fresh gold quotes whose
speaker is a person and whose predicted speaker is wrong or missing, was the person's name
ever recognised as a PERSON entity by newswire (and what did the model read there)?

Tuning sets only: every id is checked against the tuning halves before anything is read, and
``--show`` prints each miss with its cause. English articles only (French are skipped).

    .venv/bin/python bench/speaker_names.py --articles vxy-tune,pt-tune --show
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from typing import Any

from fresh_eval import DATA, HALVES, chosen, person_key, verdicts

#: The English tuning articles (read in earlier rounds or made tuning halves; zc-tune from
#: round nineteen): a-g whole, then the tuning halves. French articles among them are
#: skipped by language.
_TUNING_SETS = ("a", "b", "c", "d", "e", "f", "g", *(p for half in (
    "hi-tune", "jk-tune", "m-tune", "pt-tune", "vxy-tune", "zc-tune") for p in HALVES[half]))
TUNING = frozenset(p.stem for p in DATA.glob("*.txt") if chosen(p.stem, _TUNING_SETS))
#: A gold answer that describes a person rather than names one ("One nurse", "The Premier").
_DESCRIBING = frozenset({"A", "An", "The", "One", "His", "Her", "Their", "Its", "Another",
                         "Two", "Three"})
_PARTICLES = frozenset({"de", "da", "del", "di", "du", "van", "von", "der", "al", "bin", "le"})
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Fr|Cllr)\.?\s+)+")


def tuning_ids(spec: str) -> tuple[str, ...]:
    """The article ids ``spec`` selects, all of them tuning articles (else exit)."""
    prefixes = tuple(q for p in spec.split(",") if p for q in HALVES.get(p, (p,)))
    ids = tuple(p.stem for p in DATA.glob("*.txt") if chosen(p.stem, prefixes))
    if not prefixes or any(i not in TUNING for i in ids):
        sys.exit("only tuning articles may be read here")
    return ids


def bare(name: str) -> str:
    """A gold name without leading honorifics."""
    return _HONORIFIC.sub("", name.strip())


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` is written as whole words."""
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


def cause(row: dict[str, Any], event: Any, raw: dict[str, Any]) -> tuple[str, str]:
    """Why the entities side did or did not give the gold person: (cause, detail)."""
    answers = {person_key(a) for a in [row["referent"], *row.get("also", [])]}
    persons = [e for e in event.entities if e.type == "PERSON"]
    if any(person_key(e.name) in answers for e in persons):
        return "recognised as PERSON", ""
    name = bare(row["referent"])
    parts = name.split()
    if not parts or any(p[:1].islower() and p not in _PARTICLES for p in parts) \
            or parts[0] in _DESCRIBING:
        return "described, no name", ""
    surname = parts[-1] if parts else name
    # A person entity ending with the surname, or holding the gold name's words: cut or merged.
    for e in persons:
        words = e.name.split()
        if words and (words[-1] == surname or set(parts) <= set(words)):
            kind = "cut" if set(words) < set(parts) else "merged/extended" \
                if set(parts) < set(words) else "other form"
            return f"PERSON, {kind}", e.name
    for field in ("body", "title"):
        text = getattr(event, field) or ""
        spans = occurrences(text, name) or occurrences(text, surname)
        for start, end in spans:
            over = [e for e in event.entities for m in e.mentions
                    if m.field == field and m.start < end and start < m.end]
            model = [f"{label}:{t}" for s, e, label, t in raw[field]
                     if s < end and start < e]
            if over:
                e = over[0]
                return f"typed {e.type}", f"{e.name} | model {model}"
            return "no entity", f"model {model}"
    return "name not written", ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", required=True)
    parser.add_argument("--show", action="store_true", help="print each miss (tuning only)")
    args = parser.parse_args()
    ids = tuning_ids(args.articles)
    from newswire.models import RawArticle
    from newswire.nlp.pipeline import Pipeline

    rows = [json.loads(line) for line in (DATA / "speakers.jsonl").open(encoding="utf-8")]
    gold = [r for r in rows if r["article"] in ids]
    pipeline = Pipeline()
    counts: Counter[str] = Counter()
    details: list[str] = []
    for article in sorted(ids):
        event = pipeline.enrich(RawArticle(id=article, text=(DATA / f"{article}.txt").read_text()))
        if event.language != "en":
            continue
        raw = {f: [(e.start_char, e.end_char, e.label_, e.text)
                   for e in pipeline.nlp(getattr(event, f) or "").ents] for f in ("title", "body")}
        found = {article: [{"text": q.text, "speaker": q.speaker} for q in event.quotes]}
        mine = [r for r in gold if r["article"] == article]
        for row, (verdict, quotes) in zip(mine, verdicts(mine, found), strict=True):
            if row["kind"] != "person":
                continue
            counts["person rows"] += 1
            if verdict in ("right", "not found"):
                counts[verdict] += 1
                continue
            why, detail = cause(row, event, raw)
            counts[f"miss: {why}"] += 1
            details.append(f"{article} [{why}] {row['referent']} <- "
                           f"{[q['speaker'] for q in quotes]} {detail} | {row['quote'][:40]!r}")
    for key, n in sorted(counts.items()):
        print(f"  {key:40} {n}")
    if args.show:
        print("\n".join(details))


if __name__ == "__main__":
    main()
