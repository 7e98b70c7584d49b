"""Boilerplate stripping: Zyte (181 news pages), WCXB dev (1,497 pages of 7 kinds), speed.

Zyte is scored with that benchmark's own metric (its ``evaluate.py``): per page, word 4-gram
shingles of the expected and the extracted article body give TP/FP/FN counts normalised
by their sum; precision and recall are averaged over pages; F1 is computed from the two
averages (``zyte_pages.py``: the pages, the metric, whole-page plain text). Prints F1, P, R
and pages per second of CPU time (one process, one core) for:

(a) trafilatura alone (``extract(html)``, its default settings), the baseline;
(b) ``clean_html`` (trafilatura plus our post-processing);
(c) the same pages as whole-page plain text (every visible text line, navigation and
    footers included) through ``clean_text``, beside a simple line-rules baseline.

Then WCXB dev (see ``bench/wcxb.py``): word F1 by half and kind of page for trafilatura
alone and ``clean_html``, how well ``page_kind`` is told, the page metadata beside
trafilatura's ``extract_metadata``, and pages per CPU second of each. ``--base-src DIR``
(a ``src/`` of an older newswire, e.g. ``git archive``, or ``/work/main/src``) also runs
that ``clean_html`` on the same pages in a subprocess: its word F1 is a row of the table
and its speed is compared within one run. ``--kinds`` keeps only WCXB pages of those kinds
(the gold's), for a quicker run on the kinds a change touches. ``--split id,site,unseen``
prints the WCXB tables for each way of cutting the pages (``wcxb.halves``: by file id, the
default and every earlier figure's; by site; the check half by whether the tuning half has
its site), and trafilatura alone is also run with newswire's settings (comments off).

Last, the plain-text report of ``bench/plaintext_eval.py`` (feed articles as ``{"text": ...}``:
PolNeAR and CoNLL, beside ``clean_text`` before issue 13), without its Zyte part, which is
part (c) above; ``--no-plaintext`` leaves it out. Its old cleaner comes from
``--plaintext-baseline-src`` (the pre-13 ``src``), which a ``git archive`` snapshot needs.

Usage: ``python bench/boilerplate_eval.py [--data DIR] [--wcxb DIR] [--limit N] [--worst N]
[--base-src DIR] [--kinds K,K] [--no-plaintext] [--plaintext-baseline-src DIR]``
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

import wcxb
from newswire.nlp.boilerplate.clean import Cleaned, clean_html, clean_text
from zyte_pages import (
    DATA,
    load,
    page_text,
    precision,
    recall,
    scores,
    simple_rules,
    tp_fp_fn,
)

# --- running ------------------------------------------------------------------------------


def run(name: str, fn: Callable[[str], str], inputs: dict[str, str], truth: dict[str, str],
        worst: int) -> None:
    """Extract every page with ``fn``, then print the scores and the speed."""
    started = time.process_time()
    outputs = {key: fn(value) or "" for key, value in inputs.items()}
    elapsed = time.process_time() - started
    counts = {key: tp_fp_fn(truth[key], outputs[key]) for key in inputs}
    f1, p, r = scores(list(counts.values()))
    speed = len(inputs) / elapsed
    print(f"{name:<34} F1={f1:.3f}  P={p:.3f}  R={r:.3f}  {speed:7.1f} pages/s (CPU)")
    ranked = sorted(counts, key=lambda k: min(precision(counts[k]), recall(counts[k])))
    for key in ranked[:worst]:
        c = counts[key]
        print(f"    {key[:12]}  P={precision(c):.3f}  R={recall(c):.3f}")


def _title_and_text(joined: str) -> tuple[str, str]:
    title, _, text = joined.partition("\x00")
    return title, text


def machine() -> str:
    """Platform, CPU and Python, so that figures are read with the machine they ran on."""
    cpu = platform.processor() or platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text(encoding="utf-8")
        cpu = next(ln.split(":", 1)[1].strip() for ln in info.splitlines() if "model name" in ln)
    except (OSError, StopIteration):
        pass
    return (f"{platform.platform()} | {cpu} | {os.cpu_count()} CPUs | "
            f"Python {platform.python_version()} | trafilatura {trafilatura.__version__}")


def wcxb_section(pages: list[wcxb.Page], base: dict[str, str] | None = None,
                 splits: tuple[str, ...] = ("id",)) -> tuple[float, float]:
    """WCXB dev: main text, page kind, metadata; returns pages/s of trafilatura and ours.
    ``base``: an older ``clean_html``'s bodies by page id, printed as a row of its own;
    every table is printed once for each of ``splits``."""
    traf, traf_s = wcxb.timed(lambda p: trafilatura.extract(p.html, url=p.url) or "", pages)
    ours, ours_s = wcxb.timed(lambda p: clean_html(p.html, p.url), pages)
    print(f"\nWCXB dev: {len(pages)} pages, word F1 per page, averaged")
    rows = {"trafilatura alone (default)": traf}
    if splits != ("id",):
        rows["trafilatura alone, no comments"] = {
            p.key: trafilatura.extract(p.html, url=p.url, include_comments=False) or ""
            for p in pages}
    rows |= {"older clean_html (--base-src)": base} if base is not None else {}
    rows["newswire clean_html"] = {k: c.body for k, c in ours.items()}
    articles = [p for p in pages if p.kind == "article"]
    theirs = {p.key: _trafilatura_metadata(p) for p in articles}
    for split in splits:
        if splits != ("id",):
            print(f"\n[split: {split}]")
        wcxb.f1_table(pages, rows, split)
        pr_table(pages, rows, split)
        print("\npage_kind (None where the page does not tell)")
        wcxb.kind_table(pages, {k: c.page_kind for k, c in ours.items()}, split)
        print()
        wcxb.metadata_table(articles, {
            "trafilatura extract_metadata": theirs,
            "newswire (page metadata)": {p.key: _our_metadata(ours[p.key]) for p in articles},
        }, split)
    return len(pages) / traf_s, len(pages) / ours_s


def _trafilatura_metadata(page: wcxb.Page) -> dict[str, object]:
    meta = trafilatura.extract_metadata(page.html, default_url=page.url)
    return {"publish_date": meta.date, "author": meta.author, "title": meta.title}


def _our_metadata(cleaned: Cleaned) -> dict[str, object]:
    page = cleaned.page
    if page is None:
        return {}
    return {"publish_date": page.published_at and page.published_at.date().isoformat(),
            "author": page.authors, "title": cleaned.title}


def speed(pages: list[wcxb.Page], bodies: Path | None = None) -> tuple[float, float]:
    """Pages per CPU second of trafilatura alone and of ``clean_html``, on ``pages``; the
    bodies ``clean_html`` gave are written to ``bodies`` (JSON by page id) after timing."""
    _, traf_s = wcxb.timed(lambda p: trafilatura.extract(p.html, url=p.url), pages)
    ours, ours_s = wcxb.timed(lambda p: clean_html(p.html, p.url), pages)
    if bodies is not None:
        bodies.write_text(json.dumps({k: c.body for k, c in ours.items()}), encoding="utf-8")
    return len(pages) / traf_s, len(pages) / ours_s


def base_run(base_src: Path, args: argparse.Namespace) -> tuple[float, float, dict[str, str]]:
    """``speed`` measured by an older newswire (its ``src/``) in a subprocess, and the
    bodies it gave."""
    env = {**os.environ, "PYTHONPATH": str(base_src)}
    with tempfile.TemporaryDirectory() as tmp:
        bodies = Path(tmp) / "bodies.json"
        command = [sys.executable, __file__, "--speed-only", "--wcxb", str(args.wcxb),
                   "--bodies", str(bodies)]
        command += ["--limit", str(args.limit)] if args.limit else []
        command += ["--kinds", args.kinds] if args.kinds else []
        out = subprocess.run(command, env=env, capture_output=True, text=True,
                             check=True).stdout
        traf, ours = out.split()[-2:]
        return float(traf), float(ours), json.loads(bodies.read_text(encoding="utf-8"))


def word_pr(true: str, pred: str) -> tuple[float, float]:
    """Word precision and recall of one page (bags of lowercased words, as ``word_f1``)."""
    expected = Counter(wcxb.WORD.findall(true.lower()))
    got = Counter(wcxb.WORD.findall(pred.lower()))
    overlap = sum((expected & got).values())
    return (overlap / sum(got.values()) if got else float(not expected),
            overlap / sum(expected.values()) if expected else float(not got))


def pr_table(pages: list[wcxb.Page], bodies: dict[str, dict[str, str]],
             split: str = "id") -> None:
    """Word precision / recall by half and kind of page: where each row's F1 is lost."""
    print(f"\n{'word precision / recall':<34}" + "".join(f"{k[:8]:>12}" for k in wcxb.KINDS))
    for label, chosen in wcxb.halves(pages, split):
        print(label)
        for name, body in bodies.items():
            cells = []
            for kind in wcxb.KINDS:
                pairs = [word_pr(p.gold.get("main_content") or "", body[p.key])
                         for p in chosen if p.kind == kind]
                if not pairs:
                    cells.append("-")
                    continue
                precision_, recall_ = (sum(pr[i] for pr in pairs) / len(pairs) for i in (0, 1))
                cells.append(f"{precision_:.2f}/{recall_:.2f}")
            print(f"  {name:<32}" + "".join(f"{c:>12}" for c in cells))


