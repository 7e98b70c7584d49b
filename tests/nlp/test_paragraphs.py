"""A sentence never runs over a line break (real models; texts written for these tests)."""

from __future__ import annotations

import pytest

from newswire.nlp.paragraphs import mark_line_starts
from newswire.nlp.pipeline import Pipeline
from tests.conftest import calls_to
from tests.nlp.quotes.test_resolution import Expected, check


def sentences(pipeline: Pipeline, text: str, language: str = "en", full: bool = True) -> list[str]:
    """The sentences of ``text`` in ``language``'s full (or blank) pipeline, stripped."""
    models = pipeline.models
    nlp = models.full(language) if full else models.blank(language)
    return [sentence.text.strip() for sentence in nlp(text).sents]


@pytest.mark.parametrize(("text", "expected"), [
    # A headline without a full stop.
    ("Trump wins the Nevada caucus\nDonald Trump won the caucus on Tuesday night.",
     ["Trump wins the Nevada caucus", "Donald Trump won the caucus on Tuesday night."]),
    # A heading ending in a colon.
    ("From the report by Ann Ruiz:\nThe city will run out of water by 2030.",
     ["From the report by Ann Ruiz:", "The city will run out of water by 2030."]),
    # A paragraph ending in a cue without a full stop.
    ("Asked about the vote, Tom Baird said\nthe council had not decided.",
     ["Asked about the vote, Tom Baird said", "the council had not decided."]),
    # Blank lines between paragraphs; the opening mark stays with its sentence.
    ("Mayor Tom Baird says\n\n“We built four hundred homes last year alone.”",
     ["Mayor Tom Baird says", "“We built four hundred homes last year alone.”"]),
])
def test_line_break_ends_a_sentence(pipeline: Pipeline, text: str,
                                    expected: list[str]) -> None:
    """The first word after a line break starts a sentence, whatever the parser thought."""
    assert sentences(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He left early. She stayed until the end.\nThe vote was close.",
     ["He left early.", "She stayed until the end.", "The vote was close."]),
])
def test_parser_still_splits_within_a_paragraph(pipeline: Pipeline, text: str,
                                                expected: list[str]) -> None:
    """Inside a line the parser still decides where sentences end."""
    assert sentences(pipeline, text) == expected


@pytest.mark.parametrize(("language", "full", "text", "expected"), [
    ("fr", True, "Ce que dit le rapport\nLa ville manquera d'eau en août, selon les experts.",
     ["Ce que dit le rapport", "La ville manquera d'eau en août, selon les experts."]),
    # Other languages are only split by the ``sentencizer``, which needs a full stop.
    ("de", False, "Erste Zeile ohne Punkt\nZweite Zeile. Noch ein Satz",
     ["Erste Zeile ohne Punkt", "Zweite Zeile.", "Noch ein Satz"]),
])
def test_line_break_ends_a_sentence_in_other_languages(
        pipeline: Pipeline, language: str, full: bool, text: str, expected: list[str]) -> None:
    """French (full pipeline) and languages with a blank pipeline cut at line breaks too."""
    assert sentences(pipeline, text, language, full) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The parse ran the byline-like line into the clause: no speaker for ``Voters said``.
    ("Clinton aide Ann Ruiz talks to voters in Ohio\nVoters said the economy matters most.",
     [("the economy matters most", "Voters", "group")]),
    # ... or no quote at all.
    ("Trump adviser Tom Hill on Fox News\nClinton has lied, he said, and voters know it.",
     [("Clinton has lied", "Tom Hill", "person")]),
])
def test_quote_speaker_stays_in_its_paragraph(pipeline: Pipeline, body: str,
                                              expected: list[Expected]) -> None:
    """A paragraph's cue takes its speaker from its own paragraph's parse."""
    check(pipeline, body, expected)


@pytest.mark.parametrize("lines", [10, 2_000])
def test_line_starts_are_set_at_once(pipeline: Pipeline, lines: int) -> None:
    """Every line is a sentence, and the doc is checked for a parse a fixed number of times,
    not once per line (setting ``is_sent_start`` token by token did: quadratic)."""
    text = "\n".join(f"Line {i}" for i in range(lines))
    doc = pipeline.nlp.make_doc(text)
    assert calls_to("has_annotation", lambda: mark_line_starts(doc)) <= 2
    assert sum(1 for token in doc if token.is_sent_start) == lines
