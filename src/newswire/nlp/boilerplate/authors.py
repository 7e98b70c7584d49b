"""Who wrote a page: the names its markup gives, cleaned of what is not a name.

``metadata.py`` asks, in this order, and the first source that names someone wins:
meta tags and JSON-LD (trafilatura), the "Written by" label of the page's Twitter card
(:func:`written_by`), a link to an author page (:func:`author_link`), then trafilatura's
byline search of the text (slow, only on some pages). Each step was measured on WCXB dev
article pages, tuned on odd file ids and confirmed on even ones (``bench/metadata_eval.py``).
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

_NAME_SEPARATOR = re.compile(r"\s*(?:;|\||,?\s+and\s+|\s+&\s+)\s*")
_BYLINE_PREFIX = re.compile(r"^(?:author|posted|written|by|posted by|written by)\b[:\s]*",
                            re.IGNORECASE)
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\.(?:com|org|net)\b|^\W*$", re.IGNORECASE)
_MONTH = (r"(?:january|february|march|april|june|july|august|september|october|november"
          r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?")
#: A byline search reads the date beside the name ("Jane Doe Dec 19, 2025", "Jane Doe
#: Last updated"). "May" alone is a surname: it goes only with a day after it.
_TRAILING_DATE = re.compile(
    rf"(?:^|\s+)(?:{_MONTH}|may(?=\s+\d))(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?$"
    r"|\s+(?:last\s+)?(?:updated|published|modified)(?:\s+on)?$",
    re.IGNORECASE,
)
#: A name longer than this is a sentence that a byline search picked up.
MAX_AUTHOR_WORDS = 6
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


def clean_authors(raw: str | None) -> list[str]:
    """The names in trafilatura's author string ("A; B"), minus URLs, e-mails and sentences.

    An organisation or the site itself may be the author ("Podium Staff", a one-person blog
    named after its owner): banning the site's name cost 4 (tune) and 6 (check) points of
    author accuracy on WCXB dev articles.
    """
    if not raw:
        return []
    names: list[str] = []
    for part in _NAME_SEPARATOR.split(raw):
        name = _bare_name(part)
        if (not name or _NOT_A_NAME.search(name) or len(name.split()) > MAX_AUTHOR_WORDS
                or name in names):
            continue
        names.append(name)
    return names


def _bare_name(text: str) -> str:
    """``text`` without a "By"/"Written by" prefix and a date after it."""
    name = " ".join(text.split()).strip(" ,.")
    while (bare := _BYLINE_PREFIX.sub("", name)) != name:
        name = bare
    while (bare := _TRAILING_DATE.sub("", name).strip(" ,.·|-")) != name:
        name = bare
    return name


def written_by(tree: etree._Element) -> str | None:
    """The author in the page's Twitter card labels (``twitter:label1`` "Written by",
    ``twitter:data1`` the name), which SEO plugins fill from the post's own author."""
    labels = tree.xpath("//meta[starts-with(@name, 'twitter:label') "
                        "or starts-with(@property, 'twitter:label')]")
    for label in labels:
        if (label.get("content") or "").strip(" :").lower() not in _AUTHOR_LABELS:
            continue
        key = (label.get("name") or label.get("property")).replace(":label", ":data")
        for data in tree.xpath("//meta[@name=$key or @property=$key]", key=key):
            if content := (data.get("content") or "").strip():
                return str(content)
    return None


def author_link(tree: etree._Element) -> str | None:
    """The text of the first link to an author page outside menus, header and footer."""
    for link in tree.iterfind(".//a[@href]"):
        if not _AUTHOR_PAGE.search(link.get("href")):
            continue
        text = " ".join(link.text_content().split())
        if (not text or len(text.split()) > MAX_LINK_NAME_WORDS or _NOT_LINK_NAME.search(text)
                or any(a.tag in _OUTSIDE_BYLINES for a in link.iterancestors())):
            continue
        return text
    return None
