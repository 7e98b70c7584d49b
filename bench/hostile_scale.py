"""How the worker's cost grows with hostile input: time, memory and event bytes at n..8n.

For each family of hostile input (link floods, quote floods, one huge sentence, thousands of
lines, names or datelines, HTML bombs and tables, huge JSON-LD, zero-width floods, plain
prose up to ``NEWSWIRE_MAX_ARTICLE_BYTES``), the payload a producer would send is decoded
and enriched as the worker does it (``decode_message``, ``Pipeline.enrich``, then every
event serialised and bounded as ``checked_outputs`` does), at sizes n, 2n, 4n and 8n, each
in a child forked from a parent with the models loaded (so each child's peak memory is its
own). Printed per size: seconds (wall and CPU: the machine is shared, CPU is what the flags
read), the child's resident memory before and at peak, the payload and event bytes and the
counts that make an event grow (links, removed lines, mentions, quotes).

A family is flagged when time or memory grows faster than linearly (doubling the input more
than ~2.6 times the cost, above a floor) or when its largest size takes over 20 s or 1 GB.

    nice -n 10 .venv/bin/python bench/hostile_scale.py                 # every family
    nice -n 10 .venv/bin/python bench/hostile_scale.py --only links_line quotes_para
    nice -n 10 .venv/bin/python bench/hostile_scale.py --profile html_table --n 8000
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import select
import signal
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from machine import describe
from newswire.errors import NewswireError
from newswire.io.ingest import decode_message
from newswire.nlp.pipeline import Pipeline
from newswire.settings import Settings
from newswire.stream import outputs as stream_outputs

TIMEOUT_S = 120.0
SLOW_S = 20.0
BIG_MB = 1000.0
#: Doubling the input may cost this much more before it counts as faster than linear.
GROWTH = 2.6
FIRST = ["Anna", "Carl", "Maria", "Omar", "Lena", "Jonas", "Sofia", "Pedro", "Ingrid", "Yusuf",
         "Clara", "Felix", "Hana", "Ivan", "Julia", "Karim", "Nora", "Oscar", "Rosa", "Tomas"]
LAST = ["Berg", "Dahl", "Okafor", "Novak", "Silva", "Moreau", "Kowalski", "Larsen", "Haddad",
        "Tanaka", "Fischer", "Romano", "Petrov", "Nguyen", "Costa", "Brandt", "Varga", "Quinn"]
SENTENCE = "The council met on Monday to discuss the budget for next year. "
ZW = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067"


def name(i: int) -> str:
    """A distinct capitalised name for every ``i`` (first, last and a letter suffix)."""
    suffix = "".join(chr(ord("a") + int(d)) for d in str(i // (len(FIRST) * len(LAST))))
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}{suffix}"


def text(body: str, title: str = "Hostile") -> bytes:
    return f"{title}\n{body}".encode()


def html(page: str, title: str | None = "Hostile page") -> bytes:
    return json.dumps({"title": title, "html": page, "url": "https://news.example/a"}).encode()


def page(body: str, head: str = "") -> str:
    return (f"<html><head><title>Page</title>{head}</head><body><article><h1>Headline</h1>"
            f"<p>{SENTENCE * 3}</p>{body}</article></body></html>")


def nested_quotes(depth: int) -> str:
    marks = [("“", "”"), ("‘", "’"), ("«", "»"), ('"', '"')]
    out = "Alice Smith said "
    for i in range(depth):
        out += marks[i % 4][0] + f"level {i} "
    for i in reversed(range(depth)):
        out += marks[i % 4][1]
    return out + ". "


#: name -> (payload of size n, base n). 8n is about the largest realistic size (2 MB).
FAMILIES: dict[str, tuple[Callable[[int], bytes], int]] = {
    "links_line": (lambda n: text(" ".join(f"https://t.co/{i} bit.ly/{i}" for i in range(n)),
                                  "Links"), 625),
    "links_lines": (lambda n: text("\n".join(f"Follow us https://t.co/{i}" for i in range(n))),
                    1250),
    "quote_run": (lambda n: text(f"He said {'“' * n} ok"), 2500),
    "quote_marks_spaced": (lambda n: text("He said " + "“ " * n + "ok."), 2500),
    "quotes_para": (lambda n: text(" ".join(f'{name(i)} said "we will win the vote {i}."'
                                            for i in range(n))), 250),
    "quotes_alternating": (lambda n: text("\n\n".join(
        f'"We will win the vote {i}," said {name(i % 7)}.' if i % 2 else
        f'{name(i % 5)} said: "They will lose the vote {i}."' for i in range(n))), 125),
    "quote_unclosed": (lambda n: text("Alice Smith said “" + "\n\n".join(
        SENTENCE for _ in range(n))), 250),
    "quotes_nested10": (lambda n: text(" ".join(nested_quotes(10) for _ in range(n))), 125),
    "long_sentence": (lambda n: text(" ".join(["word", "council", "budget", "and"][i % 4]
                                              for i in range(n)) + "."), 2500),
    "short_lines": (lambda n: text("\n".join(f"Line {i}." for i in range(n))), 1250),
    "names": (lambda n: text(" ".join(f"{name(i)} met {name(i + 1)}." for i in range(0, n, 2))),
              1250),
    "names_one_line": (lambda n: text(", ".join(name(i) for i in range(n))), 1250),
    "datelines": (lambda n: text("\n".join(f"PARIS, Dec. 2 (Reuters) - {SENTENCE}"
                                           for _ in range(n))), 500),
    "bylines": (lambda n: text("\n".join(f"By {name(i)}" for i in range(n))), 1250),
    "share_lines": (lambda n: text(SENTENCE * 5 + "\n" + "\n".join(
        "Share on Facebook" for _ in range(n))), 1250),
    "title_long_quotes": (lambda n: json.dumps({
        "title": "Long " * n, "text": " ".join(f'{name(i)} said "we win {i}."'
                                                for i in range(n // 10))}).encode(), 2000),
    "url_long_quotes": (lambda n: json.dumps({
        "title": "Long url", "url": "https://x.io/" + "a" * (50 * n),
        "text": " ".join(f'{name(i)} said "the council will pass the budget {i}."'
                         for i in range(n // 20))}).encode(),
                        2000),
    "one_line_text": (lambda n: (SENTENCE.replace("council", "Council of Anna Berg") * n).encode(),
                      500),
    "zero_width": (lambda n: text("".join(f"w{ZW[i % len(ZW)]}" for i in range(n)) + "."), 12500),
    "zero_width_words": (lambda n: text(" ".join(f"Alice{ZW[i % len(ZW)]} said" for i in range(n))),
                         5000),
    "prose_text": (lambda n: text(SENTENCE * n), 3900),
    "prose_paragraphs": (lambda n: text("\n\n".join(SENTENCE * 3 for _ in range(n))), 1300),
    "html_table": (lambda n: html(page("<table>" + "".join(
        f"<tr><td>{i}</td><td>Cell {i}</td><td>Alice</td><td>x</td></tr>" for i in range(n))
        + "</table>")), 3800),
    "html_p": (lambda n: html(page("".join(f"<p>{SENTENCE}</p>" for _ in range(n)))), 3500),
    "html_p_short": (lambda n: html(page("".join(f"<p>Item {i}</p>" for i in range(n)))), 6250),
    "html_div_nested": (lambda n: html(page("<div>" * n + SENTENCE + "</div>" * n)), 5000),
    "html_div_open": (lambda n: html(page("<div>" * n)), 12500),
    "html_jsonld": (lambda n: html(page("", head='<script type="application/ld+json">' + json.dumps(
        {"@type": "NewsArticle", "headline": "H", "author": [{"@type": "Person", "name": name(i)}
                                                            for i in range(n)],
         "articleBody": SENTENCE * n}) + "</script>")), 2000),
    "html_meta": (lambda n: html(page("", head="".join(
        f'<meta name="author" content="{name(i)}"><meta property="article:tag" content="t{i}">'
        for i in range(n)))), 2500),
    "html_long_attr": (lambda n: html(page(f'<p class="{"c" * n}">{SENTENCE}</p>'
                                           f'<a href="https://x.io/{"a" * n}">l</a>')), 125_000),
    "html_links": (lambda n: html(page('<a href="https://x.io/">l</a>' * n), title="Links"),
                   2500),
    "html_li_links": (lambda n: html(page("<ul>" + "".join(
        f'<li><a href="https://x.io/{i}">Link {i}</a></li>' for i in range(n)) + "</ul>")), 2500),
    "html_prose": (lambda n: html(page("".join(f"<p>{SENTENCE * 4}</p>" for _ in range(n)))),
                   950),
    "html_headings": (lambda n: html(page("".join(f"<h2>Head {i}</h2><p>{SENTENCE}</p>"
                                                  for i in range(n)))), 2500),
    "html_times": (lambda n: html(page("".join(
        f'<p><time datetime="2024-01-{1 + i % 28:02d}">Jan {1 + i % 28}</time> {SENTENCE}</p>'
        for i in range(n)))), 2100),
}


def counts(article: Any) -> dict[str, int]:
    """What makes an event grow: removed lines, links, entities, mentions, quotes."""
    return {
        "removed": len(article.boilerplate.removed_lines),
        "links": len(article.boilerplate.links),
        "entities": len(article.entities),
        "mentions": sum(len(e.mentions) for e in article.entities),
        "quotes": len(article.quotes),
    }


def worker_outputs(article: Any, settings: Settings) -> list[Any]:
    """The article's events as the worker makes them: bounded where the tree bounds them
    (``bounded_outputs``), all of them in a tree from before that (to measure it too)."""
    bounded = getattr(stream_outputs, "bounded_outputs", None)
    if bounded is None:
        return list(stream_outputs.article_outputs(article))
    return list(bounded(article, settings.max_message_bytes, settings.max_events_bytes))


def rss_mb() -> float:
    status = Path("/proc/self/status").read_text().splitlines()
    return int(next(x for x in status if x.startswith("VmRSS")).split()[1]) / 1024


def measure(pipeline: Pipeline, payload: bytes, settings: Settings) -> dict[str, Any]:
    """Enrich ``payload`` as the worker does and serialise its events; what it cost."""
    before = rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    result: dict[str, Any] = {}
    try:
        raw = decode_message(payload, settings.max_article_bytes, key=b"bench")
        article = pipeline.enrich(raw)
        outputs = worker_outputs(article, settings)
        result |= {"events": sum(len(o.value) for o in outputs),
                   "largest": max(len(o.value) for o in outputs), **counts(article)}
    except NewswireError as exc:
        result["error"] = type(exc).__name__
    result |= {"seconds": round(time.perf_counter() - started, 2),
               "cpu": round(time.process_time() - cpu, 2), "rss_before": round(before),
               "peak": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    return result


def in_child(pipeline: Pipeline, payload: bytes, settings: Settings) -> dict[str, Any]:
    """:func:`measure` in a forked child, killed after :data:`TIMEOUT_S`."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            out = json.dumps(measure(pipeline, payload, settings)).encode()
        except BaseException as exc:  # noqa: BLE001 - report the crash, whatever it is
            out = json.dumps({"error": f"crash {exc!r}"[:200]}).encode()
        os.write(write_end, out)
        os._exit(0)
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], TIMEOUT_S)
    if not ready:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
        return {"error": f"timeout {TIMEOUT_S:.0f}s", "seconds": TIMEOUT_S}
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    return dict(json.loads(b"".join(chunks) or b'{"error": "child died"}'))


