"""Articles in several languages through the whole pipeline: routing, skipped steps, bad input."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newswire.io.ingest import article_from_text
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
from tests.conftest import ROOT
from tests.nlp.language.test_detect import ENGLISH, FRENCH, GERMAN, MIXED
from tests.nlp.language.test_tables import CYRILLIC, RESULTS, SCOREBOARD
from tests.nlp.test_pipeline import assert_offsets_hold

FRENCH_SEED = ROOT / "seeds" / "001_secheresse-drome-fr.txt"
GERMAN_ARTICLE = ROOT / "tests" / "data" / "article_de.txt"


def test_french_article_is_enriched_fully(pipeline: Pipeline) -> None:
    """The French seed: language fr, its people and places, its quotes with named speakers."""
    article = pipeline.enrich(article_from_text(FRENCH_SEED.read_text(encoding="utf-8")))
    assert (article.language, article.skipped) == ("fr", [])
    types = {(e.name, e.type) for e in article.entities}
    assert {("Claire Dumoulin", "PERSON"), ("Jean-Marc Ribaud", "PERSON"),
            ("Météo-France", "ORG"), ("Valence", "GPE")} <= types
    speakers = [q.speaker for q in article.quotes if q.kind == "direct"]
    assert speakers[:2] == ["Claire Dumoulin", "Claire Dumoulin"]
    assert "Thomas Berger" in speakers
    assert [line.rule for line in article.boilerplate.removed_lines] == ["promo", "subscribe"]
    assert_offsets_hold(article)


def test_german_article_gets_no_entities(pipeline: Pipeline) -> None:
    """German: language de, no entities, quotes by their marks with no speaker, and why."""
    article = pipeline.enrich(article_from_text(GERMAN_ARTICLE.read_text(encoding="utf-8")))
    assert article.language == "de"
    assert article.entities == []
    assert [q.text for q in article.quotes] == [
        "Wir geben den Menschen die Straßen zurück",
        "Viele unserer Kunden kommen aus dem Umland und sind auf das Auto angewiesen."]
    assert {q.speaker for q in article.quotes} == {None}
    assert [(s.step, s.reason.split(":")[0]) for s in article.skipped] == [
        ("entities", "no entity model for de"), ("speakers", "no entity model for de")]


@pytest.mark.parametrize(("raw", "language", "claimed"), [
    (RawArticle(title="Scholz trifft Macron"), "und", None),
    (RawArticle(title="Résultats", text="12 345 678\n90,5 %\n2026-11-28"), "und", None),
    (RawArticle(title="Links", text="https://example.com/a\nhttps://example.org/b"), "und", None),
    (RawArticle(title="Bilingual", text=MIXED), "und", None),
    (RawArticle(title="Dürre", text=GERMAN, language="en"), "de", "en"),
    (RawArticle(title="Drought", text=ENGLISH, language="klingon"), "en", "klingon"),
    (RawArticle(title="Sécheresse", text=FRENCH, language="fr-FR"), "fr", None),
    (RawArticle(title="Scholz trifft Macron", language="de"), "de", None),
])
def test_language_of_odd_input(pipeline: Pipeline, raw: RawArticle, language: str,
                               claimed: str | None) -> None:
    """Titles alone, numbers, links, mixed text and bad codes: 'und' or the claim, no error."""
    article = pipeline.enrich(raw)
    assert (article.language, article.language_claimed) == (language, claimed)
    if language in ("und", "de"):
        assert article.entities == []
        assert [s.step for s in article.skipped] == ["entities", "speakers"]


@pytest.mark.parametrize(("raw", "language"), [
    (RawArticle(text=RESULTS), "en"),
    (RawArticle(text=SCOREBOARD), "en"),
    (RawArticle(text=RESULTS, language="pl"), "pl"),
    (RawArticle(text=CYRILLIC), "und"),
])
def test_a_results_table_nobody_placed_is_read_in_the_default_language(
        pipeline: Pipeline, raw: RawArticle, language: str) -> None:
    """Names and numbers without a claim get the first enabled language's entities."""
    article = pipeline.enrich(raw)
    assert article.language == language
    if language == "en":
        assert article.language_confidence is None
        assert article.skipped == []
        assert article.entities, "the table's names are read"
        assert_offsets_hold(article)
    else:
        assert article.entities == []


def test_a_batch_of_three_languages(pipeline: Pipeline) -> None:
    """One batch mixes languages; each article gets its own language's analysis, in order."""
    batch = [RawArticle(title="Drought", text=ENGLISH), RawArticle(title="Dürre", text=GERMAN),
             RawArticle(title="Sécheresse", text=FRENCH), RawArticle(title="Drought", text=ENGLISH)]
    results = pipeline.enrich_batch(batch)
    assert [getattr(r, "language", None) for r in results] == ["en", "de", "fr", "en"]


def test_french_model_is_not_loaded_unless_enabled() -> None:
    """With only English enabled, a French article is marked up, not analysed; no French model."""
    probe = (
        "import sys\n"
        "from newswire.models import RawArticle\n"
        "from newswire.nlp.pipeline import Pipeline\n"
        "pipeline = Pipeline(languages=('en',))\n"
        f"article = pipeline.enrich(RawArticle(title='Sécheresse', text={FRENCH!r}))\n"
        "print(article.language, len(article.entities), article.skipped[0].reason)\n"
        "print(pipeline.models.loaded, 'fr_core_news_sm' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, timeout=300)
    assert result.stdout.splitlines() == [
        "fr 0 fr is not among the enabled languages (en)", "('en',) False"]
