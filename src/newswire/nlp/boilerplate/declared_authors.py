"""The authors a page's JSON-LD declares that trafilatura does not read.

trafilatura's ``extract_meta_json`` takes a JSON-LD ``author`` only when it is a Person with
a name of its own. Two common forms are left out: an Organization as the author (a company
blog: ``{"@type": "Organization", "name": "Loona Construction"}``), and a reference to
another object of the page's ``@graph`` (Yoast and Rank Math write ``{"@id":
"https://site/#/schema/person/…"}`` and give the name in that object). Read here as the
last resort, when nothing else on the page names an author.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.page_kind import MAX_DEPTH

__all__ = ["MAX_OBJECTS", "declared_authors"]

#: JSON-LD objects read at most: a page's own declarations come in the first few dozen;
#: a hostile page may hold millions.
MAX_OBJECTS = 2_000


def declared_authors(tree: etree._Element) -> str | None:
    """The names of the ``author`` values of the page's JSON-LD, ``"; "``-joined (as
    trafilatura gives its authors): a name, an object with a ``name`` (a Person or an
    Organization), or an ``{"@id": …}`` that names another object of the page's JSON-LD."""
    objects = _objects(tree)
    named = {o["@id"]: o["name"] for o in objects
             if isinstance(o.get("@id"), str) and isinstance(o.get("name"), str)}
    names: list[str] = []
    for found in objects:
        authors = found.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = author if isinstance(author, str) else _name_of(author, named)
            if name and name not in names:
                names.append(name)
    return "; ".join(names) or None


def _name_of(author: object, named: dict[str, str]) -> str | None:
    if not isinstance(author, dict):
        return None
    name = author.get("name")
    if isinstance(name, str):
        return name
    reference = author.get("@id")
    return named.get(reference) if isinstance(reference, str) else None


def _objects(tree: etree._Element) -> list[dict[str, Any]]:
    """Every JSON object of the page's JSON-LD scripts (nested ones too), in order."""
    objects: list[dict[str, Any]] = []
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # broken JSON-LD is common: read the rest
            continue
        for found in _walk(data, 0):
            objects.append(found)
            if len(objects) >= MAX_OBJECTS:
                return objects
    return objects


def _walk(node: object, depth: int) -> Iterator[dict[str, Any]]:
    if depth > MAX_DEPTH:
        return
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value, depth + 1)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value, depth + 1)