def verdict(rows: list[dict[str, Any]]) -> str:
    """Why a family's growth or largest size is a problem ("" when it is not)."""
    flags = []
    last = rows[-1]
    if "timeout" in str(last.get("error", "")) or last.get("cpu", 0) > SLOW_S:
        flags.append("slow")
    if last.get("peak", 0) > BIG_MB:
        flags.append("memory")
    for a, b in pairwise(rows):
        if b.get("cpu", 0) > 1.0 and b["cpu"] > GROWTH * max(a.get("cpu", 0), 0.05):
            flags.append("time superlinear")
        grew, grew_before = b.get("peak", 0) - b.get("rss_before", 0), a.get("peak", 0) - a.get(
            "rss_before", 0)
        if grew > 100 and grew > GROWTH * max(grew_before, 10):
            flags.append("memory superlinear")
        if b.get("events", 0) > 1_000_000 and b["events"] > GROWTH * max(a.get("events", 1), 1):
            flags.append("events superlinear")
    return ", ".join(dict.fromkeys(flags))


def warm_up(pipeline: Pipeline) -> None:
    """Load every model and lazy table once, before the children are forked."""
    for raw in (text("Alice Smith said \"we will win\" in Paris on Monday. " * 5),
                text("Marie Dupont a déclaré « nous allons gagner » à Paris lundi. " * 5),
                html(page("<p>Bob Jones met Carl Dahl.</p>"))):
        pipeline.enrich(decode_message(raw, 10**7))


