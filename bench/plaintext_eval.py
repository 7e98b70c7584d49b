"""Plain text that keeps the article: ``clean_text`` on feed items, beside the cleaner before it.

Every article goes in as a feed item with ``text`` only and no title, ``{"text": whole text}``:
PolNeAR (train = tune, dev = check) and CoNLL-2003 (``eng.train`` = tune, ``eng.testa`` = check;
each document rebuilt from its tokens, one line per sentence, as a feed would carry it). These
texts are article text, so every removed line is a false positive unless it is real
boilerplate; the check parts list every removed line with its rule for a reader to judge.

Printed for the baseline cleaner (``clean_text`` before issue 13: the tree ``--baseline-src``,
else, inside a git checkout, the revision ``--baseline`` exported with ``git archive``) and for
this tree's, side by side:

- title: articles whose first line became the title;
- removed: lines removed, and their share of the non-blank lines;
- lost entities (CoNLL): gold entities on removed lines, which never reach NER;
- datelines (this tree): articles whose dateline was found in the body.

Then the whole-page plain text of the Zyte pages (part (c) of ``boilerplate_eval.py``: every
visible line of the 181 pages, the page's ``<title>`` given) beside the simple line-rules
baseline, and the speed: each cleaner runs in its own subprocess on the same inputs, best of
three, CPU time of the ``clean_text`` calls only.

Usage: ``python bench/plaintext_eval.py [--baseline-src DIR | --baseline REV] [--data DIR]
[--show none|check|all] [--limit N] [--no-zyte]``; ``report(...)`` prints the same from another
bench. From a ``git archive`` snapshot (no repository to export from) give ``--baseline-src``,
e.g. ``/work/wt/pre13/src``, and ``--data``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from machine import describe
from newswire.nlp.boilerplate.datelines import find_dateline
from plaintext_sets import DATA, Article, Part, parts

ROOT = Path(__file__).resolve().parents[1]
#: ``main`` before issue 13: the cleaner that removed headlines and tables by position.
BASELINE = "2a4080ca44efc954494461840612dabb04d1ee5e"
#: Where the baseline cleaner comes from when ``--baseline-src`` is not given.
NO_CHECKOUT = ("{root} is not a git checkout (a `git archive` snapshot?): give the baseline "
               "tree with --baseline-src DIR (the src/ of revision {rev}, e.g. /work/wt/pre13/src)")
REPEATS = 3

#: Run in a subprocess with the tree to measure first on ``PYTHONPATH``: reads ``[[title,
#: text], ...]`` on stdin, writes each result and the best CPU time of all the calls.
WORKER = r"""
import json, sys, time
from newswire.nlp.boilerplate.clean import clean_text
items = json.load(sys.stdin)
best = float("inf")
for _ in range(int(sys.argv[1])):
    start = time.process_time()
    results = [clean_text(title, text) for title, text in items]
    best = min(best, time.process_time() - start)
out = [{"title": c.title, "body": c.body,
        "removed": [[r.text, r.rule] for r in c.boilerplate.removed_lines]} for c in results]
