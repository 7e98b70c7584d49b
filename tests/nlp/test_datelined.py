"""A dateline is read as a sentence of its own, with the body's text and offsets unchanged."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newswire.models import EnrichedArticle, RawArticle
from newswire.nlp.datelined import body_for_model
from newswire.nlp.entities.words.names import normalise
from newswire.nlp.pipeline import Pipeline
from tests.conftest import calls_to


@pytest.mark.parametrize(("body", "lede"), [
    ("TORONTO — A Toronto company that makes batteries says it has raised $40 million.", "A"),
    ("WASHINGTON (AP) — The Federal Reserve left its key rate unchanged on Wednesday.", "The"),
    ("GENEVA (Reuters) - Measles cases in Europe rose to their highest level in 25 years.",
     "Measles"),
    ("Measles cases in Europe rose to their highest level in 25 years.", None),
])
def test_the_lede_starts_a_sentence(pipeline: Pipeline, body: str, lede: str | None) -> None:
    """The token after a dateline opens a sentence; a body without one is handed on as is."""
    given = body_for_model(pipeline.nlp, body)
    if lede is None:
        assert given == body
        return
    assert isinstance(given, Doc)
    assert given.text == body
    doc = pipeline.nlp(given)
    assert lede in [sentence[0].text for sentence in doc.sents]


@pytest.mark.parametrize(("text", "speaker"), [
    # Read as one sentence, TORONTO was the subject of "says" and the speaker "batteries".
    ("Startup raises $40 million\n\nTORONTO — A Toronto company that pulls lithium and cobalt "
     "out of old phone batteries says it has raised $40 million to build a plant.",
     "Toronto company"),
])
def test_the_lede_speaker_is_its_subject(pipeline: Pipeline, text: str, speaker: str) -> None:
    """The lede's reported speech takes the lede's subject, not a word of the dateline."""
    article = pipeline.enrich(RawArticle(id="x", text=text))
    assert [q.speaker for q in article.quotes] == [speaker]


def test_the_pipeline_finds_an_articles_dateline_once(pipeline: Pipeline) -> None:
    """One search for the dateline per article shapes the parse, names the place and bounds
    the quotes (before: two, one for spaCy's text and one when the article was assembled)."""
    raw = RawArticle(title="Rates", text="WASHINGTON (AP) — The Federal Reserve left its key "
                     "rate unchanged on Wednesday, officials said.")
    found: list[EnrichedArticle] = []
    assert calls_to("find_dateline", lambda: found.append(pipeline.enrich(raw))) == 1
    assert found[0].dateline is not None
    assert found[0].dateline.place == "Washington"


@pytest.mark.parametrize(("text", "dateline", "place"), [
    ("Budget next week\n\nOTTAWA\u00a0— The federal government will table its budget next "
     "week, the finance minister said on Tuesday.", "OTTAWA\u00a0—", "Ottawa"),
    ("Obama in 2007\n\nCHARLESTON, S.C.\u00a0— In the fall of 2007, a young senator from "
     "Illinois came to South Carolina to ask black voters for their support.",
     "CHARLESTON, S.C.\u00a0—", "Charleston"),
    ("Stocks fall\n\nNEW YORK (CNNMoney)\u00a0- Stocks fell sharply on Monday as investors "
     "worried about the price of oil.", "NEW YORK (CNNMoney)\u00a0-", "New York"),
    # French typography puts a narrow no-break space before the dash.
    ("Budget du Québec\n\nMONTRÉAL\u202f— Le gouvernement du Québec a présenté mardi un budget "
     "qui prévoit un retour à l'équilibre dans cinq ans.", "MONTRÉAL\u202f—", "Montréal"),
])
def test_a_dash_after_a_no_break_space_ends_a_dateline(pipeline: Pipeline, text: str,
                                                       dateline: str, place: str) -> None:
    """A no-break space before the dateline's dash, as pages and PolNeAR write it, still
    ends a dateline whose place is an entity (before: no dateline; the place no entity)."""
    article = pipeline.enrich(RawArticle(id="x", text=text))
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.place) == (dateline, place)
    assert normalise(place) in [normalise(entity.name) for entity in article.entities]
