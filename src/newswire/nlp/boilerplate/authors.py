"""Who wrote a page: the names its markup gives, cleaned of what is not a name.

``metadata.py`` asks, in this order, and the first source that names someone wins:
meta tags and JSON-LD (trafilatura), the "Written by" label of the page's Twitter card
(:func:`written_by`), a link to an author page (:func:`author_link`), a byline or author box
(``class*="author"``, :func:`.bylines.author_box`); then, only on some pages, a "By Jane Doe"
line (:func:`.bylines.byline_text`) and trafilatura's byline search of the text (slow, only
where :func:`.author_markup.has_author_markup` says it may find something). Each step was
measured on WCXB dev article pages, tuned on odd file ids and confirmed on even ones
(``bench/metadata_eval.py``).

Lives here: the sources that are one element's attribute or link (:func:`written_by`,
:func:`author_link`). Beside it: bylines and author boxes (:mod:`.bylines`), whether
trafilatura's search can find anything (:mod:`.author_markup`), names cleaned
(:mod:`.author_names`). May import those and lxml; not :mod:`.metadata`, which calls it.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.bylines import MAX_BYLINE_WORDS, words_of

__all__ = ["MAX_LINK_NAME_WORDS", "author_link", "written_by"]

#: Twitter card labels (Yoast, Rank Math) whose data is the post's author.
_AUTHOR_LABELS = frozenset({"written by", "author", "posted by", "by"})
#: A link to a page about a person: /author/jane-doe, /staff/jane-doe/, /users/jdoe.
_AUTHOR_PAGE = re.compile(
    r"/(?:author|authors|writer|writers|people|staff|profile|profiles|contributor"
    r"|contributors|team|user|users|by)/[^/?#]+/?(?:[?#].*)?$",
    re.IGNORECASE,
)
#: Author-page links in menus and page furniture name the site's other authors.
_OUTSIDE_BYLINES = frozenset({"nav", "header", "footer"})
#: Link text that is not a name: "View all posts", "More from Jane", "12 articles".
_NOT_LINK_NAME = re.compile(r"\d|\b(?:more|all|view|posts|articles)\b", re.IGNORECASE)
MAX_LINK_NAME_WORDS = 5


def written_by(tree: etree._Element) -> str | None:
    """The author in the page's Twitter card labels (``twitter:label1`` "Written by",
    ``twitter:data1`` the name), which SEO plugins fill from the post's own author."""
    # XPath's //meta[starts-with(@name, 'twitter:label') or starts-with(@property, ...)],
    # read by lxml's own walk of the meta tags: a third less time.
    labels = [meta for meta in tree.getroottree().getroot().iter("meta")
              if meta.get("name", "").startswith("twitter:label")
              or meta.get("property", "").startswith("twitter:label")]
    for label in labels:
        if (label.get("content") or "").strip(" :").lower() not in _AUTHOR_LABELS:
            continue
        key = (label.get("name") or label.get("property")).replace(":label", ":data")
        for data in tree.xpath("//meta[@name=$key or @property=$key]", key=key):
            if content := (data.get("content") or "").strip():
                return str(content)
    return None


def author_link(tree: etree._Element) -> str | None:
    """The text of the first link to an author page outside menus, header and footer, with
    the author-page links beside it in a short byline ("By <a>A</a> and <a>B</a>": "A; B")."""
    for link in tree.iterfind(".//a[@href]"):
        if not (text := _link_name(link)) or any(
                a.tag in _OUTSIDE_BYLINES for a in _page_ancestors(link)):
            continue
        parent = link.getparent()
        if parent is None or len(words_of(parent, MAX_BYLINE_WORDS).split()) > MAX_BYLINE_WORDS:
            return text
        names = [name for other in parent.iterfind(".//a[@href]") if (name := _link_name(other))]
        return "; ".join(dict.fromkeys(names)) if text in names else text
    return None


def _link_name(link: etree._Element) -> str | None:
    """A link to an author page's text if it may be a name ("Jane Doe", not "View all")."""
    if not _AUTHOR_PAGE.search(link.get("href") or ""):
        return None
    text = " ".join(link.text_content().split())
    if not text or len(text.split()) > MAX_LINK_NAME_WORDS or _NOT_LINK_NAME.search(text):
        return None
    return text


def _page_ancestors(element: etree._Element) -> list[etree._Element]:
    """The ancestors of ``element`` from its ``<article>`` up (all of them outside one): a
    header or a menu inside the article is its own (the byline under the headline), not
    the page's furniture."""
    ancestors = list(element.iterancestors())
    tags = [ancestor.tag for ancestor in ancestors]
    return ancestors[tags.index("article"):] if "article" in tags else ancestors
