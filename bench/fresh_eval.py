"""Speakers on fresh news nobody tuned on: hand-written articles with the speaker each quote
was written for (``bench/data/fresh/``), sent through the pipeline as a user sends them.

Each gold row names a quote by a few of its words and the speaker it belongs to (a person's
or organisation's fullest name, or the phrase of an unnamed group or document; ``also``:
other answers that point a reader to the same source). A gold quote is *found* when a
quote's text holds those words (or lies inside them); *right* when that quote's speaker is
the referent. Printed beside another source tree (``--baseline-src``) in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from machine import describe

DATA = Path(__file__).resolve().parent / "data" / "fresh"


#: Halves of sets made tuning data: helpers read misses on ``-tune``, confirm on ``-check``.
#: Round ten split e by odd/even id; round thirteen split h+i (``hi-check`` is i8-i14);
#: round fourteen split j+k (``jk-check`` is k8-k11, k14) and, across sets, the French
#: articles (``fr-*``; ``fr-check`` also has its own set, ``bench/data/fresh_fr_check``).
HALVES = {"e-tune": tuple(f"e{i}" for i in range(1, 21, 2)),
          "e-check": tuple(f"e{i}" for i in range(2, 21, 2)),
          "hi-tune": ("h", *(f"i{i}" for i in range(1, 8))),
          "hi-check": tuple(f"i{i}" for i in range(8, 15)),
          "jk-tune": ("j", *(f"k{i}" for i in (1, 2, 3, 4, 5, 6, 7, 12, 13))),
          "jk-check": tuple(f"k{i}" for i in (8, 9, 10, 11, 14)),
          "fr-tune": ("h11", "h12", "k12", "k13"),
          "fr-check": ("i13", "i14", "k14"),
          "m-tune": tuple(f"m{i}" for i in range(1, 15, 2)),
          "m-check": tuple(f"m{i}" for i in range(2, 15, 2)),
          "n-tune": tuple(f"n{i}" for i in range(1, 15, 2)),
          "n-check": tuple(f"n{i}" for i in range(2, 15, 2))}
# Rounds sixteen (p, q, t), seventeen (v, w, x, y), eighteen (za, zb), nineteen (zc, zf),
# twenty (zk, zm), twenty-one (zl, zr), twenty-two (zv, zy), twenty-three (zp, zz),
# twenty-four (zt, zw, zzi), twenty-five (zzj, zzk, zzm), twenty-six (zzo, zzp, zzr),
# twenty-seven (zzt, zzu, zzw), twenty-eight (zzy, zzzb, zzzc), twenty-nine (zzzd, zzzg,
# zzzh) and thirty (zzv, zzzi, zzzj):
# tuning sets split by parity, as m and n.
for _letter in ("p", "q", "t", "v", "w", "x", "y", "za", "zb", "zc", "zf", "zk", "zm", "zl",
                "zr", "zv", "zy", "zp", "zz", "zt", "zw", "zzi", "zzj", "zzk", "zzm", "zzo", "zzp",
                "zzr", "zzt", "zzu", "zzv", "zzw", "zzy", "zzzb", "zzzc", "zzzd", "zzzg", "zzzh",
                "zzzi", "zzzj"):
    HALVES[f"{_letter}-tune"] = tuple(f"{_letter}{i}" for i in range(1, 15, 2))
    HALVES[f"{_letter}-check"] = tuple(f"{_letter}{i}" for i in range(2, 15, 2))
HALVES["mn-tune"] = HALVES["m-tune"] + HALVES["n-tune"]
HALVES["mn-check"] = HALVES["m-check"] + HALVES["n-check"]
HALVES["pt-tune"] = HALVES["p-tune"] + HALVES["t-tune"]
HALVES["pt-check"] = HALVES["p-check"] + HALVES["t-check"]
HALVES["vxy-tune"] = HALVES["v-tune"] + HALVES["x-tune"] + HALVES["y-tune"]
HALVES["vxy-check"] = HALVES["v-check"] + HALVES["x-check"] + HALVES["y-check"]
HALVES["zab-tune"] = HALVES["za-tune"] + HALVES["zb-tune"]
HALVES["zab-check"] = HALVES["za-check"] + HALVES["zb-check"]
HALVES["zcf-tune"] = HALVES["zc-tune"] + HALVES["zf-tune"]
HALVES["zcf-check"] = HALVES["zc-check"] + HALVES["zf-check"]
HALVES["zkm-tune"] = HALVES["zk-tune"] + HALVES["zm-tune"]
HALVES["zkm-check"] = HALVES["zk-check"] + HALVES["zm-check"]
HALVES["zlr-tune"] = HALVES["zl-tune"] + HALVES["zr-tune"]
HALVES["zlr-check"] = HALVES["zl-check"] + HALVES["zr-check"]
HALVES["zvy-tune"] = HALVES["zv-tune"] + HALVES["zy-tune"]
HALVES["zvy-check"] = HALVES["zv-check"] + HALVES["zy-check"]
HALVES["zpzz-tune"] = HALVES["zp-tune"] + HALVES["zz-tune"]
HALVES["zpzz-check"] = HALVES["zp-check"] + HALVES["zz-check"]
HALVES["zwzzi-tune"] = HALVES["zw-tune"] + HALVES["zzi-tune"]
HALVES["zwzzi-check"] = HALVES["zw-check"] + HALVES["zzi-check"]
HALVES["zzjk-tune"] = HALVES["zzj-tune"] + HALVES["zzk-tune"]
HALVES["zzjk-check"] = HALVES["zzj-check"] + HALVES["zzk-check"]
HALVES["zzop-tune"] = HALVES["zzo-tune"] + HALVES["zzp-tune"]
HALVES["zzop-check"] = HALVES["zzo-check"] + HALVES["zzp-check"]
HALVES["zztu-tune"] = HALVES["zzt-tune"] + HALVES["zzu-tune"]
HALVES["zztu-check"] = HALVES["zzt-check"] + HALVES["zzu-check"]
HALVES["zzyc-tune"] = HALVES["zzy-tune"] + HALVES["zzzc-tune"]
HALVES["zzyc-check"] = HALVES["zzy-check"] + HALVES["zzzc-check"]
HALVES["zzzdh-tune"] = HALVES["zzzd-tune"] + HALVES["zzzh-tune"]
HALVES["zzzdh-check"] = HALVES["zzzd-check"] + HALVES["zzzh-check"]
HALVES["zzzij-tune"] = HALVES["zzzi-tune"] + HALVES["zzzj-tune"]
HALVES["zzzij-check"] = HALVES["zzzi-check"] + HALVES["zzzj-check"]


def chosen(article: str, prefixes: tuple[str, ...]) -> bool:
    """Whether an article id is selected by ``--articles``: a set's letters (``e``) take all
    its articles, an id (``e1``) that one only; no selection, every article. Set letters
    match whole (``zz`` is not ``zza``), so a two-letter set never selects a longer one."""
    letters = article.rstrip("0123456789")
    return not prefixes or any(article == p or (p.isalpha() and letters == p) for p in prefixes)


def predict(data: Path, prefixes: tuple[str, ...] = ()) -> dict[str, list[dict[str, Any]]]:
    """Quotes of the chosen articles of ``data``, sent as plain text (``{"text": file}``).

    An article the pipeline fails on is reported on stderr and counts as no quotes, so one
    crash does not hide the scores of the others.
    """
    from newswire.models import RawArticle
    from newswire.nlp.pipeline import Pipeline

    pipeline = Pipeline()
    found: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(p for p in data.glob("*.txt") if chosen(p.stem, prefixes)):
        try:
            event = pipeline.enrich(RawArticle(id=path.stem, text=path.read_text(encoding="utf-8")))
        except Exception as error:  # noqa: BLE001 - a bench reports a crash and goes on
            print(f"    FAILED on {path.stem}: {type(error).__name__}: {error}", file=sys.stderr)
            found[path.stem] = []
            continue
        found[path.stem] = [{"text": q.text, "speaker": q.speaker} for q in event.quotes]
    return found


#: Determiners a phrase answer may start with or not: "the report" and "report" are one answer.
DETERMINERS = ("the ", "a ", "an ", "that ", "this ", "le ", "la ", "les ", "l'", "l’", "un ",
               "une ")


def answer_key(answer: str) -> str:
    """An answer as compared: lower case, without one leading determiner."""
    key = answer.strip().lower()
    for determiner in DETERMINERS:
        if key.startswith(determiner) and len(key) > len(determiner):
            return key[len(determiner):].strip()
    return key


#: Words that end a group's or document's head phrase: "people familiar with the talks" and
#: "report by the auditor" are headed by "people" and "report".
POSTMODIFIERS = re.compile(r"\s+(?:of|from|with|familiar|who|that|at|in|on|close|by|for|"
                           r"de|du|des|d'|d’|qui|à|au|aux|sur|pour|par|proches?)\b.*$")


#: Courtesy and academic honorifics before a person's name, with or without a full stop:
#: "Mr Jamie Osterley" (British gold) and "Jamie Osterley" (newswire's canonical name) are one
#: answer. Ranks and offices ("Det Supt", "Senator") stay part of the answer.
HONORIFIC = re.compile(r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|fr|cllr)\.?\s+)+")


def person_key(answer: str) -> str:
    """A person's answer as compared: ``answer_key`` without leading honorifics."""
    return HONORIFIC.sub("", answer_key(answer))


