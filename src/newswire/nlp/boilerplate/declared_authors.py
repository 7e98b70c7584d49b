"""The authors a page's JSON-LD declares that trafilatura does not read.

trafilatura's ``extract_meta_json`` takes a JSON-LD ``author`` only when it is a Person with
a name of its own. Two common forms are left out: an Organization as the author (a company
blog: ``{"@type": "Organization", "name": "Loona Construction"}``), and a reference to
another object of the page's ``@graph`` (Yoast and Rank Math write ``{"@id":
"https://site/#/schema/person/…"}`` and give the name in that object). Read here as the
last resort, when nothing else on the page names an author.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.html_tree import json_ld_documents
from newswire.nlp.boilerplate.page_kind import MAX_DEPTH

__all__ = ["MAX_OBJECTS", "declared_authors"]

#: JSON-LD objects read at most: a page's own declarations come in the first few dozen;
#: a hostile page may hold millions.
MAX_OBJECTS = 2_000


def declared_authors(tree: etree._Element, json_ld: list[object] | None = None) -> str | None:
    """The names of the ``author`` values of the page's JSON-LD, ``"; "``-joined (as
    trafilatura gives its authors): a name, an object with a ``name`` (a Person or an
    Organization), or an ``{"@id": …}`` that names another object of the page's JSON-LD.
    ``json_ld``: the page's JSON-LD when the caller has parsed it."""
    objects = _objects(json_ld_documents(tree) if json_ld is None else json_ld)
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


def _objects(documents: list[object]) -> list[dict[str, Any]]:
    """Every JSON object of the page's JSON-LD documents (nested ones too), in order."""
    objects: list[dict[str, Any]] = []
    for data in documents:
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
