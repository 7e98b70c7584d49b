"""The whole pure pipeline on real text: offsets, the sample's gold, bad input."""

from __future__ import annotations

from typing import Any

import pytest

from newswire.errors import EmptyArticleError, NewswireError
from newswire.io.ingest import article_from_text
from newswire.models import EnrichedArticle, RawArticle, Span
from newswire.nlp import passes
from newswire.nlp import pipeline as pipeline_module
from newswire.nlp.passes import batches_by_chars
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
    """getattr(article, field)[start:end] == text, for every span; a speaker has a kind."""
    for span in spans(article):
        assert getattr(article, span.field)[span.start:span.end] == span.text, span
    for quote in article.quotes:  # the contract: kind unknown goes with a null speaker
        assert (quote.speaker is None) == (quote.speaker_kind == "unknown"), quote


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


@pytest.mark.parametrize(
    ("texts", "budget", "expected"),
    [
        ([], 10, []),
        (["abc", "de", "fgh"], 5, [["abc", "de"], ["fgh"]]),
        (["abcdefgh", "ab", "cd"], 5, [["abcdefgh"], ["ab", "cd"]]),
        (["ab", "abcdefgh", "cd"], 5, [["ab"], ["abcdefgh"], ["cd"]]),
        (["", "", "abcde"], 5, [["", "", "abcde"]]),
    ],
)
def test_batches_by_chars(texts: list[str], budget: int, expected: list[list[str]]) -> None:
    """Texts go to spaCy in order, in groups within the budget; a longer text goes alone."""
    assert list(batches_by_chars(texts, budget)) == expected


def test_a_batch_in_several_passes_matches_one_by_one(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Split into several spaCy passes, a batch gives what each article gives alone."""
    monkeypatch.setattr(passes, "SPACY_BATCH_CHARS", 5_000)
    articles = [article_from_text(text) for text in polnear_texts(6)]
    assert sum(len(a.text or "") for a in articles) > 3 * 5_000
    batched = pipeline.enrich_batch(articles)
    alone = [pipeline.enrich(article) for article in articles]
    for one, other in zip(batched, alone, strict=True):
        assert isinstance(one, EnrichedArticle)
        assert (one.entities, one.quotes) == (other.entities, other.quotes)


def test_seed_as_a_feed_item_keeps_its_headline(pipeline: Pipeline, seed_text: str,
                                                gold: dict[str, Any]) -> None:
    """Sent as {"text": whole file}, the headline is the title with its quote and names."""
    article = pipeline.enrich(RawArticle(id="seed", text=seed_text))
    assert (article.title, article.title_source) == (gold["title"], "headline")
    assert [line.text for line in article.boilerplate.removed_lines] == gold["boilerplate_lines"]
    assert [link.url for link in article.boilerplate.links] == gold["stripped_links"]
    headline = [q for q in article.quotes if q.kind == "headline"]
    assert [(q.text, q.speaker, q.field) for q in headline] == [
        ("We Cannot Let Putin Win", "Jens Stoltenberg", "title")]
    counts = {e.name: e.count for e in article.entities}
    assert counts["Jens Stoltenberg"] >= 4
    assert counts["Putin"] >= 2
    assert_offsets_hold(article)


@pytest.mark.parametrize(
    ("raw", "source"),
    [
        (RawArticle(title="Budget passes", text="The council approved the budget on Monday."),
         "input"),
        (RawArticle(text="Budget passes\nThe council approved the budget on Monday."), "headline"),
        (RawArticle(text="The council approved the budget on Monday after a long debate."), None),
    ],
)
def test_title_source(pipeline: Pipeline, raw: RawArticle, source: str | None) -> None:
    """The event says whether the title was given, or read from the text's first line."""
    assert pipeline.enrich(raw).title_source == source


@pytest.mark.parametrize(
    ("text", "dateline", "place"),
    [
        ("CRICKET - PAKISTAN WIN BY 10 RUNS.\nSIALKOT, Pakistan 1996-12-06\nPakistan beat "
         "Zimbabwe by 10 runs in the first one-day international on Friday.",
         "SIALKOT, Pakistan 1996-12-06", "Sialkot"),
        ("NATO ministers meet in Romania\nBUCHAREST, Romania (AP) — NATO returns on Tuesday to "
         "the scene of one of its most controversial decisions.", "BUCHAREST, Romania (AP) —",
         "Bucharest"),
    ],
)
def test_dateline_is_given_and_its_place_is_an_entity(pipeline: Pipeline, text: str,
                                                      dateline: str, place: str) -> None:
    """The dateline stays in the body, is given with its offsets, and names a GPE entity."""
    article = pipeline.enrich(RawArticle(text=text))
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.place) == (dateline, place)
    assert article.body[article.dateline.start:article.dateline.end] == dateline
    assert article.body.startswith(dateline)
    assert place in {e.name for e in article.entities if e.type == "GPE"}
    assert_offsets_hold(article)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airline weighs sale of regional unit\nLONDON, Dec 2 (Reuters) - British Airways owner "
         "IAG is exploring a sale of its regional unit, three people familiar with the matter "
         "told Reuters.", "British Airways owner IAG is exploring a sale of its regional unit"),
        ("NATO ministers meet in Romania\nBUCHAREST, Romania (AP) — NATO will return to the "
         "city, officials said on Monday.", "NATO will return to the city"),
    ],
)
def test_reported_words_start_after_the_dateline(pipeline: Pipeline, text: str,
                                                 expected: str) -> None:
    """Words reported from a lede never include its dateline."""
    article = pipeline.enrich(RawArticle(text=text))
    assert [q.text for q in article.quotes] == [expected]
    assert_offsets_hold(article)


