"""Scoring and printing for ``bench/quotes_eval.py``: each system's predictions tallied
against the gold spans of one split (:func:`evaluate` into a :class:`Tally`), and the
printed table (:func:`report`) with its optional lists (misses, wrong mentions, miss causes).

Nothing here imports newswire: the predictions come as JSON records from the children that
ran each source tree.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from quotes_gold import (
    KINDS,
    Gold,
    Pred,
    Resolved,
    Score,
    articles,
    clause_golds,
    gold_of,
    holds_quote,
    load_resolved,
    miss_cause,
    parse_ann,
    score,
    source_form,
)

__all__ = ["SPLIT_ROLE", "Tally", "evaluate", "miss_causes", "report", "show_misses",
           "show_wrong_mentions"]

SPLIT_ROLE = {"train": "tuning", "dev": "check"}


class Tally:
    """Scores of one system on one split, and its time."""

    def __init__(self) -> None:
        # every: reported speech against every PolNeAR attribution, beliefs and stances too
        self.direct, self.indirect, self.every = Score(), Score(), Score()
        self.indirect_before = Score()  # reported speech by the gold list before recall20
        # reported clauses holding a quote against the whole content of partial-quote golds
        self.clauses = Score()
        self.by_cue_kind: dict[str, Score] = {}  # every attribution, one cue kind's predictions
        self.times = [0.0, 0.0, 0.0]
        self.articles = self.tokens = 0
        self.entities: dict[str, dict[str, str]] = {}  # article -> entity name -> type


def evaluate(data: Path, split: str, runs: dict[str, list[dict[str, Any]]],
             resolved_files: list[Path]) -> dict[str, Tally]:
    """Score every system's predictions on ``split`` against the same gold spans."""
    resolved = load_resolved(resolved_files)
    anns = {text.stem: ann for text, ann in articles(data, split)}
    # Gold speech is chosen with lemmas of the first system's parse (newswire's).
    lemmas = {r["article"]: r["lemmas"] for r in next(iter(runs.values()))}
    tallies = {name: Tally() for name in runs}
    for name, records in runs.items():
        tally = tallies[name]
        for record in records:
            stem = record["article"]
            text = (data / split / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            golds = gold_of(text, lemmas[stem], parse_ann(anns[stem]))
            mine = {key[2]: value for key, value in resolved.items()
                    if key[:2] == (stem, record["ann"])}
            preds = [_pred(p) for p in record["preds"]]
            kinds = [p.get("cue_kind", "speech") for p in record["preds"]]
            speech = [p for p, kind in zip(preds, kinds, strict=True) if kind == "speech"]
            aside = _clauses_of_partials(text, golds, speech, tally.clauses)
            kept = [(p, k) for p, k in zip(preds, kinds, strict=True) if id(p) not in aside]
            preds, kinds = [p for p, _ in kept], [k for _, k in kept]
            speech = [p for p in speech if id(p) not in aside]
            for wanted, result in ((True, tally.direct), (False, tally.indirect)):
                score(text, [g for g in golds if g.direct is wanted],
                      [p for p in speech if p.direct is wanted], result, mine, stem)
            before = gold_of(text, lemmas[stem], parse_ann(anns[stem]), before=True)
            score(text, [g for g in before if not g.direct], [p for p in speech if not p.direct],
                  tally.indirect_before)
            every = [g for g in gold_of(text, lemmas[stem], parse_ann(anns[stem]), every=True)
                     if not g.direct]
            score(text, every, [p for p in preds if not p.direct], tally.every)
            for kind in set(kinds):
                score(text, every, [p for p, k in zip(preds, kinds, strict=True)
                                    if k == kind and not p.direct],
                      tally.by_cue_kind.setdefault(kind, Score()))
            tally.times = [a + b for a, b in zip(tally.times, record["times"], strict=True)]
            tally.articles += 1
            tally.tokens += record["tokens"]
            tally.entities[stem] = dict(record.get("entities", []))
    return tallies


def _clauses_of_partials(text: str, golds: list[Gold], speech: list[Pred],
                         result: Score) -> set[int]:
    """Score the reported clauses that hold a quotation (README, *Quotes*: the clause around
    a partial quote, the partial quote a quote of its own) against the whole content of the
    partial-quote attributions PolNeAR marks, into ``result``; the ids of the matched ones,
    which the reported rows set aside: PolNeAR counts such a clause as the one attribution
    its partial quote is scored for, so it is neither a second hit nor a false one there.  A
    clause matching no such content stays in the reported rows."""
    holding = [p for p in speech if not p.direct and holds_quote(text, p.span)]
    matched = score(text, clause_golds(text, golds), holding, result)
    return {id(holding[i]) for i in matched}


def _pred(raw: dict[str, Any]) -> Pred:
    mention = raw["mention"]
    return Pred((raw["span"][0], raw["span"][1]), raw["direct"], raw["speaker"],
                (mention[0], mention[1]) if mention else None, raw["mention_text"],
                raw["speaker_kind"])


def report(split: str, tallies: dict[str, Tally], resolved_files: list[Path],
           part: str | None = None) -> None:
    """Print one split's table: spans, mentions, referents, kinds and speed per system."""
    first = next(iter(tallies.values()))
    role = SPLIT_ROLE.get(split, split) + (f", parts {part}" if part else "")
    print(f"\nPolNeAR {split} ({role}): {first.articles} articles, {first.tokens} tokens")
    print(f"{'':29} {'gold':>5} {'pred':>5}   P     R     F1   exact | mention right | "
          "right referent (none/wrong)")
    for label, pick in (("direct/partial", "direct"), ("reported", "indirect"),
                        ("reported (gold 19)", "indirect_before"), ("reported (all)", "every"),
                        ("partial's clause", "clauses")):
        for name, tally in tallies.items():
            s: Score = getattr(tally, pick)
            p, r, f1 = s.f1()
            print(f"{label + ' ' + name:29} {s.gold:5d} {s.pred:5d} {p:.3f} {r:.3f} {f1:.3f} "
                  f"{s.exact_f1():.3f} | {_share(s.mention_right, s.mention_pairs)} | "
                  f"{_referent(s)}")
    for name, tally in tallies.items():
        shares = "  ".join(f"{kind} {_share(s.matched, s.pred)}"
                           for kind, s in sorted(tally.by_cue_kind.items()))
        print(f"  precision by cue kind, against every attribution, {name}: {shares}")
    names = ", ".join(p.name for p in resolved_files) or "none"
    print(f"right referent, direct/partial and reported together (resolved files: {names}):")
    for name, tally in tallies.items():
        both = _merged(tally.direct, tally.indirect)
        kinds = "  ".join(f"{k} {_shares(*both.by_kind[k])}" for k in KINDS if k in both.by_kind)
        fair = _share(both.referent_fair, both.referent_pairs)
        print(f"  {name:10} {_referent(both)}   fair {fair}\n"
              f"  {'':10} by kind (strict/fair): {kinds}")
    for name, tally in tallies.items():
        spacy_t, ent_t, quote_t = (1000 * t / max(tally.articles, 1) for t in tally.times)
        print(f"  speed {name:10} spaCy {spacy_t:.1f} ms, entities {ent_t:.1f} ms, quotes "
              f"{quote_t:.1f} ms per article = {100 * quote_t / (spacy_t + ent_t + quote_t):.1f}"
              f"% of the NLP time ({100 * quote_t / max(spacy_t, 1e-9):.1f}% of spaCy)")


def show_misses(tally: Tally) -> None:
    """Every attribution whose referent newswire got wrong: the source and what it said."""
    for label, s in (("quote", tally.direct), ("reported", tally.indirect)):
        for article, p, g, resolved, fair in s.misses:
            print(f"  MISS{' (fair ok)' if fair else ''} {label} {article[:40]} {g.eid} "
                  f"{resolved.kind}: want {'; '.join(resolved.referents)!r} got {p.speaker!r} "
                  f"({p.speaker_kind}), mention {p.mention_text!r}, source {g.source_text!r}")


def show_wrong_mentions(tally: Tally) -> None:
    """Every direct/partial quote whose speaker mention misses the annotated source."""
    for article, p, g, around in tally.direct.mention_misses:
        kind = "NONE" if p.mention is None and not p.speaker else "WRONG"
        print(f"  {kind} {article[:40]} {g.eid}: source {g.source_text!r} mention "
              f"{p.mention_text!r} speaker {p.speaker!r}\n      | {around}")


def miss_causes(tally: Tally) -> None:
    """The fair misses counted by kind of source and cause class, never listed one by one."""
    causes: Counter[tuple[str, str, str]] = Counter()
    for s in (tally.direct, tally.indirect):
        for article, p, g, resolved, fair in s.misses:
            if not fair:
                found = _entity_found(resolved, tally.entities.get(article, {}))
                causes[(resolved.kind, source_form(g.source_text),
                        miss_cause(p, g) + found)] += 1
    forms: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    for s in (tally.direct, tally.indirect):
        for key, (fair, total) in s.by_form.items():
            forms[key] += fair
            totals[key] += total
    print("  fairly right by kind of source and form of its words:")
    for key, total in totals.most_common():
        print(f"    {key[0]:12} {key[1]:12} {_share(forms[key], total)}")
    print("  fair misses by kind of source, form of the source words, cause:")
    for (kind, form, cause), n in causes.most_common():
        print(f"    {n:4d}  {kind:12} {form:12} {cause}")


def _entity_found(resolved: Resolved, entities: dict[str, str]) -> str:
    """Whether the entities stage found the wanted person or organisation, and as what."""
    if resolved.kind not in ("person", "organization"):
        return ""
    names = {n.lower() for n in (*resolved.referents, *resolved.also)}
    types = {kind for name, kind in entities.items() if name.lower() in names}
    if not types:
        return "; wanted is no entity"
    wanted = "PERSON" if resolved.kind == "person" else "ORG"
    return "" if wanted in types else f"; wanted typed {'/'.join(sorted(types))}"


def _merged(a: Score, b: Score) -> Score:
    merged = Score(referent_pairs=a.referent_pairs + b.referent_pairs,
                   referent_right=a.referent_right + b.referent_right,
                   referent_fair=a.referent_fair + b.referent_fair,
                   no_speaker=a.no_speaker + b.no_speaker)
    for kind in {*a.by_kind, *b.by_kind}:
        x, y = a.by_kind.get(kind, [0, 0, 0]), b.by_kind.get(kind, [0, 0, 0])
        merged.by_kind[kind] = [i + j for i, j in zip(x, y, strict=True)]
    return merged


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f} of {total:4d}" if total else "  -   of    0"


def _shares(right: int, fair: int, total: int) -> str:
    return f"{right / total:.3f}/{fair / total:.3f} of {total}" if total else "- of 0"


def _referent(s: Score) -> str:
    if not s.referent_pairs:
        return "no resolved attributions"
    wrong = s.referent_pairs - s.referent_right - s.no_speaker
    return f"{_share(s.referent_right, s.referent_pairs)} ({s.no_speaker}/{wrong})"
