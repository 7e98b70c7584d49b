"""The demo's terminal summary of an enriched article."""

from __future__ import annotations

import pytest
from rich.console import Console

from newswire.cli.render import print_article
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline


def test_quotes_show_speaker_kinds(pipeline: Pipeline) -> None:
    """Each quote row names the speaker, what it is (person, organization ...) and the mention."""
    article = pipeline.enrich(RawArticle(id="a", title="Strike", text=(
        "The Teamsters union said its members would walk out on Monday. “We are ready,” the "
        "union said.\nJane Wilson runs the depot. “We will keep the trucks moving,” she said.")))
    console = Console(record=True, width=200)
    print_article(console, article)
    rows = [line for line in console.export_text().splitlines() if "ready" in line or "trucks"
            in line]
    assert any("Teamsters union (the union)" in r and "organization" in r for r in rows), rows
    assert any("Jane Wilson (she)" in r and "person" in r for r in rows), rows


@pytest.mark.parametrize(("said", "shown"), [
    ("“We never saw [the plan] at all,” Jane Wilson said.", "We never saw [the plan] at all"),
    ("“Prices rose [/i] again,” Jane Wilson said.", "Prices rose [/i] again"),
], ids=["editors-insertion", "closing-tag"])
def test_quote_text_is_shown_as_spelled(pipeline: Pipeline, said: str, shown: str) -> None:
    """A quote's brackets are printed, not read as rich markup (the insertion vanished as a
    style tag, a closing tag stopped ``tail --pretty`` with MarkupError)."""
    article = pipeline.enrich(RawArticle(id="a", title="Depot", text=(
        "Jane Wilson runs the depot in Leeds. " + said)))
    console = Console(record=True, width=200)
    print_article(console, article)
    assert shown in console.export_text()


def test_attitudes_show_their_cue_kind(pipeline: Pipeline) -> None:
    """A belief, stance or finding row says which beside the quote's kind; speech does not."""
    article = pipeline.enrich(RawArticle(id="a", title="Race", text=(
        "Governor Chris Christie endorsed Donald Trump on Friday. Ann Lee said the race was "
        "far from over in Iowa.")))
    console = Console(record=True, width=200)
    print_article(console, article)
    text = console.export_text()
    rows = {line.split("│")[2].strip(): line for line in text.splitlines() if "person" in line}
    assert "indirect (stance)" in rows["Chris Christie"], text
    assert "indirect" in rows["Ann Lee"], text
    assert "(speech)" not in rows["Ann Lee"], text


def test_page_text_outside_the_article_is_counted_by_region(pipeline: Pipeline) -> None:
    """A web page's menus and footer are counted per region, not printed line by line."""
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(40))
    article = pipeline.enrich(RawArticle(id="a", html=(
        f"<html><body><nav><ul>{menu}</ul></nav><article><h1>Ferry service resumes</h1>"
        "<p>Ferry service between Caribou and Wood Islands will resume Monday, ten days after "
        "a storm damaged the terminal's loading ramp, the company said on Friday.</p>"
        "<p>Engineers inspected the ramp on Thursday and cleared it for use after temporary "
        "repairs were made overnight by a crew of twelve.</p></article>"
        "<footer><p>All rights reserved.</p></footer></body></html>")))
    console = Console(record=True, width=200)
    print_article(console, article)
    text = console.export_text()
    assert "rule:page-nav" in text, text
    assert "40 lines outside the article" in text, text
    assert "rule:page-footer" in text, text
    assert "Section 17" not in text, text
