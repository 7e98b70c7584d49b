"""Buttons and counters between the posts of a forum thread leave its body."""

from __future__ import annotations

import pytest
from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.html import extract
from newswire.nlp.boilerplate.widget_lines import drop_widget_lines, is_widget_line


@pytest.mark.parametrize(("line", "expected"), [
    ("67", True),
    ("- 2", True),
    ("1,992", True),
    ("Share", True),
    ("Improve this answer", True),
    ("Add a comment |", True),
    ("| Show 1 more comment", True),
    ("Reply", True),
    ("59.6k 44 44 gold badges 151 151 silver badges 202 202 bronze badges", True),
    ("3,483 6 6 gold badges 31 31 silver badges 28 28 bronze badges", True),
    ("asked Oct 16, 2010 at 21:58", True),
    ("Commented Oct 17, 2010 at 1:03", True),
    ("edited Nov 28, 2014 at 4:34", True),
    ("answered 3 days ago", True),
    ("5 Likes", True),
    ("13 answers /", True),
    ("Posts: 1,077", True),
    ("Joined", True),
    ("Reaction score", True),
    ("Click to expand...", True),
    ("5 likes later the thread was locked.", False),
    ("Posts about the firmware update are welcome here.", False),
    ("I asked Oct 16 whether the backup finished.", False),
    ("She earned 3 gold badges in the 2010 games.", False),
    ("Try Ctrl+Tab, that should do it.", False),
    ("Windows 7", False),
    ("Share your results below, I would like to compare.", False),
    ("2024.4.4 -> 2024.5.0 issue", False),
])
def test_is_widget_line(line: str, expected: bool) -> None:
    """A counter, a lone button, a member's badge counts, a post's "asked"/"edited" time or
    its counts and labels ("5 Likes", "Posts: 1,077") is a widget line; any line with words
    of a post is not."""
    assert is_widget_line(line) is expected


def test_drop_widget_lines_keeps_the_posts() -> None:
    """Counters and buttons between posts go, list items included; the posts stay."""
    body = etree.fromstring(
        "<body><p>13</p><p>You can use AutoHotkey to move the focus.</p><p>Share</p>"
        "<list><item>Tab to move the focus</item><item>7</item></list></body>")
    assert drop_widget_lines(body) == ["13", "Share", "7"]
    assert [t.strip() for t in body.itertext() if t.strip()] == [
        "You can use AutoHotkey to move the focus.", "Tab to move the focus"]


THREAD = (
    "<html><head><title>Focus the file pane</title>"
    "<meta property='og:type' content='{og}'></head><body><main>"
    + "".join(
        f"<div class='post'><div class='votes'>{n}</div><p>Answer {n}: press Ctrl+Tab twice "
        "to move the keyboard focus to the file pane of the window, then use the arrows.</p>"
        "<p><a href='/share'>Share</a></p></div>" for n in range(3, 9))
    + "</main></body></html>")


@pytest.mark.parametrize(("og", "kept"), [("forum", False), ("article", True)])
def test_widget_lines_leave_forum_pages_only(og: str, kept: bool) -> None:
    """On a page told forum the vote counts and Share links leave the body; on an article
    page they are left to the article rules."""
    lines = [b.text for b in extract(THREAD.format(og=og), "https://x.org/t/focus/1").blocks]
    assert any(t.startswith("Answer 5") for t in lines)
    assert any(t == "Share" or t.isdigit() for t in lines) is kept
