"""Speakers on fresh news nobody tuned on: hand-written articles with the speaker each quote
was written for (``bench/data/fresh/``), sent through the pipeline as a user sends them.

Each gold row names a quote by a few of its words and the speaker it belongs to (a person's
or organisation's fullest name, or the phrase of an unnamed group or document; ``also``:
other answers that point a reader to the same source). A gold quote is *found* when a
quote's text holds those words (or lies inside them), apostrophes read alike, or when a
reported quote read from its cue on holds them (a gold row "said the council would" and the
clause "the council would ..." after "said"); *right* when that quote's speaker is the
referent. The match before round thirty (no cue, apostrophes as written) is printed beside it
as ``strict``. Printed beside another source tree (``--baseline-src``) in the same run.
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

from fresh_halves import HALVES, chosen
from machine import describe

DATA = Path(__file__).resolve().parent / "data" / "fresh"


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
        found[path.stem] = [{"text": q.text, "speaker": q.speaker, "cued": cued(event, q),
                             "kind": q.kind, "speaker_kind": q.speaker_kind}
                            for q in event.quotes]
    return found


def cued(event: Any, quote: Any) -> str:
    """A reported quote read from its cue on ("said the plan would ..."), when the cue comes
    first with at most one word between ("said that"); else "". Writers of gold rows for
    reported speech often start at the verb; a wider reach would credit words the quote
    left out."""
    if quote.kind != "indirect" or quote.cue is None or quote.cue.end > quote.start:
        return ""
    field: str = getattr(event, quote.field)
    if len(field[quote.cue.end:quote.start].split()) > 1:
        return ""
    return field[quote.cue.start:quote.end]


#: Curly apostrophes read as straight ones: gold and text may be typed either way.
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def holds(gold_words: str, quote: dict[str, Any], strict: bool = False) -> bool:
    """Whether a found quote is the gold row's: its text holds the gold words or lies inside
    them; unless ``strict``, also with apostrophes read alike or read from its cue on."""
    if gold_words in quote["text"] or quote["text"].strip(" ,.") in gold_words:
        return True
    if strict:
        return False
    words, text = gold_words.translate(APOSTROPHES), quote["text"].translate(APOSTROPHES)
    return (words in text or text.strip(" ,.") in words
            or words in quote.get("cued", "").translate(APOSTROPHES))


#: Determiners a phrase answer may start with or not: "the report" and "report" are one answer.
DETERMINERS = ("the ", "a ", "an ", "that ", "this ", "le ", "la ", "les ", "l'", "l’", "un ",
               "une ")


def answer_key(answer: str) -> str:
    """An answer as compared: lower case, without one leading determiner."""
    key = answer.strip().lower().translate(APOSTROPHES)
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
             by_head: bool = False, strict: bool = False) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each gold row's verdict (``right``, ``not found``, ``no speaker``, ``wrong speaker``)
    with the quotes that hold its words; ``by_head`` judges group and document answers by
    their head noun only (a second reading beside the exact phrase, never the headline);
    ``strict`` matches quotes as before round thirty (see ``holds``)."""
    judged = []
    for row in gold:
        key = (head_noun if by_head and row["kind"] in ("group", "document")
               else person_key if row["kind"] == "person" else answer_key)
        answers = {key(a) for a in [row["referent"], *row.get("also", [])]}
        quotes = [q for q in found.get(row["article"], []) if holds(row["quote"], q, strict)]
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
    strict = Counter(v for v, _ in verdicts(gold, found, strict=True))
    return (line + f"  | strict found {1 - strict['not found'] / n:.3f}"
            f" right {strict['right'] / n:.3f}")


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
    return "misses: " + "; ".join(parts) + "\n            " + miss_shapes(gold, found)


def miss_shapes(gold: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]]) -> str:
    """The speaker misses split further, still with no text shown: by the kind of the quote
    found (direct, partial, indirect) and, for a wrong speaker, how it relates to the answer
    (``name``: shares a name word with it, the right source under a wrong name form or a
    merge; ``other``: another source of the same kind; ``kind``: a source of another kind)."""
    counts: Counter[str] = Counter()
    for row, (verdict, quotes) in zip(gold, verdicts(gold, found), strict=True):
        if verdict not in ("no speaker", "wrong speaker"):
            continue
        quote = next((q for q in quotes if q["speaker"]), quotes[0])
        shape = quote.get("kind", "?")
        if verdict == "wrong speaker":
            shape += " " + relation(row, quote)
        counts[f"{verdict}, {row['kind']}, {shape}"] += 1
    return "miss shapes: " + "; ".join(f"{k} {n}" for k, n in counts.most_common())


def name_words(name: str) -> set[str]:
    """The words of three letters or more of an answer, honorifics left out."""
    return set(re.findall(r"\w{3,}", person_key(name)))


def relation(row: dict[str, Any], quote: dict[str, Any]) -> str:
    """How a wrong speaker relates to the gold answer (see ``miss_shapes``)."""
    answers = set().union(*(name_words(a) for a in [row["referent"], *row.get("also", [])]))
    if answers & name_words(quote["speaker"]):
        return "name"
    same = quote.get("speaker_kind") == row["kind"]
    return "other" if same else "kind"


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
