"""What kind of page a web page is, when it says so: article, listing, forum, product...

Only what the page declares and its URL are read: the OpenGraph type, the schema.org types
of its JSON-LD and microdata, and path words (``/forum/``, ``/docs/``). A page that says
nothing clear gets None rather than a guess. Measured on WCXB dev (``bench/
boilerplate_eval.py``): about 86% right where it answers, on two pages in three.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.json_ld import JsonLdObjects, page_objects

__all__ = [
    "ARTICLE_TYPES", "DOC_TYPES", "FORUM_TYPES", "LISTING_TYPES", "MIN_SLUG_WORDS",
    "headline_slug", "page_kind", "schema_types",
]

ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
    "Report", "ScholarlyArticle", "Blog", "Recipe", "Review",
})
FORUM_TYPES = frozenset({"DiscussionForumPosting", "QAPage"})
LISTING_TYPES = frozenset({"CollectionPage", "ItemList"})
DOC_TYPES = frozenset({"TechArticle", "APIReference"})

_FORUM_PATH = re.compile(r"/(?:forums?|threads?|community|discussions?|questions)/")
#: Thread URLs of forum software whose paths say nothing of a forum: phpBB, vBulletin and
#: Invision (``viewtopic.php``, ``showthread.php``, ``showtopic``), Discourse (``/t/slug/123``),
#: Flarum (``/d/123-slug``), Reddit and Lemmy (``/r/name/comments/``, ``/post/123``).
_THREAD_URL = re.compile(
    r"/viewtopic\.php|/showthread\.php|showtopic|/t/[^/?#]+/\d+|/d/\d+-|/r/\w+/comments/"
    r"|//lemmy\.[^/]+/post/\d+",
    re.I,
)
_SHOP_PATH = re.compile(r"/(?:collections?|shop|category|categories|c)/")
_LISTING_PATH = re.compile(r"/(?:tags?|category|categories|topics?|archives?|authors?|page/\d+)/")
_DOC_PATH = re.compile(
    r"//docs?\.|//developer\.|/docs?/|/documentation/|/reference/|/api/|/manual/|/guide/"
)
#: Words of a URL's last path segment ("council-passes-budget", "world-europe-6789").
_SLUG_WORD = re.compile(r"[^\W_]+")
#: An article's URL usually ends in its headline: this many words or more.
MIN_SLUG_WORDS = 3
#: A post filed under its date: ``/2008/09/``, ``/2024/03/05/`` (WCXB dev: the 48 pages whose
#: URL has such folders are all articles).
_DATED_FOLDERS = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/(?:(?:0?[1-9]|[12]\d|3[01])/)?")


def page_kind(
    tree: etree._Element, url: str | None, og_type: str | None,
    json_ld: JsonLdObjects | None = None,
) -> PageKind | None:
    """The kind of page ``tree`` declares itself to be, or None when it does not tell.

    The first kind whose test passes wins; the order settles pages that declare several
    (an article page with a list of related items, a shop page with one offer per product).
    ``json_ld``: the page's JSON-LD objects, when the caller has read them.
    """
    types = schema_types(tree, json_ld)
    og = og_type or ""
    path = (url or "").lower()
    tests: list[tuple[PageKind, bool]] = [
        ("forum", bool(types & FORUM_TYPES) or og == "forum" or bool(_FORUM_PATH.search(path))),
        ("product", _is_product(types, og)),
        ("collection", og == "product.group"
         or bool(_SHOP_PATH.search(path) and types & {"Product", "Offer"})),
        ("article", bool(types & ARTICLE_TYPES) and "CollectionPage" not in types),
        ("listing", bool(types & LISTING_TYPES) or bool(_LISTING_PATH.search(path))),
        ("documentation", bool(types & DOC_TYPES) or bool(_DOC_PATH.search(path))),
        ("article", og == "article"),
        # Last: a thread URL is a guess from the address, which anything declared overrides.
        ("forum", bool(_THREAD_URL.search(path))),
    ]
    return next((kind for kind, passed in tests if passed), None)


def headline_slug(url: str | None) -> bool:
    """True when the URL's last path segment is words ("/council-passes-budget.html"), as
    an article's usually is, or when a publication date's year and month come before it
    ("/2008/09/lean-startup.html": blogs and news sites file posts so); a section, shop or
    service page rarely ends so."""
    path = re.split(r"[?#]", url or "", maxsplit=1)[0].split("//", 1)[-1].rstrip("/")
    if "/" not in path:
        return False
    folders, segment = path.rsplit("/", 1)
    words = _SLUG_WORD.findall(segment.rsplit(".", 1)[0])
    named = any(not w.isdigit() for w in words)  # a post's name, not a day's archive
    return len(words) >= MIN_SLUG_WORDS or (named and bool(_DATED_FOLDERS.search(folders + "/")))


def _is_product(types: set[str], og: str) -> bool:
    """One product on offer (a shop's category page lists many: a collection)."""
    if (og.startswith("product") and og != "product.group") or og.endswith(":item"):
        return True
    return {"Product", "Offer"} <= types and not types & LISTING_TYPES


def schema_types(tree: etree._Element, json_ld: JsonLdObjects | None = None) -> set[str]:
    """Every schema.org ``@type`` in the page's JSON-LD (``json_ld``: its objects, when the
    caller has read them), and its microdata item types."""
    types: set[str] = set()
    for found in page_objects(tree) if json_ld is None else json_ld:
        declared = found.get("@type")
        declared = declared if isinstance(declared, list) else [declared]
        types.update(t for t in declared if isinstance(t, str))
    for itemtype in tree.xpath("//@itemtype"):
        types.update(str(t).rstrip("/").rsplit("/", 1)[-1] for t in str(itemtype).split())
    return types
