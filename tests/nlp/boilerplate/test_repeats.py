"""A section a page prints twice (desktop and mobile copies) is read once."""

from __future__ import annotations

import pytest
from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.html import extract
from newswire.nlp.boilerplate.repeats import drop_repeated_runs, repeated_lines, repeated_runs

FEATURES = [
    "Learn to navigate stressful situations without making them worse.",
    "Build skills to manage intense emotions in the moment.",
    "Practice mindfulness with a licensed therapist every week.",
]


@pytest.mark.parametrize(("texts", "expected"), [
    ([*FEATURES, "Book a call", *FEATURES], {4, 5, 6}),
    (FEATURES + [t.upper() + "!" for t in FEATURES], {3, 4, 5}),
    (FEATURES + FEATURES[:2], set()),
    (["Share", "Reply", "Report", "First post of the thread, long enough to be read.",
      "Share", "Reply", "Report"], set()),
    (["Screen size: up to 43\"", "Model A, a monitor arm for one screen", "Screen size: up to 43\"",
      "Model B, a monitor arm for two screens"], set()),
    (FEATURES, set()),
])
def test_repeated_runs(texts: list[str], expected: set[int]) -> None:
    """Three blocks in a row, ten words or more, repeated word for word (case and punctuation
    aside) after the first copy go; two repeated blocks, short buttons or one spec line
    shared by several products do not."""
    assert repeated_runs(texts) == expected


def test_drop_repeated_runs_keeps_the_first_copy() -> None:
    """The later copy leaves the body, list items included; the first copy stays in place."""
    items = "".join(f"<item>{t}</item>" for t in FEATURES)
    body = etree.fromstring(
        f"<body><head>How therapy helps</head><list>{items}</list><p>Book a call</p>"
        f"<list>{items}</list><p>Our therapists are licensed in 40 states.</p></body>")
    assert drop_repeated_runs(body) == FEATURES
    lines = [t.strip() for t in body.itertext() if t.strip()]
    assert lines == ["How therapy helps", *FEATURES, "Book a call",
                     "Our therapists are licensed in 40 states."]


SERVICE_PAGE = (
    "<html><head><title>Online therapy</title>{og}</head><body><main>"
    "<h1>Online therapy for anxiety</h1>"
    "<p>Our licensed therapists meet you by video, on your schedule, from $90 a session.</p>"
    "<div class='features desktop-only'>{features}</div>"
    "<div class='features mobile-only'>{features}</div>"
    "<p>Start with a free 15-minute consultation to find the right therapist for you.</p>"
    "</main></body></html>"
)


@pytest.mark.parametrize(("og", "url", "copies"), [
    ("", "https://www.example-therapy.com/", 1),
    ("<meta property='og:type' content='product'>", "https://www.example-therapy.com/", 1),
    ("<meta property='og:type' content='article'>", "https://www.example-therapy.com/", 2),
    ("", "https://www.example-therapy.com/blog/how-therapy-helps-with-anxiety", 2),
])
def test_repeated_sections_leave_untold_product_and_forum_pages(
        og: str, url: str, copies: int) -> None:
    """A section printed once per breakpoint is read once on pages that do not say their kind
    (unless the URL names a headline: an article) and on product pages; articles keep it."""
    features = "".join(f"<h3>{t}</h3>" for t in FEATURES)
    page = SERVICE_PAGE.format(og=og, features=features)
    lines = [block.text for block in extract(page, url).blocks]
    assert lines.count(FEATURES[1]) == copies
    assert any(line.startswith("Start with a free") for line in lines)


@pytest.mark.parametrize(("texts", "expected"), [
    (["Hey all. I own the Focal Bathys and want closed headphones for the night.",
      "Original Poster", "Join Date: Aug 2008",
      "Hey all. I own the Focal Bathys and want closed headphones for the night.",
      "Try the Dan Clark Stealth: closed, and quiet enough for a sleeping spouse.",
      "Original Poster", "Join Date: Aug 2008"], {3, 5, 6}),
    (["Ridge Wallet", "$76", "Ridge Wallet", "$95", "Ridge Key Case", "$76"], {2, 5}),
    (["Model A", "Model B", "Model C"], set()),
])
def test_repeated_lines(texts: list[str], expected: set[int]) -> None:
    """Block by block (forum, product and shop pages): a reply's quote of the post it answers,
    each post's poster lines, a card's price seen before go after the first copy."""
    assert repeated_runs(texts, 1, 1) == expected


CARDS = "".join(
    f"<div class='card'><h3>Ridge Wallet {name}</h3><p>$76 with free shipping on orders over "
    "$50</p></div>" for name in ("Carbon", "Titanium", "Aluminum"))
SHOP_PAGE = (
    "<html><head><title>Ridge Wallet</title><meta property='og:type' content='{og}'></head>"
    "<body><main><h1>Ridge Wallet</h1><p>A slim wallet that holds up to 12 cards and blocks "
    f"RFID readers, in metal or carbon fibre.</p>{CARDS}<p>Every wallet comes with a lifetime "
    "warranty and free returns for 99 days.</p></main></body></html>"
)


