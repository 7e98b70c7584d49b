"""A link post's discussion as its text: where the page's own text is a title and a link out.

newswire asks trafilatura for the main text without comments: on an article the comments
are not the article (WCXB dev articles, trafilatura alone: 0.925 with them, 0.933 without).
But on a link aggregator's page (lobste.rs, Hacker News, a Reddit link post, Slashdot), the
post is a headline and a link to another site, and the page's text is its discussion:
without comments, trafilatura keeps a few words of header (WCXB tune 0575, lobste.rs: 27
words, word F1 0.02; with comments 0.72). So where the text without comments is a few
words and trafilatura's text with them is many times longer, the discussion is the page's
text. On an article the text alone is long, so this never runs there.

Lives here: :func:`discussion_body` and its thresholds. May import ``fallbacks``,
``trafilatura_paths``, ``line_rules`` and lxml; not :mod:`.html`.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.fallbacks import skipping_idle_fallbacks
from newswire.nlp.boilerplate.trafilatura_paths import python_paths

__all__ = ["DISCUSSION_MIN_WORDS", "DISCUSSION_SHARE", "LINK_POST_WORDS", "discussion_body"]

#: At most this many words of text without comments: a headline, a link and a byline.
LINK_POST_WORDS = 50
#: The text with comments is at least this many times longer than the text without ...
DISCUSSION_SHARE = 5
#: ... and at least this long: a thread, not a line or two under a short post.
DISCUSSION_MIN_WORDS = 200


def discussion_body(
    tree: etree._Element, body: etree._Element | None, url: str | None
) -> etree._Element | None:
    """trafilatura's body with the page's comments when ``body`` (without them) is a link
    post's few words and the discussion is many times longer; else ``body``."""
    kept = _words(body) if body is not None else 0
    if kept > LINK_POST_WORDS or not _links_out(tree, body, url):
        return body
    from trafilatura import bare_extraction

    with skipping_idle_fallbacks(), python_paths():
        doc = bare_extraction(
            tree, url=url, fast=True, include_comments=True, include_tables=True,
            with_metadata=False,
        )
    parts = [getattr(doc, name, None) for name in ("body", "commentsbody")]
    found = sum(_words(part) for part in parts if part is not None)
    if found < max(DISCUSSION_MIN_WORDS, DISCUSSION_SHARE * kept):
        return body
    joined = etree.Element("body")
    for part in parts:
        if part is not None:
            joined.extend(list(part))
    return joined


def _links_out(tree: etree._Element, body: etree._Element | None, url: str | None) -> bool:
    """Whether the post's own words include a link to another site (a link post's title):
    a video or photo page's short caption links nowhere, and its comments are not its text."""
    home = urlsplit(url).hostname if url else None
    text = " ".join(" ".join(body.itertext()).split()) if body is not None else ""
    for link in tree.iterfind(".//a[@href]"):
        host = urlsplit(link.get("href", "")).hostname
        words = " ".join(" ".join(link.itertext()).split())
        if host and host != home and len(words.split()) >= 2 and words in text:
            return True
    return False


def _words(element: etree._Element) -> int:
    return sum(len(text.split()) for text in element.itertext())
