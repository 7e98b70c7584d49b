"""The cue after a closing mark typed as an opening one, and speaker names that stop at a
spaced dash (real model).

Texts are written for these tests, after sentences of PolNeAR train articles (Politico,
HuffPost).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Campaigns may coordinate with outside groups in limited ways.\n“It's unusual,“ said Larry "
     "Noble, an attorney with the Campaign Legal Center. “It's a hard thing to pull off.”",
     [("It's unusual,", "Larry Noble", "person"), ("It's a hard thing", "Larry Noble", "person")]),
    ("Ben Carson was asked whether Donald Trump had changed.\n“Apparently not,“ he said. “A "
     "leopard doesn’t change its spots.”",
     [("Apparently not,", "Ben Carson", "person")]),
    ("“The reality is, if Mrs. Clinton loses Iowa, that could create real problems for her "
     "here,“ said Jim Clyburn, a Democratic congressman from South Carolina.",
     [("The reality is", "Jim Clyburn", "person")]),
])
def test_closing_mark_typed_as_opening_keeps_its_cue(pipeline: Pipeline, body: str,
                                                     expected: list[Expected]) -> None:
    """``,“ said X``: the quote ends at the mistyped mark and ``said X`` is its cue."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "speaker", "mention"), [
    ("The race is close - senior campaign officials said Monday that “nothing is settled.”",
     "senior campaign officials", "senior campaign officials"),
    ("Turnout is problematic - online survey vendors warned that “the biases were very large.”",
     "online survey vendors", "online survey vendors"),
    ("Turnout fell sharply - union leaders said the drop was “worrying.”",
     "union leaders", "union leaders"),
    ("Estimates are particularly problematic - Pew Research said that “the samples include more "
     "engaged people.”", "Pew Research", "Pew Research"),
    # A hyphen inside a word is part of the name and of the mention.
    ("The secretary-general said the talks were “at an end.”",
     "secretary-general", "The secretary-general"),
    ("Two Republican-leaning pollsters said the race was “tightening.”",
     "Two Republican-leaning pollsters", "Republican-leaning pollsters"),
    ("Pro-Trump activists said the polls were “rigged.”",
     "Pro-Trump activists", "Pro-Trump activists"),
])
def test_speaker_name_stops_at_a_spaced_dash(pipeline: Pipeline, body: str, speaker: str,
                                             mention: str) -> None:
    """The words before a spaced dash are another phrase, not the speaker's name or mention;
    a hyphened word is whole."""
    quote, = quotes_of(pipeline, body)
    assert (quote.speaker, quote.speaker_mention and quote.speaker_mention.text) == (
        speaker, mention)