@pytest.mark.parametrize(("og", "copies"), [("product", 1), ("article", 3), ("website", 3)])
def test_product_cards_repeat_their_lines_once(og: str, copies: int) -> None:
    """On a page told product the price line every card repeats is read once; an article or a
    page that does not say its kind keeps each copy (one line alone is no repeated section)."""
    lines = [b.text for b in extract(SHOP_PAGE.format(og=og), "https://ridge.com/p/w").blocks]
    assert lines.count("$76 with free shipping on orders over $50") == copies
    assert "Ridge Wallet Aluminum" in lines


def test_forum_quotes_leave_the_body() -> None:
    """A reply's quote of the post it answers and the poster line of each post go after their
    first copy; the replies stay."""
    post = "Hey all. I own the Focal Bathys and want closed headphones for the night."
    body = etree.fromstring(
        f"<body><p>Original Poster</p><p>{post}</p><p>Member</p><quote>{post}</quote>"
        "<p>Try the Dan Clark Stealth: closed, and quiet enough for a sleeping spouse.</p>"
        "<p>Original Poster</p><p>Thanks, I will give the Stealth a try.</p></body>")
    assert drop_repeated_runs(body, lines=True) == [post, "Original Poster"]
    assert [t.strip() for t in body.itertext() if t.strip()] == [
        "Original Poster", post, "Member",
        "Try the Dan Clark Stealth: closed, and quiet enough for a sleeping spouse.",
        "Thanks, I will give the Stealth a try."]


QUOTED = "Hey all. I own the Focal Bathys and want closed headphones for the night."


@pytest.mark.parametrize(("lines", "expected"), [
    ([QUOTED, "Member", QUOTED.upper(), "Try the Dan Clark Stealth, it is closed."], {2}),
    (["luizjr4", "First answer of the thread.", "luizjr4", "1 like", "1 like"], set()),
    (["import asyncio", "import time", "import asyncio"], set()),
])
def test_repeated_lines_inside_blocks(lines: list[str], expected: set[int]) -> None:
    """A line of five words or more repeated word for word (case and punctuation aside) is
    found after its first copy; a poster's name, "1 like" or a short line of code is not."""
    assert repeated_lines(lines) == expected


THREAD = (
    "<html><head><title>Closed headphones</title></head><body><div class='thread'>"
    f"<div class='post'><p>{QUOTED}</p></div>"
    f"<div class='post'><blockquote>{QUOTED}<br>Any advice welcome.</blockquote>"
    "<p>Try the Dan Clark Stealth: closed, and quiet enough for a sleeping spouse.</p></div>"
    "</div></body></html>"
)


@pytest.mark.parametrize(("url", "copies"), [
    ("https://forum.example.com/threads/closed-headphones.123/", 1),
    ("https://www.example.com/blog/closed-headphones-for-the-night", 2),
])
def test_quote_inside_a_reply_is_read_once(url: str, copies: int) -> None:
    """On a forum a quote inside a reply's block (not a block of its own) is read once, and
    the copy that left is in the boilerplate as ``repeated-line``; an article keeps both."""
    cleaned = clean_html(THREAD, url)
    assert cleaned.body.splitlines().count(QUOTED) == copies
    assert "Try the Dan Clark Stealth" in cleaned.body
    repeated = [r.text for r in cleaned.boilerplate.removed_lines if r.rule == "repeated-line"]
    assert repeated == [QUOTED] * (2 - copies)


FORUM_PAGE = (
    "<html><head><title>Closed headphones</title>"
    "<meta property='og:type' content='forum'></head><body><div class='thread'>"
    f"<article><p>Original Poster</p><p>{QUOTED}</p><p>12</p></article>"
    f"<article><p>Member</p><blockquote>{QUOTED}<br>Any advice welcome.</blockquote>"
    "<p>Try the Dan Clark Stealth: closed, and quiet enough for a sleeping spouse.</p>"
    "<p>Share</p></article>"
    "<article><p>Original Poster</p>"
    "<p>Thanks, I will give the Stealth a try tonight and report back here.</p></article>"
    "</div></body></html>"
)


def test_forum_removals_are_kept_as_boilerplate() -> None:
    """Every line a forum's page rules take out of the body (a vote count, a button, a
    repeated poster line or quote) is in the boilerplate under its rule, once in the body."""
    cleaned = clean_html(FORUM_PAGE, "https://forum.example.com/threads/closed-headphones.1/")
    removed = {(r.text, r.rule) for r in cleaned.boilerplate.removed_lines}
    assert {("12", "widget"), ("Share", "widget"), ("Original Poster", "repeated-block"),
            (QUOTED, "repeated-block")} <= removed
    assert cleaned.body.splitlines().count(QUOTED) == 1
    assert cleaned.body.splitlines().count("Original Poster") == 1
    assert "Thanks, I will give the Stealth a try" in cleaned.body
