"""From a RawArticle to the text spaCy reads: which title is kept, and where it came from."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.boilerplate.headlines import HEADLINE_MAX_CHARS, is_headline
from newswire.nlp.prepare import MAX_TITLE_CHARS, prepare, title_source

LONG = "The council met on Monday to debate the budget for schools and roads. " * 20
PAGE = ("<html><head><title>{title}</title></head><body><article>"
        f"<p>{LONG}</p></article></body></html>")


@pytest.mark.parametrize(("raw", "title", "source", "body_starts"), [
    (RawArticle(title="Budget passes", text="The council approved it."),
     "Budget passes", "input", "The council"),
    (RawArticle(text="Budget passes\nThe council approved it."),
     "Budget passes", "headline", "The council"),
    # A "title" of 1,400 characters is the text's first paragraph; its events would each
    # have carried it (a plain text of one long line has its whole line as title).
    (RawArticle(title=LONG, text="More text."), "", None, LONG[:20]),
    (RawArticle(title=LONG), "", None, LONG[:20]),
    (RawArticle(title=LONG, text="Budget passes\nThe council approved it."), "", None,
     LONG[:20]),
    (RawArticle(title="Budget passes", html=PAGE.format(title="Council budget")),
     "Budget passes", "input", "The council"),
    (RawArticle(title=LONG, html=PAGE.format(title="Council budget")),
     "Council budget", "page", "The council"),
    (RawArticle(html=PAGE.format(title="Budget " * 200)), "", None, "The council"),
])
def test_a_title_is_at_most_max_title_chars(raw: RawArticle, title: str, source: str | None,
                                            body_starts: str) -> None:
    """A title over MAX_TITLE_CHARS is none: a text's is its first paragraph, a page's own
    title fills in for the input's, and a page's own that long is dropped."""
    cleaned = prepare(raw)
    assert (cleaned.title, title_source(raw, cleaned)) == (title, source)
    assert cleaned.body.startswith(body_starts)
    assert len(cleaned.title) <= MAX_TITLE_CHARS < len(LONG)


@pytest.mark.parametrize(("line", "expected"), [
    ("Budget passes after long debate", True),
    ("Budget " + "x" * (HEADLINE_MAX_CHARS - 7), True),
    ("Budget " + "x" * (HEADLINE_MAX_CHARS - 6), False),
])
def test_a_headline_is_at_most_headline_max_chars(line: str, expected: bool) -> None:
    """A first line of few but long words is no headline past HEADLINE_MAX_CHARS."""
    assert is_headline(line, "The council approved it.") is expected


SHORT_GERMAN = ("<html><head><title></title><meta property='og:type' content='article'></head>"
                "<body><article><p>1, 2, 3.</p><p>Newsletter kostet 8 Euro.</p></article>"
                "</body></html>")


@pytest.mark.parametrize(("language", "kept"), [("de", True), (None, False), ("en", False)])
def test_the_inputs_language_reaches_the_page_rules(language: str | None, kept: bool) -> None:
    """A page too short for its text to tell its language is read in the input's: claimed
    German, a line with "Newsletter" in it is no English subscribe call."""
    raw = RawArticle(html=SHORT_GERMAN, language=language, url="https://example.org/2024/wahl")
    assert ("Newsletter kostet 8 Euro." in prepare(raw).body) is kept
