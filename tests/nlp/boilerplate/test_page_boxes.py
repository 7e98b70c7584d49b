"""Cookie and consent boxes dropped from non-article pages before their text is read."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.page_boxes import drop_boxes, drops_boxes
from tests.nlp.boilerplate.test_page_kind import wcxb_page, word_f1

POST = "<p>The thread starts with a question about the new case and its fans.</p>" * 3
NOTICE = "We use cookies to improve your experience and show you personalised adverts."


def _page(body: str, body_attrs: str = "") -> str:
    return f"<html><head><title>t</title></head><body {body_attrs}>{body}</body></html>"


@pytest.mark.parametrize(("page", "dropped", "kept", "gone"), [
    (_page(f"<div class='cookie-banner'><p>{NOTICE}</p></div>{POST}"), 1, POST, NOTICE),
    (_page(f"<div id='onetrust-consent-sdk'><p>{NOTICE}</p></div>{POST}"), 1, POST, NOTICE),
    (_page(f"<section class='GDPR-notice'><p>{NOTICE}</p></section>{POST}"), 1, POST, NOTICE),
    (_page(f"<div class='CookieConsent'><div class='cookie-text'>{NOTICE}</div></div>{POST}"),
     1, POST, NOTICE),
    (_page(f"<div><div class='cookie'>{NOTICE}</div> tail stays</div>{POST}"),
     1, "tail stays", NOTICE),
    (_page(f"{POST}<p><a class='cookie-settings' href='/c'>Cookie settings</a></p>"),
     0, "Cookie settings", ""),
    (_page(POST, "class='has-cookie-bar'"), 0, POST, ""),
    (_page(f"<div class='page cookie-notice-on'>{POST * 3}</div><p>{NOTICE}</p>"),
     0, POST, ""),
    (_page(f"<div class='post'>{POST}</div>"), 0, POST, ""),
])
def test_drop_boxes(page: str, dropped: int, kept: str, gone: str) -> None:
    """A box (div, section, aside, dialog, form) named cookie/consent/GDPR, in any case and
    nested boxes once, leaves the tree with the text after it kept; links, the body and a
    wrapper of most of the page stay."""
    tree = lxml_html.fromstring(page)
    assert drop_boxes(tree) == dropped
    text = " ".join(tree.itertext())
    assert " ".join(lxml_html.fromstring(kept).itertext()) in text
    assert not gone or gone not in text


@pytest.mark.parametrize(("kind", "expected"), [
    ("article", False), ("product", True), ("forum", True), ("listing", True),
    ("collection", True), ("documentation", True), (None, True),
])
def test_drops_boxes_on_every_kind_but_articles(kind: PageKind | None, expected: bool) -> None:
    """The boxes are dropped on every kind of page but articles, and on untold pages."""
    assert drops_boxes(kind) is expected


@pytest.mark.parametrize("key", ["0543", "0617", "2973"])
def test_consent_dialog_is_not_the_page_text(key: str) -> None:
    """A forum thread, a product and a listing whose cookie dialog trafilatura took for the
    text are read from their own content once the dialog is dropped (WCXB tune pages)."""
    import trafilatura

    html, url, expected = wcxb_page(key)
    alone = trafilatura.extract(html, url=url) or ""
    assert word_f1(expected, clean_html(html, url).body) > word_f1(expected, alone) + 0.3
