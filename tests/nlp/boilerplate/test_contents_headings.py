"""A table of contents' heading left without its entries leaves the text (contents_headings.py)."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.contents_headings import orphan_contents_headings

_PROSE = ("Choosing a pension provider is one of the biggest financial decisions most people "
          "will make, and the options have multiplied in the last ten years.")
_SECOND = "Fees vary widely between providers, so compare the annual charge before you sign."


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Prose right under the heading: its links are gone.
        (["Table of Contents", _PROSE, _SECOND], [0]),
        # A colon, other case, another wording; at the very end of the text.
        ([_PROSE, "Contents:"], [1]),
        (["In this article", _PROSE], [0]),
        (["Jump to:", "Our top picks for family cars", _PROSE], [0]),
        # The first section's heading, then its prose: the entries are gone.
        (["On this page", "How pensions are taxed", _PROSE], [0]),
        # A box title and its toggle, both left.
        (["Table of Contents", "Table of Contents", _PROSE], [0, 1]),
        # French and German boxes.
        (["Sommaire", "Le marché de l'électricité a connu une année agitée, et les tarifs "
          "réglementés ont encore augmenté en février."], [0]),
        (["Inhaltsverzeichnis", "Die Stadtwerke haben die Preise für Strom und Gas zum "
          "ersten Januar deutlich angehoben."], [0]),
        # The entries stay under it: the heading stays with them.
        (["Jump to ↓", "How to choose a provider", "What the fees cover",
          "Switching providers", _PROSE], []),
        (["Table of contents", "What is a pension?", "Types of pension", _PROSE], []),
        # A section named "Contents" inside a sentence, or a heading that only starts so.
        (["The contents of the report were leaked to the press on Monday, officials said."],
         []),
        (["Contents of the emergency kit", "A torch", "Batteries", _PROSE], []),
        # No contents heading at all.
        ([_PROSE, _SECOND], []),
    ],
)
def test_orphan_contents_headings(lines: list[str], expected: list[int]) -> None:
    """Only a contents heading followed by prose (or nothing) is an orphan."""
    assert orphan_contents_headings(lines) == expected


def _page(box: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in (
        _PROSE, _SECOND,
        "Most workplace schemes now enrol staff automatically, though workers can opt out "
        "within a month of joining.",
        "Self-employed savers have to set up a plan of their own and choose where the money "
        "is invested."))
    return ("<html><head><title>How to choose a pension | Money Desk</title>"
            "<meta property='og:type' content='article'></head><body>"
            f"<article><h1>How to choose a pension</h1>{box}{paragraphs}"
            "<h2>How pensions are taxed</h2><p>Contributions attract tax relief at your "
            "marginal rate, up to an annual allowance set by the government.</p></article>"
            "</body></html>")


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # trafilatura drops the in-page links and keeps the heading: it goes.
        ("<div class='toc'><p class='toc-title'>Table of Contents</p><ul>"
         "<li><a href='#tax'>How pensions are taxed</a></li></ul></div>", False),
        # No box: the text is the same.
        ("", False),
    ],
)
def test_article_page_drops_the_orphan_heading(box: str, kept: bool) -> None:
    """On an article page the orphan heading is a removed line, named ``contents``."""
    cleaned = clean_html(_page(box), "https://moneydesk.example/guides/how-to-choose-a-pension")
    assert ("Table of Contents" in cleaned.body.splitlines()) is kept
    assert _PROSE in cleaned.body.splitlines()
    if box:
        assert ("Table of Contents", "contents") in [
            (r.text, r.rule) for r in cleaned.boilerplate.removed_lines]
