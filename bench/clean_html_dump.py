"""Dump ``clean_html``'s whole result for every WCXB dev and Zyte page, to compare two trees.

One JSON line per page: the page's set and id, then the title, body, removed lines (text,
why, rule), links, source hint, author, page metadata and page kind, as ``clean_html``
returns them (WCXB pages with their URL, Zyte pages without, as ``boilerplate_eval.py``
runs them). Run it with each ``src/`` and compare the files byte for byte: a speed change
that changes nothing shows no difference. Also prints the CPU seconds ``clean_html`` took.

Usage: ``PYTHONPATH=<src> python bench/clean_html_dump.py --out FILE [--limit N] [--wcxb DIR]
[--data DIR]`` (WCXB dev and Zyte: ``../shared`` beside the checkout by default)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import wcxb
import zyte_pages
from newswire.nlp.boilerplate.clean import Cleaned, clean_html


def as_record(cleaned: Cleaned) -> dict[str, object]:
    """Everything ``clean_html`` returns, as plain JSON values."""
    page = cleaned.page.model_dump(mode="json") if cleaned.page is not None else None
    return {
        "title": cleaned.title,
        "body": cleaned.body,
        "boilerplate": cleaned.boilerplate.model_dump(mode="json"),
        "author": cleaned.author,
        "page": page,
        "page_kind": cleaned.page_kind,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--wcxb", type=Path, default=wcxb.DATA, help="WCXB dev's directory")
    parser.add_argument("--data", type=Path, default=zyte_pages.DATA, help="Zyte's directory")
    args = parser.parse_args()
    inputs = [("wcxb", p.key, p.html, p.url) for p in wcxb.load(args.wcxb, limit=args.limit)]
    _, zyte = zyte_pages.load(args.data)
    inputs += [("zyte", key, page, None) for key, page in list(zyte.items())[:args.limit]]
    seconds = 0.0
    with args.out.open("w", encoding="utf-8") as out:
        for name, key, html, url in inputs:
            started = time.process_time()
            cleaned = clean_html(html, url)
            seconds += time.process_time() - started
            record = {"set": name, "id": key, **as_record(cleaned)}
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(inputs)} pages, clean_html {seconds:.1f} s CPU", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
