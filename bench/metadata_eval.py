"""Page metadata alone on WCXB dev article pages: trafilatura beside newswire, per half.

The same metric as ``bench/boilerplate_eval.py`` (``wcxb.metadata_table``: date right when
the day is the same, author when our first author is one of the gold's names, title when it
is the same words), without the main-text extraction, so that one run takes a minute or two.

(a) trafilatura alone: ``extract_metadata(html, default_url=url)`` (its defaults: byline
    search when the meta tags name nobody, htmldate with extensive search);
(b) newswire: ``page_metadata`` as ``clean_html`` runs it (meta tags, JSON-LD, author boxes,
    htmldate, the date under the headline; "By" lines and htmldate's search of the text on
    article pages and article-like URLs only).

Both are timed from the HTML string (parsing included), in ms of CPU per page; ``--all-pages``
also times them on every WCXB page (all kinds: the text searches cost most on non-articles).
``--baseline-src DIR`` adds the newswire found in ``DIR`` (e.g. main's ``src``, exported with
``git archive``) as a row of the same run, read in a child process with ``DIR`` first on
``PYTHONPATH``. ``--errors FIELD`` lists the tuning half's misses of that field (odd ids
only: the check half is for confirming, never for reading).

Usage: ``python bench/metadata_eval.py [--wcxb DIR] [--limit N] [--all-pages]
[--baseline-src DIR] [--errors date|author|title]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import trafilatura
from trafilatura.utils import load_html

import wcxb
from newswire.nlp.boilerplate.page_metadata import page_metadata

FIELDS = {"date": "publish_date", "author": "author", "title": "title"}


def trafilatura_metadata(page: wcxb.Page) -> dict[str, Any]:
    """trafilatura's own metadata of the page."""
    meta = trafilatura.extract_metadata(page.html, default_url=page.url)
    return {"publish_date": meta.date, "author": meta.author, "title": meta.title}


def newswire_metadata(page: wcxb.Page) -> dict[str, Any]:
    """newswire's page metadata, as ``clean_html`` reads it."""
    tree = load_html(page.html)
    if tree is None:
        return {}
    meta, _ = page_metadata(tree, page.url)
    published = meta.published_at
    return {"publish_date": published and published.date().isoformat(),
            "author": meta.authors, "title": meta.title}


def baseline_metadata(src: Path, data: Path, limit: int | None
                      ) -> tuple[dict[str, dict[str, Any]], float]:
    """``newswire_metadata`` of every article page by the newswire found in ``src``, and
    the CPU seconds it took."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "metadata.json"
        command = [sys.executable, __file__, "--wcxb", str(data), "--dump", str(out)]
        if limit:
            command += ["--limit", str(limit)]
        subprocess.run(command, env={**os.environ, "PYTHONPATH": str(src)}, check=True)
        found = json.loads(out.read_text(encoding="utf-8"))
        return found["pages"], float(found["cpu_s"])


def errors(pages: list[wcxb.Page], field: str, found: dict[str, dict[str, dict[str, Any]]]
           ) -> None:
    """The tuning half's misses of ``field``: gold, then each source's answer."""
    key = FIELDS[field]
    check = {"publish_date": wcxb._same_day, "author": wcxb._same_author,
             "title": wcxb._same_title}[key]
    ours = found["newswire"]
    print(f"\nmisses of {field}, tuning half (odd ids)")
    for page in pages:
        gold = page.gold.get(key)
        if page.half != 1 or not gold or check(gold, ours[page.key].get(key)):
            continue
        answers = "  ".join(f"{name}={got[page.key].get(key)!r}" for name, got in found.items())
        print(f"  {page.key} gold={gold!r}  {answers}  {page.url}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wcxb", type=Path, default=wcxb.DATA)
    parser.add_argument("--limit", type=int, help="only the first N WCXB pages")
    parser.add_argument("--errors", choices=sorted(FIELDS), help="list the tuning half's misses")
    parser.add_argument("--all-pages", action="store_true", help="also time every kind of page")
    parser.add_argument("--baseline-src", type=Path,
                        help="also score the newswire of this src/ (e.g. main's) in the same run")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the baseline's child
    args = parser.parse_args()
    everything = wcxb.load(args.wcxb, args.limit)
    pages = [p for p in everything if p.kind == "article"]
    if args.dump:
        # As in the parent, where trafilatura ran first: dateparser's 1.5 s warm-up untimed.
        trafilatura_metadata(pages[0])
        dumped, cpu_s = wcxb.timed(newswire_metadata, pages)
        args.dump.write_text(json.dumps({"pages": dumped, "cpu_s": cpu_s}), encoding="utf-8")
        return 0
    base, base_s = (baseline_metadata(args.baseline_src, args.wcxb, args.limit)
                    if args.baseline_src else (None, 0.0))
    theirs, their_s = wcxb.timed(trafilatura_metadata, pages)
    ours, our_s = wcxb.timed(newswire_metadata, pages)
    found = {"trafilatura": theirs, "newswire": ours}
    print(f"WCXB dev: {len(pages)} article pages, trafilatura {trafilatura.__version__}")
    rows = {"trafilatura extract_metadata": theirs}
    if base is not None:
        print(f"baseline: the newswire of {args.baseline_src}")
        rows["newswire baseline page_metadata"] = base
    wcxb.metadata_table(pages, {**rows, "newswire page_metadata": ours})
    n = max(1, len(pages))
    print(f"\nms of CPU per page (parsing included): trafilatura {1000 * their_s / n:.1f}, "
          f"newswire {1000 * our_s / n:.1f} (ratio {our_s / max(their_s, 1e-9):.2f})")
    if base is not None:
        print(f"  baseline newswire (its own process) {1000 * base_s / n:.1f}")
    if args.all_pages:
        _, their_s = wcxb.timed(trafilatura_metadata, everything)
        _, our_s = wcxb.timed(newswire_metadata, everything)
        n = max(1, len(everything))
        print(f"all {len(everything)} pages, ms of CPU per page: trafilatura "
              f"{1000 * their_s / n:.1f}, newswire {1000 * our_s / n:.1f}")
    if args.errors:
        errors(pages, args.errors, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
