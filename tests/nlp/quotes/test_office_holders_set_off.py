"""Issue 14: ``<role> for <X>, <Name>,``: the speaker is the person named after the office,
not the role and not ``X`` (real model; texts written for these tests after tuning articles'
shapes)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of, speaker_starting


@pytest.mark.parametrize(("body", "start", "expected"), [
    # The tagger reads the role opening the sentence as a name (PROPN).
    ("Counsel for Corrib Diagnostics, Aoife Brennan, told the court the laboratory had "
     "\"followed the standards in place at the time\".",
     "followed the standards", "Aoife Brennan"),
    # The model leaves the councillor's name unlabelled and types the ward a person.
    ("Independent councillor for Tennyson, Marguerite Lau, voted with the administration but "
     "said she had \"serious reservations about the process\".",
     "serious reservations", "Marguerite Lau"),
    # The parse heads the name on a legislator's letters (the entities stage's one list).
    ("The leader of the delegation, Anna Kowalska MEP, said the vote was \"a turning "
     "point\".",
     "a turning point", "Anna Kowalska"),
    # Guard: a club's letters are its name's, beside no role.
    ("The club, Orlando City SC, said it would appeal the \"deeply disappointing\" ruling.",
     "deeply disappointing", "Orlando City SC"),
    # Guard: an organisation named after a for phrase is the object's, not the speaker.
    ("Lawyers for the builder, Harbour Homes Ltd, argued that the claim was \"entirely "
     "without merit\".",
     "entirely without merit", "Lawyers for the builder"),
])
def test_the_person_named_after_an_office_speaks(pipeline: Pipeline, body: str, start: str,
                                                 expected: str) -> None:
    """The quote goes to the name set off after ``<role> for <X>,``."""
    assert speaker_starting(quotes_of(pipeline, body), start) == expected


def test_a_name_headed_on_its_letters_is_the_speaker_not_the_role(pipeline: Pipeline) -> None:
    """``Counsel for the HSE, Declan Furlong SC,``: the parse heads the name on ``SC`` and the
    model types it ORG with its letters; the name speaks, not ``Counsel`` (the letters stay:
    the entities stage keeps the model's span, as ``SC`` also ends clubs' names)."""
    body = ("Counsel for the HSE, Declan Furlong SC, had argued that the slide was \"at the "
            "very limits of what a screener could reasonably detect\".")
    speaker = speaker_starting(quotes_of(pipeline, body), "at the very limits")
    assert speaker is not None
    assert speaker.startswith("Declan Furlong")