def wcxb_pages(args: argparse.Namespace) -> list[wcxb.Page]:
    """The WCXB pages asked for: the first ``--limit``, of the ``--kinds`` given."""
    pages = wcxb.load(args.wcxb, args.limit)
    kinds = set(args.kinds.split(",")) if args.kinds else set(wcxb.KINDS)
    return [p for p in pages if p.kind in kinds]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--wcxb", type=Path, default=wcxb.DATA)
    parser.add_argument("--limit", type=int, help="only the first N WCXB pages")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages per run")
    parser.add_argument("--base-src", type=Path,
                        help="score and time this older src/ in the same run")
    parser.add_argument("--kinds", help="only WCXB pages of these kinds (comma-separated)")
    parser.add_argument("--split", default="id",
                        help=f"how to cut WCXB in two, comma-separated: {', '.join(wcxb.SPLITS)}")
    parser.add_argument("--no-plaintext", action="store_true",
                        help="leave out the plain-text report (bench/plaintext_eval.py)")
    parser.add_argument("--plaintext-baseline-src", type=Path, default=None,
                        help="the plain-text report's old cleaner (pre-13 src/, e.g. "
                             "/work/wt/pre13/src); needed outside a git checkout")
    parser.add_argument("--speed-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bodies", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.speed_only:
        print(*speed(wcxb_pages(args), args.bodies))
        return 0
    print(machine())
    zyte(args.data, args.worst)
    pages = wcxb_pages(args)
    base = base_run(args.base_src, args) if args.base_src else None
    splits = tuple(args.split.split(","))
    traf_rate, ours_rate = wcxb_section(pages, base[2] if base else None, splits)
    print(f"\nspeed on WCXB dev, pages/s of CPU: trafilatura alone {traf_rate:.1f}, "
          f"newswire clean_html {ours_rate:.1f} (ratio {ours_rate / traf_rate:.2f})")
    if base:
        base_traf, base_ours, _ = base
        print(f"  older clean_html ({args.base_src}): trafilatura alone {base_traf:.1f}, "
              f"clean_html {base_ours:.1f} (ratio {base_ours / base_traf:.2f}); "
              f"time per page now / then: {(traf_rate / ours_rate) / (base_traf / base_ours):.2f}")
    if not args.no_plaintext:
        plaintext(args.plaintext_baseline_src, args.data.parent)
    return 0


def plaintext(baseline_src: Path | None, data: Path) -> None:
    """The plain-text report of ``bench/plaintext_eval.py`` (its old cleaner from
    ``baseline_src``, its texts under ``data``); its Zyte part is (c) above."""
    # Imported here: --base-src runs this file against an older newswire without datelines.
    import plaintext_eval

    print("\nplain text (bench/plaintext_eval.py; its Zyte figure is (c) above)")
    plaintext_eval.report(zyte=False, baseline_src=baseline_src, data=data)


def zyte(data: Path, worst: int) -> None:
    """The Zyte pages: trafilatura alone, clean_html, and the whole-page plain-text runs."""
    truth, pages = load(data)
    print(f"Zyte: {len(pages)} pages, metric: 4-gram shingles, P and R averaged over pages")
    run("(a) trafilatura alone (default)", lambda h: trafilatura.extract(h) or "",
        pages, truth, worst)
    run("(b) clean_html", lambda h: clean_html(h).body, pages, truth, worst)
    texts = {key: page_text(page) for key, page in pages.items()}
    joined = {key: f"{title}\x00{text}" for key, (title, text) in texts.items()}
    run("(c) whole-page text, simple rules", lambda s: simple_rules(s.split("\x00", 1)[1]),
        joined, truth, worst)
    run("(c) whole-page text, clean_text", lambda s: clean_text(*_title_and_text(s)).body,
        joined, truth, worst)


if __name__ == "__main__":
    sys.exit(main())
