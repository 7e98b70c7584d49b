"""A link post's discussion is its text: where the post is a headline and a link out and the
comments are many times longer, they come out; beside an article, they stay out."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.clean import clean_html
from tests.nlp.boilerplate.test_page_kind import wcxb_page, word_f1

REPLIES = [
    "I tried the new release on our build servers last week and the compile times dropped by "
    "about a third, which matches what the announcement promised for large workspaces.",
    "The part about incremental builds is what matters to me; our monorepo spends most of its "
    "time re-checking crates that did not change at all between two commits.",
    "Has anyone measured memory use? On the laptops our team uses, the linker was the step "
    "that ran out of memory, not the compiler itself, so I am curious whether that changed.",
    "The goals read well, but the previous year's list had several items that slipped, and I "
    "would like to see a short note on which of those carried over and why they slipped.",
    "We moved two services to it in the spring and the error messages alone were worth the "
    "switch; new people on the team picked it up faster than any language before.",
    "I would still like a stable way to write async code in traits without boxing every "
    "future, since that is the one thing that keeps us on the older patterns everywhere.",
]


def _comments(replies: list[str]) -> str:
    """A thread as lobste.rs marks it up: a list of comment subtrees."""
    return "".join(f"<li class='comments_subtree'><div class='comment'><p>{reply}</p></div></li>"
                   for reply in replies)


def _page(post: str, replies: list[str]) -> str:
    return ("<html><head><title>Project goals for 2024</title>"
            "<meta property='og:type' content='article'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/recent'>Recent</a></nav>"
            f"<div class='story'>{post}</div>"
            f"<ol class='comments'>{_comments(replies)}</ol></body></html>")


LINK_POST = ("<h1><a href='https://blog.example.org/goals-2024'>Project goals for 2024</a></h1>"
             "<p>via ann, 12 comments</p>")
ARTICLE = "".join(
    f"<p>{sentence}</p>" for sentence in [
        "The project published its goals for the coming year on Monday, after a month of "
        "discussion among the teams that maintain the compiler and its libraries.",
        "Among them are faster builds for large workspaces, a stable way to write "
        "asynchronous code in traits, and better messages when the borrow checker refuses "
        "a program that its author believes to be correct.",
        "The teams said that several goals from last year had slipped because the "
        "volunteers who led them had moved on, and that each goal now has a named owner "
        "who reports on its progress every six weeks.",
    ])


@pytest.mark.parametrize(("post", "replies", "kept", "left_out"), [
    # A headline, a link and a byline: the thread is the page's text.
    (LINK_POST, REPLIES, REPLIES[2][:40], ""),
    # An article with comments below it: the article alone.
    (ARTICLE, REPLIES, "named owner", REPLIES[2][:40]),
    # A link post with one short reply: no discussion to read, the post stays as it was.
    (LINK_POST, ["Nice, thanks for posting."], "", "thanks for posting"),
    # A short news page (a video's caption) links to no other site: its comments stay out.
    ("<h1>Flooding closes the coast road</h1><p>By Ann Lee. Video: the road at dawn.</p>",
     REPLIES, "coast road", REPLIES[2][:40]),
])
def test_link_post_discussion(post: str, replies: list[str], kept: str, left_out: str) -> None:
    """The comments come out only under a link post, and only when they are a discussion."""
    text = clean_html(_page(post, replies), "https://news.example.org/s/ab12cd/goals_2024").body
    assert kept in text
    if left_out:
        assert left_out not in text


def test_wcxb_link_post_discussion() -> None:
    """WCXB tune 0575 (lobste.rs, a link post): 0.02 before, trafilatura alone 0.72."""
    html, url, expected = wcxb_page("0575")
    assert word_f1(expected, clean_html(html, url).body) > 0.6