def run(families: list[str], scales: list[int], base: int | None) -> None:
    settings = Settings()
    print(describe(), flush=True)
    print(f"max_article_bytes={settings.max_article_bytes}", flush=True)
    pipeline = Pipeline(settings.model)
    warm_up(pipeline)
    summary = []
    for family in families:
        make, n0 = FAMILIES[family]
        rows = []
        for scale in scales:
            n = (base or n0) * scale
            payload = make(n)
            row = {"n": n, "payload": len(payload), **in_child(pipeline, payload, settings)}
            rows.append(row)
            print(f"{family:20} {json.dumps(row)}", flush=True)
            if "timeout" in str(row.get("error", "")):
                break
        flag = verdict(rows)
        summary.append((family, rows[-1], flag))
        print(f"{family:20} => {flag or 'ok'}", flush=True)
    print("\nfamily | largest n | payload B | s | cpu s | peak MB | event B | flag")
    for family, row, flag in summary:
        print(f"{family} | {row['n']} | {row['payload']} | {row.get('seconds')} | "
              f"{row.get('cpu', '-')} | "
              f"{row.get('peak', '-')} | {row.get('events', row.get('error', '-'))} | "
              f"{flag or 'ok'}")


def profile(family: str, n: int, top: int) -> None:
    settings = Settings()
    pipeline = Pipeline(settings.model)
    warm_up(pipeline)
    payload = FAMILIES[family][0](n)
    profiler = cProfile.Profile()
    profiler.enable()
    print(measure(pipeline, payload, settings))
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", default=None, choices=sorted(FAMILIES))
    parser.add_argument("--scales", nargs="*", type=int, default=[1, 2, 4, 8])
    parser.add_argument("--n", type=int, default=None, help="base size (default: per family)")
    parser.add_argument("--profile", choices=sorted(FAMILIES), default=None)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    if args.profile:
        profile(args.profile, args.n or FAMILIES[args.profile][1] * 8, args.top)
    else:
        run(args.only or list(FAMILIES), args.scales, args.n)


if __name__ == "__main__":
    main()
