"""Zyte's article-extraction benchmark: its pages, its metric and whole-page plain text.

The metric is the benchmark's own (its ``evaluate.py``): per page, word 4-gram shingles of the
expected and the extracted article body give TP/FP/FN counts normalised by their sum;
precision and recall are averaged over pages; F1 is computed from the two averages. Read by
``boilerplate_eval.py``, ``boilerplate_ablation.py``, ``plaintext_eval.py`` and
``clean_html_dump.py``.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from pathlib import Path

from trafilatura.utils import load_html

__all__ = ["BLOCK_TAGS", "DATA", "INVISIBLE_TAGS", "Counts", "load", "page_text", "precision",
           "recall", "scores", "shingles", "simple_rules", "tp_fp_fn"]

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "zyte-aeb"
TOKEN_RE = re.compile(r"\w+")
Counts = tuple[float, float, float]

# --- the benchmark's metric ---------------------------------------------------------------


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Word n-grams of ``text``, counted (a text shorter than n is one shingle)."""
    tokens = TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def tp_fp_fn(true: str, pred: str) -> Counts:
    """Shingle TP/FP/FN of one page, normalised so that long pages weigh no more."""
    expected, got = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in expected.keys() | got.keys():
        e, g = expected.get(key, 0), got.get(key, 0)
        tp += min(e, g)
        fp += max(0, g - e)
        fn += max(0, e - g)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(c: Counts) -> float:
    tp, fp, fn = c
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(c: Counts) -> float:
    tp, fp, fn = c
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[Counts]) -> tuple[float, float, float]:
    """F1, precision, recall as the benchmark computes them."""
    p = statistics.mean(precision(c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(c) for c in counts if c[0] + c[2] > 0)
    return 2 * p * r / (p + r), p, r


# --- whole-page plain text ----------------------------------------------------------------

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option", "legend", "caption",
})
INVISIBLE_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "head", "iframe", "object",
})


def page_text(page: str) -> tuple[str, str]:
    """The page's ``<title>`` and every visible text line, one line per block element."""
    root = load_html(page)
    if root is None:
        return "", ""
    # Imported here: --base-src runs this file against an older newswire without it.
    from newswire.nlp.boilerplate.page_text import visible_lines

    title = root.findtext(".//title") or ""
    body = root.find(".//body")
    lines = visible_lines(body if body is not None else root, INVISIBLE_TAGS, BLOCK_TAGS)
    return " ".join(title.split()), "\n".join(lines)


def simple_rules(text: str) -> str:
    """The baseline: keep lines of ten words or more that carry no URL."""
    keep = [ln for ln in text.splitlines() if len(TOKEN_RE.findall(ln)) >= 10 and "http" not in ln]
    return "\n".join(keep)


def load(data: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Expected bodies and page HTML, by page id."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key in sorted(truth):
        with gzip.open(data / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as f:
            pages[key] = f.read()
    return {k: v.get("articleBody", "") for k, v in truth.items()}, pages
