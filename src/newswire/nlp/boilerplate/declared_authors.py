"""The authors a page declares that trafilatura does not read: in its JSON-LD, and a
one-word author meta tag.

trafilatura's ``extract_meta_json`` takes a JSON-LD ``author`` only when it is a Person with
a name of its own. Two common forms are left out: an Organization as the author (a company
blog: ``{"@type": "Organization", "name": "Loona Construction"}``), and a reference to
another object of the page's ``@graph`` (Yoast and Rank Math write ``{"@id":
"https://site/#/schema/person/…"}`` and give the name in that object). Read here as the
last resort, when nothing else on the page names an author.

A one-word author meta tag (``<meta name="author" content="Alexa">``) is set aside at
first, as trafilatura does (a handle or the site), and read after everything else: a
first name or a handle is how some blogs sign, except the site's own name and a CMS's
default account ("admin").
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.json_ld import JsonLdObjects, page_objects

__all__ = ["AUTHOR_META", "declared_authors", "one_word_author"]

#: Meta names and properties of an author (trafilatura's ``METANAME_AUTHOR``, in short).
AUTHOR_META = frozenset({"author", "article:author", "dc.creator", "dcterms.creator",
                         "parsely-author", "sailthru.author", "byl", "creator"})
#: A CMS's default account, no author.
_DEFAULT_ACCOUNTS = frozenset({"admin", "administrator", "webmaster"})
_NOT_WORD = re.compile(r"\W+")


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


def one_word_author(tree: etree._Element, site: str | None) -> str | None:
    """The one word of the page's first author meta tag that gives one ("Alexa",
    "apblackmd"), unless it is a URL, the site's name or a default account."""
    site_key = _NOT_WORD.sub("", (site or "").casefold())
    for meta in tree.iterfind(".//meta[@content]"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        words = (meta.get("content") or "").split()
        if name not in AUTHOR_META or len(words) != 1 or "/" in words[0]:
            continue
        key = _NOT_WORD.sub("", words[0].casefold())
        if key and key not in _DEFAULT_ACCOUNTS and (not site_key or key not in site_key):
            return words[0]
    return None
