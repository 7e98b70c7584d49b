"""Hostile inputs for ``bench/hostile_scale.py``: each family builds the payload a producer
would send, of size n (link floods, quote floods, one huge sentence, thousands of lines, names
or datelines, HTML bombs and tables, huge JSON-LD, zero-width floods, prose)."""

from __future__ import annotations

import json
from collections.abc import Callable

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
