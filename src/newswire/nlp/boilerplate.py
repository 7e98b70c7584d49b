"""Boilerplate stripping (placeholder: replaced by the boilerplate work, issue 4).

Contract used by :mod:`newswire.nlp.pipeline`:

* ``clean_text(title, text, learned=frozenset()) -> Cleaned``
* ``clean_html(html, url=None, learned=frozenset()) -> Cleaned``
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from newswire.models import Boilerplate, Link, RemovedLine

URL_RE = re.compile(r"https?://[^\s<>\"')\]]+")


@dataclass(frozen=True)
class Cleaned:
    """An article's title and clean body, with what was stripped."""

    title: str
    body: str
    boilerplate: Boilerplate
    author: str | None = None


def clean_text(title: str, text: str, learned: AbstractSet[str] = frozenset()) -> Cleaned:
    """Strip lines that are only promotion or links (placeholder rules)."""
    kept: list[str] = []
    removed: list[RemovedLine] = []
    links: list[Link] = []
    for line in text.splitlines():
        urls = URL_RE.findall(line)
        if urls or line.lower().startswith(("subscribe", "source:", "responses", "connect with")):
            removed.append(RemovedLine(text=line, rule="link"))
            links.extend(Link(url=u, label=line) for u in urls)
        else:
            kept.append(line)
    return Cleaned(title, "\n".join(kept).strip(), Boilerplate(removed_lines=removed, links=links))


def clean_html(html: str, url: str | None = None, learned: AbstractSet[str] = frozenset()) -> Cleaned:
    """Main text of a web page via trafilatura (placeholder)."""
    import trafilatura

    text = trafilatura.extract(html, url=url) or ""
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta else None) or ""
    return clean_text(title, text, learned)
