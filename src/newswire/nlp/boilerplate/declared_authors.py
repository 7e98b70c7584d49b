"""The authors a page's JSON-LD declares that trafilatura does not read.

trafilatura's ``extract_meta_json`` takes a JSON-LD ``author`` only when it is a Person with
a name of its own. Two common forms are left out: an Organization as the author (a company
blog: ``{"@type": "Organization", "name": "Loona Construction"}``), and a reference to
another object of the page's ``@graph`` (Yoast and Rank Math write ``{"@id":
"https://site/#/schema/person/…"}`` and give the name in that object). Read here as the
last resort, when nothing else on the page names an author.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.json_ld import JsonLdObjects, page_objects

__all__ = ["declared_authors"]


def declared_authors(tree: etree._Element, json_ld: JsonLdObjects | None = None) -> str | None:
    """The names of the ``author`` values of the page's JSON-LD, ``"; "``-joined (as
    trafilatura gives its authors): a name, an object with a ``name`` (a Person or an
    Organization), or an ``{"@id": …}`` that names another object of the page's JSON-LD.
    ``json_ld``: the page's JSON-LD objects when the caller has read them."""
    objects = page_objects(tree) if json_ld is None else json_ld
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