json.dump({"seconds": best, "results": out}, sys.stdout)
"""


@dataclass
class Tally:
    """What one cleaner did to one set."""

    articles: int = 0
    titled: int = 0
    lines: int = 0
    removed: list[tuple[str, str, str]] = field(default_factory=list)  # (article, rule, text)
    entities: int = 0
    lost_entities: int = 0
    datelines: int = 0

    def by_rule(self) -> Counter[str]:
        """Removed lines per rule."""
        return Counter(rule for _, rule, _ in self.removed)


# --- running a cleaner --------------------------------------------------------------------


def baseline_tree(baseline_src: Path | None, rev: str, into: Path) -> tuple[Path, str]:
    """The baseline cleaner's ``src`` and how to name it: ``baseline_src`` when given, else
    revision ``rev`` exported under ``into``, which only a git checkout can do."""
    if baseline_src is not None:
        return baseline_src, str(baseline_src)
    inside = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--is-inside-work-tree"],
                            capture_output=True, text=True, check=False)
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        raise SystemExit(NO_CHECKOUT.format(root=ROOT, rev=rev[:10]))
    return export(rev, into), f"{rev[:10]} (before issue 13)"


def export(rev: str, into: Path) -> Path:
    """The ``src`` folder of revision ``rev`` of this repository, written under ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def clean_all(src: Path, items: Sequence[tuple[str, str]]) -> tuple[float, list[dict[str, Any]]]:
    """Run ``clean_text`` of the tree ``src`` over ``items``: best CPU seconds and results."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", WORKER, str(REPEATS)], env=env, text=True,
                          input=json.dumps(items), capture_output=True, check=True)
    answer = json.loads(done.stdout)
    return float(answer["seconds"]), list(answer["results"])


def tally(articles: Sequence[Article], results: Sequence[dict[str, Any]], ours: bool) -> Tally:
    """Count what a cleaner did to ``articles``."""
    result = Tally()
    for article, cleaned in zip(articles, results, strict=True):
        lines = article.text.splitlines()
        nonblank = [line.strip() for line in lines if line.strip()]
        result.articles += 1
        result.lines += len(nonblank)
        result.titled += bool(nonblank) and cleaned["title"] == nonblank[0]
        removed = [(text, rule) for text, rule in cleaned["removed"]]
        result.removed += [(article.name, rule, text) for text, rule in removed]
        if article.entities_per_line:
            result.entities += sum(article.entities_per_line)
            result.lost_entities += _lost(lines, article.entities_per_line, removed)
        if ours and find_dateline(cleaned["body"]):
            result.datelines += 1
    return result


def _lost(lines: list[str], entities: list[int], removed: list[tuple[str, str]]) -> int:
    """Gold entities on removed lines; removed lines come in the order of the text."""
    lost, k = 0, 0
    for line, count in zip(lines, entities, strict=True):
        if k < len(removed) and line.strip() == removed[k][0]:
            lost += count
            k += 1
    return lost


# --- printing -----------------------------------------------------------------------------


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "     -"


def _row(part: Part, old: Tally, new: Tally) -> str:
    cells = [
        f"{part.name:<16} {'check' if part.check else 'tune':<5} {new.articles:>5} {new.lines:>6}",
        f"{_share(old.titled, old.articles)} {_share(new.titled, new.articles)}",
        f"{len(old.removed):>5} {_share(len(old.removed), old.lines)} "
        f"{len(new.removed):>5} {_share(len(new.removed), new.lines)}",
        f"{_share(old.lost_entities, old.entities)} {_share(new.lost_entities, new.entities)}",
        f"{new.datelines:>9}",
    ]
    return " | ".join(cells)


def _header() -> list[str]:
    return [
        f"{'':<35} | {'title = line 1':^13} | {'lines removed':^25} | {'lost entities':^13} | "
        f"{'datelines':>9}",
        f"{'set':<16} {'part':<5} {'arts':>5} {'lines':>6} | {'old':>6} {'new':>6} | "
        f"{'old':>12} {'new':>12} | {'old':>6} {'new':>6} | {'new':>9}",
    ]


def _listing(part: Part, new: Tally, out: Callable[[str], None]) -> None:
    out(f"\n{part.name} ({'check' if part.check else 'tune'}): every line removed, with its rule")
    for name, rule, text in new.removed:
        out(f"  {name[:34]:<34} {rule:<12} {text}")


def _zyte(old_src: Path, new_src: Path, data: Path,
          out: Callable[[str], None]) -> tuple[float, float]:
    """Part (c) of the HTML bench: whole-page text through both cleaners; their CPU seconds."""
    from zyte_pages import load, page_text, scores, simple_rules, tp_fp_fn

    truth, pages = load(data / "zyte-aeb")
    texts = {key: page_text(page) for key, page in pages.items()}
    keys = sorted(texts)
    items = [texts[key] for key in keys]
    out(f"\nZyte, {len(keys)} whole pages as plain text (every visible line, the <title> given); "
        "4-gram shingles, P and R averaged over pages")
    runs = [("simple line rules (>= 10 words, no URL)", 0.0,
             [simple_rules(text) for _, text in items])]
    for name, src in (("clean_text, baseline", old_src), ("clean_text, this tree", new_src)):
        seconds, results = clean_all(src, items)
        runs.append((name, seconds, [r["body"] for r in results]))
    for name, _, bodies in runs:
        f1, p, r = scores([tp_fp_fn(truth[k], b) for k, b in zip(keys, bodies, strict=True)])
        out(f"  {name:<40} F1={f1:.3f}  P={p:.3f}  R={r:.3f}")
    return runs[1][1], runs[2][1]


def report(baseline: str = BASELINE, show: str = "check", limit: int | None = None,
           zyte: bool = True, out: Callable[[str], None] = print, *,
           baseline_src: Path | None = None, data: Path = DATA) -> dict[str, Tally]:
    """Print the plain-text figures of both cleaners; return this tree's tallies by set.

    The old cleaner is ``baseline_src``'s, else revision ``baseline``'s (inside a checkout)."""
    out(describe())
    ours: dict[str, Tally] = {}
    old_seconds = new_seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        old_src, old_name = baseline_tree(baseline_src, baseline, Path(tmp))
        new_src = ROOT / "src"
        out(f"old = clean_text of {old_name}, new = this tree; "
            "each article sent as {\"text\": whole text}, no title")
        sets = parts(limit, data)
        rows = []
        for part in sets:
            items = [("", a.text) for a in part.articles]
            old_time, old_results = clean_all(old_src, items)
            new_time, new_results = clean_all(new_src, items)
            old_seconds, new_seconds = old_seconds + old_time, new_seconds + new_time
            old = tally(part.articles, old_results, ours=False)
            ours[part.name] = tally(part.articles, new_results, ours=True)
            rows.append((part, old, ours[part.name]))
        for line in _header():
            out(line)
        for part, old, new in rows:
            out(_row(part, old, new))
        for part, old, new in rows:
            out(f"  {part.name}: removed by rule, old {dict(old.by_rule().most_common())}")
            indent = " " * (len(part.name) + 19)
            out(f"  {indent}new {dict(new.by_rule().most_common())}")
        for part, _, new in rows:
            if show == "all" or (show == "check" and part.check):
                _listing(part, new, out)
        if zyte:
            old_time, new_time = _zyte(old_src, new_src, data, out)
            old_seconds, new_seconds = old_seconds + old_time, new_seconds + new_time
    out(f"\nspeed: clean_text CPU time over every text above, best of {REPEATS}: old "
        f"{old_seconds:.2f} s, new {new_seconds:.2f} s, new/old = {new_seconds / old_seconds:.2f}")
    return ours


def main() -> int:
    """Print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--baseline", default=BASELINE,
                        help="git revision of the old cleaner (inside a checkout only)")
    parser.add_argument("--baseline-src", type=Path, default=None,
                        help="the old cleaner's src/ (e.g. /work/wt/pre13/src); needed outside "
                             "a git checkout")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="the folder holding polnear/, conll2003/ and zyte-aeb/")
    parser.add_argument("--show", choices=("none", "check", "all"), default="check",
                        help="which sets list every removed line")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles a set")
    parser.add_argument("--no-zyte", action="store_true", help="leave out the Zyte pages")
    args = parser.parse_args()
    report(args.baseline, args.show, args.limit, not args.no_zyte,
           baseline_src=args.baseline_src, data=args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