LINES = "\n".join(f"Line {i}." for i in range(20))  # 4 tokens a line, the last without "\n"


@pytest.mark.parametrize(
    ("text", "budget", "expected"),
    [
        ("Anna Berg met Carl Dahl.", 100, "Anna Berg met Carl Dahl."),
        ("Anna Berg met Carl Dahl.", 6, "Anna Berg met Carl Dahl."),
        ("Anna Berg met Carl Dahl.", 5, "Anna Berg met Carl Dahl"),
        ("Anna Berg met Carl Dahl.", 3, "Anna Berg met "),
        (LINES, 8, "Line 0.\nLine 1.\n"),
        (LINES, 79, LINES),
    ],
)
def test_within_tokens_keeps_the_first_tokens(pipeline: Pipeline, text: str, budget: int,
                                              expected: str) -> None:
    """What spaCy analyses of a text is its start up to the token budget, whole tokens."""
    assert passes.within_tokens(pipeline.nlp, text, budget) == expected


def test_body_past_the_token_budget_is_published_but_not_analysed(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entities past the token budget are not found, those before it are; the whole body is
    published and offsets hold."""
    monkeypatch.setattr(pipeline, "max_tokens", 60)
    body = "Anna Berg met Carl Dahl in Paris.\n" + LINES + "\nJens Stoltenberg visited Oslo."
    article = pipeline.enrich(article_from_text("Report\n" + body))
    assert article.body == body
    names = {entity.name for entity in article.entities}
    assert {"Anna Berg", "Paris"} <= names
    assert not names & {"Jens Stoltenberg", "Oslo"}
    assert_offsets_hold(article)


def test_the_worker_reads_the_token_budget_from_its_settings() -> None:
    """NEWSWIRE_MAX_NLP_TOKENS defaults to the pipeline's own default and reaches it."""
    from newswire.settings import Settings
    from newswire.stream.runner import pipeline_of

    assert Settings().max_nlp_tokens == passes.MAX_NLP_TOKENS
    assert pipeline_of(Settings(max_nlp_tokens=1234, languages="fr")).max_tokens == 1234


def _page_with_canonical(href: str) -> RawArticle:
    body = ("<p>The council approved the city budget on Monday after a long debate, and the "
            "mayor thanked residents for their patience during the months of hearings.</p>")
    return RawArticle(html=f'<html><head><title>Budget passes</title><link rel="canonical" '
                           f'href="{href}"></head><body><article><h1>Budget passes</h1>{body}'
                           "</article></body></html>")


@pytest.mark.parametrize(("limit", "length", "kept"), [
    (None, 120, True),   # the default limit (8,192)
    (100, 120, False),   # a lowered NEWSWIRE_MAX_URL_CHARS: the page's url is over it
    (100, 100, True),    # exactly at the limit
])
def test_page_url_follows_the_url_limit_setting(pipeline: Pipeline,
                                                monkeypatch: pytest.MonkeyPatch,
                                                limit: int | None, length: int,
                                                kept: bool) -> None:
    """A page's canonical URL becomes the article's url only within the pipeline's url limit,
    the value of NEWSWIRE_MAX_URL_CHARS (before: a fixed 8,192, whatever the setting)."""
    if limit is not None:
        monkeypatch.setattr(pipeline, "max_url_chars", limit)
    prefix = "https://news.example/"
    href = prefix + "a" * (length - len(prefix))
    assert pipeline.enrich(_page_with_canonical(href)).url == (href if kept else None)


def test_the_worker_reads_the_url_limit_from_its_settings() -> None:
    """NEWSWIRE_MAX_URL_CHARS defaults to the pipeline's own default and reaches it."""
    from newswire.settings import Settings
    from newswire.stream.runner import pipeline_of

    assert Settings().max_url_chars == pipeline_module.MAX_URL_CHARS
    assert pipeline_of(Settings(max_url_chars=100, languages="fr")).max_url_chars == 100