def head_noun(answer: str) -> str:
    """A group's or document's head noun, as a lenient scorer compares it: the last word
    before any postmodifier, without a plural ``s`` ("two people familiar with the talks"
    -> "people", "Ontario officials" -> "official", "the auditor's report" -> "report")."""
    phrase = POSTMODIFIERS.sub("", answer_key(answer))
    words = phrase.split()
    return words[-1].removesuffix("s") if words else ""


def verdicts(gold: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]],
             by_head: bool = False) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each gold row's verdict (``right``, ``not found``, ``no speaker``, ``wrong speaker``)
    with the quotes that hold its words; ``by_head`` judges group and document answers by
    their head noun only (a second reading beside the exact phrase, never the headline)."""
    judged = []
    for row in gold:
        key = (head_noun if by_head and row["kind"] in ("group", "document")
               else person_key if row["kind"] == "person" else answer_key)
        answers = {key(a) for a in [row["referent"], *row.get("also", [])]}
        quotes = [q for q in found.get(row["article"], [])
                  if row["quote"] in q["text"] or q["text"].strip(" ,.") in row["quote"]]
        if not quotes:
            verdict = "not found"
        elif any(q["speaker"] and key(q["speaker"]) in answers for q in quotes):
            verdict = "right"
        else:
            verdict = "wrong speaker" if any(q["speaker"] for q in quotes) else "no speaker"
        judged.append((verdict, quotes))
    return judged


def score(gold: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]],
          show: bool = False) -> str:
    """Found and right, over all gold quotes and by kind of speaker (``show``: print misses)."""
    counts: Counter[tuple[str, str]] = Counter()
    for row, (verdict, quotes) in zip(gold, verdicts(gold, found), strict=True):
        kind = row["kind"]
        counts["gold", kind] += 1
        if verdict != "not found":
            counts["found", kind] += 1
        if verdict == "right":
            counts["right", kind] += 1
        elif show:
            print(f"    {row['article']} {row['quote'][:40]!r}: {row['referent']} <- "
                  f"{[q['speaker'] for q in quotes] or 'not found'}")
    lenient = Counter(row["kind"] for row, (verdict, _) in
                      zip(gold, verdicts(gold, found, by_head=True), strict=True)
                      if verdict == "right" and row["kind"] in ("group", "document"))
    kinds = sorted({k for _, k in counts})
    total = {key: sum(v for (k, _), v in counts.items() if k == key)
             for key in ("gold", "found", "right")}
    n = total["gold"]
    line = f"found {total['found'] / n:.3f}  right {total['right'] / n:.3f} of {n}  |"
    for kind in kinds:
        line += f"  {kind} {counts['right', kind]}/{counts['gold', kind]}"
    if lenient:
        line += "  | by head noun: " + ", ".join(f"{k} {n}" for k, n in sorted(lenient.items()))
    return line


def causes(gold: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]]) -> str:
    """The misses counted by verdict and kind of source, no text shown: how to read a set
    that must stay unread."""
    counts = Counter((verdict, row["kind"]) for row, (verdict, _) in
                     zip(gold, verdicts(gold, found), strict=True) if verdict != "right")
    parts = []
    for verdict in ("not found", "no speaker", "wrong speaker"):
        kinds = sorted((k, n) for (v, k), n in counts.items() if v == verdict)
        total = sum(n for _, n in kinds)
        parts.append(f"{verdict} {total} ({', '.join(f'{k} {n}' for k, n in kinds)})")
    return "misses: " + "; ".join(parts)


def turned(gold: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]],
           before: dict[str, list[dict[str, Any]]]) -> str:
    """How many gold quotes turn right and how many turn wrong against ``before``, by kind."""
    now = [v == "right" for v, _ in verdicts(gold, found)]
    then = [v == "right" for v, _ in verdicts(gold, before)]
    counts = Counter(("right" if a else "wrong", row["kind"])
                     for row, a, b in zip(gold, now, then, strict=True) if a != b)
    return "turned against the baseline: " + "; ".join(
        f"{way} {sum(n for (w, _), n in counts.items() if w == way)} ("
        + ", ".join(f"{k} {n}" for (w, k), n in sorted(counts.items()) if w == way) + ")"
        for way in ("right", "wrong"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--baseline-src", type=Path, help="another newswire source tree")
    parser.add_argument("--show-wrong", action="store_true", help="print each miss")
    parser.add_argument("--causes", action="store_true",
                        help="count the misses by verdict and kind, and the quotes turning "
                             "right or wrong against the baseline, showing no text (for a "
                             "set that must stay unread)")
    parser.add_argument("--articles", default="", metavar="PREFIXES",
                        help="only these comma-separated articles: a set's letter ('e' for the "
                             "round-ten set, 'a,b,c,d' for the first), an id ('e7'), or a half "
                             "of a tuning set: " + ", ".join(HALVES))
    parser.add_argument("--predict-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    prefixes = tuple(q for p in args.articles.split(",") if p for q in HALVES.get(p, (p,)))
    if args.predict_only:
        json.dump(predict(args.data, prefixes), sys.stdout, ensure_ascii=False)
        return
    rows = (json.loads(line) for line in (args.data / "speakers.jsonl").open(encoding="utf-8"))
    gold = [row for row in rows if chosen(row["article"], prefixes)]
    articles = [p for p in args.data.glob("*.txt") if chosen(p.stem, prefixes)]
    print(f"fresh articles: {len(articles)}, gold quotes {len(gold)}"
          + (f" (articles {args.articles})" if prefixes else ""))
    found = predict(args.data, prefixes)
    print(f"  newswire  {score(gold, found, args.show_wrong)}")
    if args.causes:
        print(f"            {causes(gold, found)}")
    if args.baseline_src is not None:
        path = f"{args.baseline_src}{os.pathsep}{Path(__file__).parent}"
        env = {**os.environ, "PYTHONPATH": path}
        command = [sys.executable, __file__, "--data", str(args.data), "--predict-only",
                   "--articles", args.articles]
        out = subprocess.run(command,
                             env=env, check=True, stdout=subprocess.PIPE, text=True).stdout
        before = json.loads(out)
        print(f"  baseline  {score(gold, before)}")
        if args.causes:
            print(f"            {causes(gold, before)}")
            print(f"  {turned(gold, found, before)}")
    print(describe())


if __name__ == "__main__":
    main()
