"""Whether trafilatura's byline search may find anything (``author_markup``)."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.author_markup import has_author_markup
from tests.nlp.boilerplate.test_authors import PROSE, tree


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (PROSE, False),
        ('<div class="story-body"><p>Text.</p></div><span id="main">x</span>', False),
        ('<div class="Author">x</div>', True),
        ('<span class="c-byline__item">x</span>', True),
        ('<div class="post-writer">x</div>', True),
        ('<span class="username">x</span>', True),
        ('<span class="byl">x</span>', True),
        ('<span id="zuozhe">x</span>', True),
        ('<span id="article-author">x</span>', True),
        ('<span itemprop="author name">x</span>', True),
        ('<div data-component="SimpleByline">x</div>', True),
        ('<a rel="author" href="/jane">Jane Doe</a>', True),
        ('<div data-testid="AuthorCard">x</div>', True),
        ("<author>Jane Doe</author>", True),
        ("<p><rel>me</rel>Jane Doe</p>", True),
    ],
)
def test_author_markup_precedes_trafilaturas_byline_search(body: str, expected: bool) -> None:
    """Pages without what trafilatura's byline search reads skip it (it finds nothing)."""
    page = tree(body=body)
    assert has_author_markup(page) is expected
    if not expected:
        from trafilatura.metadata import extract_author

        assert extract_author(page) is None


def test_byline_xpaths_are_the_ones_has_author_markup_covers() -> None:
    """has_author_markup mirrors trafilatura's byline XPaths: an upgrade that changes them
    fails here, so the mirror is checked again rather than silently skipping bylines."""
    import hashlib

    from trafilatura.xpaths import AUTHOR_XPATHS

    paths = " ".join(" ".join(xpath.path for xpath in AUTHOR_XPATHS).split())
    assert hashlib.sha256(paths.encode()).hexdigest()[:16] == "1786364624caf88c"
