"""WCXB dev (1,497 pages of 7 kinds): main text, page kind and page metadata.

Main text is scored with the benchmark's own metric: word-level F1 per page (bag of
lowercased ``\\w+`` words of the extraction against ``main_content``), averaged over pages.
Pages with odd file ids are the tuning half, even ids the check half: every figure is
printed for both, by kind of page, with trafilatura alone beside newswire.

Metadata is scored on article pages whose gold has a value: a date is right when the day
is the same, an author when our first author matches one of the gold's names, a title when
it is the same words (case, accents and punctuation aside).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wcxb-dev"
KINDS = ("article", "listing", "collection", "forum", "product", "documentation", "service")
HALVES = (("tune (odd ids)", 1), ("check (even ids)", 0))
WORD = re.compile(r"\w+")
_NAMES = re.compile(r",|;|&|\band\b|\|")


@dataclass(frozen=True)
class Page:
    """One WCXB page: id, kind, URL, HTML and the gold fields."""

    key: str
    kind: str
    url: str | None
    html: str
    gold: dict[str, Any]

    @property
    def half(self) -> int:
        return int(self.key) % 2


def load(data: Path = DATA, limit: int | None = None) -> list[Page]:
    """The pages with their ground truth, in file-id order (the first ``limit`` only).

    The kind of page is read from each ground-truth file: ``metadata.json`` lists only
    1,358 of the 1,497 pages.
    """
    pages = []
    for path in sorted((data / "ground-truth").glob("*.json"))[:limit]:
        gold = json.loads(path.read_text(encoding="utf-8"))
        kind = gold["_internal"]["page_type"]["primary"]
        with gzip.open(data / "html" / f"{path.stem}.html.gz", "rt", encoding="utf-8") as f:
            html = f.read()
        pages.append(Page(path.stem, kind, gold.get("url"), html, gold["ground_truth"]))
    return pages


def word_f1(true: str, pred: str) -> float:
    """The benchmark's per-page score: F1 of the bags of lowercased words."""
    expected, got = Counter(WORD.findall(true.lower())), Counter(WORD.findall(pred.lower()))
    if not expected and not got:
        return 1.0
    overlap = sum((expected & got).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(got.values()), overlap / sum(expected.values())
    return 2 * p * r / (p + r)


def timed(fn: Callable[[Page], Any], pages: Iterable[Page]) -> tuple[dict[str, Any], float]:
    """``fn`` of every page, and the CPU seconds it took in all."""
    results: dict[str, Any] = {}
    started = time.process_time()
    for page in pages:
        results[page.key] = fn(page)
    return results, time.process_time() - started


def f1_table(pages: list[Page], bodies: dict[str, dict[str, str]]) -> None:
    """Word F1 by half and kind of page, one row per extractor."""
    print(f"{'word F1':<34}" + "".join(f"{k[:8]:>9}" for k in KINDS) + f"{'all':>8}")
    for label, half in HALVES:
        print(label)
        chosen = [p for p in pages if p.half == half]
        for name, body in bodies.items():
            cells = [_mean(word_f1(p.gold.get("main_content") or "", body[p.key])
                           for p in chosen if p.kind == kind) for kind in KINDS]
            overall = _mean(word_f1(p.gold.get("main_content") or "", body[p.key]) for p in chosen)
            print(f"  {name:<32}" + "".join(f"{c:9.3f}" for c in cells) + f"{overall:8.3f}")


def kind_table(pages: list[Page], predicted: dict[str, str | None]) -> None:
    """How often page_kind answers, how often it is right then, and per kind P/R."""
    for label, half in HALVES:
        chosen = [p for p in pages if p.half == half]
        told = [p for p in chosen if predicted[p.key]]
        right = sum(predicted[p.key] == p.kind for p in told)
        per_kind = []
        for kind in KINDS:
            said = [p for p in told if predicted[p.key] == kind]
            hits = sum(p.kind == kind for p in said)
            total = sum(p.kind == kind for p in chosen)
            per_kind.append(f"{kind[:7]} P={hits / max(1, len(said)):.2f} "
                            f"R={hits / max(1, total):.2f}")
        print(f"  {label:<17} answers {len(told) / max(1, len(chosen)):.2f} of pages, "
              f"right {right / max(1, len(told)):.3f} when it does | " + " | ".join(per_kind))


def metadata_table(pages: list[Page], found: dict[str, dict[str, dict[str, Any]]]) -> None:
    """Date, author and title accuracy on article pages, per half, per source."""
    checks: dict[str, Callable[[str, Any], bool]] = {
        "publish_date": _same_day, "author": _same_author, "title": _same_title,
    }
    print(f"{'metadata, article pages':<34}" + "".join(f"{f:>14}" for f in checks))
    for label, half in HALVES:
        print(label)
        chosen = [p for p in pages if p.half == half and p.kind == "article"]
        for name, values in found.items():
            cells = []
            for field, check in checks.items():
                scored = [check(p.gold[field], values[p.key].get(field))
                          for p in chosen if p.gold.get(field)]
                cells.append(f"{_mean(scored):.3f} ({len(scored)})")
            print(f"  {name:<32}" + "".join(f"{c:>14}" for c in cells))


def _norm(text: str | None) -> str:
    return " ".join(WORD.findall(unicodedata.normalize("NFKD", text or "").casefold()))


def _same_day(gold: str, value: Any) -> bool:
    return bool(value) and str(value)[:10] == gold[:10]


def _same_author(gold: str, value: Any) -> bool:
    names = {_norm(n) for n in _NAMES.split(gold)} - {""}
    first = _norm(value[0] if isinstance(value, list) and value else value or "")
    return bool(first) and (first in names or first == _norm(gold))


def _same_title(gold: str, value: Any) -> bool:
    return bool(value) and _norm(gold) == _norm(str(value))


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return statistics.mean(items) if items else float("nan")
