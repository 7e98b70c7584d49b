"""WCXB dev (1,497 pages of 7 kinds): main text, page kind and page metadata.

Main text is scored with the benchmark's own metric: word-level F1 per page (bag of
lowercased ``\\w+`` words of the extraction against ``main_content``), averaged over pages.
Pages with odd file ids are the tuning half, even ids the check half: every figure is
printed for both, by kind of page, with trafilatura alone beside newswire.

Odd and even ids share sites (77 registered domains hold a page on each side, 19% of the
pages, 8% of the article pages), so ``halves`` also cuts by site (``split="site"``: every
page of a registered domain on one side, by a hash of the domain), and ``split="unseen"``
cuts the check half into pages of sites the tuning half has (known) and of sites it has not.

Metadata is scored on article pages whose gold has a value: a date is right when the day
is the same, an author when our first author matches one of the gold's names, a title when
it is the same words (case, accents and punctuation aside).
"""

from __future__ import annotations

import gzip
import hashlib
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

from tld import get_fld

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wcxb-dev"
KINDS = ("article", "listing", "collection", "forum", "product", "documentation", "service")
HALVES = (("tune (odd ids)", 1), ("check (even ids)", 0))
#: How ``halves`` can cut the pages: by file id (the default, as every earlier figure), by
#: site, or the check half by whether the tuning half has pages of its site.
SPLITS = ("id", "site", "unseen")
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

    @property
    def site(self) -> str:
        """The page's registered domain (``substack.com`` for every Substack), else its id."""
        return (get_fld(self.url, fail_silently=True) if self.url else None) or self.key

    @property
    def site_half(self) -> int:
        """1 or 0 by a hash of the site: every page of a site on one side, run after run."""
        return hashlib.sha1(self.site.encode()).digest()[0] % 2


def halves(pages: list[Page], split: str = "id") -> list[tuple[str, list[Page]]]:
    """The two parts of ``pages`` a ``split`` (one of ``SPLITS``) compares, with labels."""
    if split == "id":
        return [(label, [p for p in pages if p.half == half]) for label, half in HALVES]
    if split == "site":
        return [(f"site half {half} (hash of domain)", [p for p in pages if p.site_half == half])
                for half in (1, 0)]
    if split != "unseen":
        raise ValueError(f"split {split!r} is none of {SPLITS}")
    tuned = {p.site for p in pages if p.half == 1}
    check = [p for p in pages if p.half == 0]
    return [("check, site in tune half", [p for p in check if p.site in tuned]),
            ("check, site unseen in tune", [p for p in check if p.site not in tuned])]


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


def f1_table(pages: list[Page], bodies: dict[str, dict[str, str]], split: str = "id") -> None:
    """Word F1 by half and kind of page, one row per extractor."""
    print(f"{'word F1':<34}" + "".join(f"{k[:8]:>9}" for k in KINDS) + f"{'all':>8}")
    for label, chosen in halves(pages, split):
        print(f"{label} ({len(chosen)} pages)" if split != "id" else label)
        for name, body in bodies.items():
            cells = [_mean(word_f1(p.gold.get("main_content") or "", body[p.key])
                           for p in chosen if p.kind == kind) for kind in KINDS]
            overall = _mean(word_f1(p.gold.get("main_content") or "", body[p.key]) for p in chosen)
            print(f"  {name:<32}" + "".join(f"{c:9.3f}" for c in cells) + f"{overall:8.3f}")


def kind_table(pages: list[Page], predicted: dict[str, str | None], split: str = "id") -> None:
    """How often page_kind answers, how often it is right then, and per kind P/R."""
    for label, chosen in halves(pages, split):
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


def metadata_table(pages: list[Page], found: dict[str, dict[str, dict[str, Any]]],
                   split: str = "id") -> None:
    """Date, author and title accuracy on article pages, per half, per source."""
    checks: dict[str, Callable[[str, Any], bool]] = {
        "publish_date": _same_day, "author": _same_author, "title": _same_title,
    }
    print(f"{'metadata, article pages':<34}" + "".join(f"{f:>14}" for f in checks))
    for label, part in halves(pages, split):
        print(label)
        chosen = [p for p in part if p.kind == "article"]
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
