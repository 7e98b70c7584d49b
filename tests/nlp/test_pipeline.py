"""The whole pure pipeline on real text: offsets, the sample's gold, bad input."""

from __future__ import annotations

from typing import Any

import pytest

from newswire.errors import EmptyArticleError, NewswireError
from newswire.ingest import article_from_text
from newswire.models import EnrichedArticle, RawArticle, Span
from newswire.nlp.pipeline import Pipeline
from tests.conftest import SHARED


def spans(article: EnrichedArticle) -> list[Span]:
    """Every span of the article that points into title or body."""
    found = [m for e in article.entities for m in e.mentions]
    for quote in article.quotes:
        found.append(Span(text=quote.text, start=quote.start, end=quote.end, field=quote.field))
        found += [s for s in (quote.cue, quote.speaker_mention, quote.sentence) if s]
    return found


def assert_offsets_hold(article: EnrichedArticle) -> None:
    """getattr(article, field)[start:end] == text, for every span."""
    for span in spans(article):
        assert getattr(article, span.field)[span.start:span.end] == span.text, span


def polnear_texts(count: int) -> list[str]:
    """The first ``count`` PolNeAR articles."""
    folder = SHARED / "data" / "polnear" / "train" / "text"
    if not folder.exists():
        pytest.skip("../shared/data/polnear is not beside this checkout")
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:count]]


def test_offsets_hold_on_the_seed(pipeline: Pipeline, seed_text: str) -> None:
    """Every mention and quote of the sample indexes its own text."""
    article = pipeline.enrich(article_from_text(seed_text))
    assert article.entities
    assert article.quotes
    assert_offsets_hold(article)


def test_offsets_hold_on_real_news(pipeline: Pipeline) -> None:
    """The offset invariant holds over 40 real political news articles."""
    results = pipeline.enrich_batch([article_from_text(t) for t in polnear_texts(40)])
    for result in results:
        assert isinstance(result, EnrichedArticle), result
        assert_offsets_hold(result)


def test_seed_matches_gold_summary(pipeline: Pipeline, seed_text: str,
                                   gold: dict[str, Any]) -> None:
    """The sample keeps its body, loses its boilerplate, and names its people."""
    article = pipeline.enrich(article_from_text(seed_text))
    assert article.title == gold["title"]
    assert article.body.startswith(gold["body"]["first_line"])
    assert article.body.splitlines()[-1].startswith(gold["body"]["last_line_starts_with"])
    assert [line.text for line in article.boilerplate.removed_lines] == gold["boilerplate_lines"]
    assert [link.url for link in article.boilerplate.links] == gold["stripped_links"]
    names = {e.name for e in article.entities}
    assert {e["name"] for e in gold["entities"]} <= names
    assert not names & set(gold["entities_must_not"])


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (RawArticle(title="", text="   "), EmptyArticleError),
        (RawArticle(html="<html><script>var a = 1;</script></html>"), EmptyArticleError),
        (RawArticle(title="Has a title", html="<html><nav>Home</nav></html>"), EmptyArticleError),
    ],
)
def test_nothing_to_enrich_is_an_error(pipeline: Pipeline, raw: RawArticle,
                                       error: type[NewswireError]) -> None:
    """An article with no text left after cleaning fails with a reason (a dead letter)."""
    with pytest.raises(error):
        pipeline.enrich(raw)


def test_one_bad_article_does_not_sink_its_batch(pipeline: Pipeline) -> None:
    """In a batch, a failure takes its own slot; the other articles are enriched."""
    good = article_from_text("Paris talks\nEmmanuel Macron met Olaf Scholz in Paris.")
    results = pipeline.enrich_batch([good, RawArticle(text=" "), good])
    assert [type(r).__name__ for r in results] == [
        "EnrichedArticle", "EmptyArticleError", "EnrichedArticle"]
