"""Military ranks of two words without full stops and Malay courtesy titles before a name
(real model): the quote's speaker is the name alone, never ``Brig Gen`` or ``Encik`` with it.

Texts are written for these tests, in the phrasing of Bangladeshi, Pakistani, Nigerian and
Malaysian English-language papers.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A rank set off with the name after an office, a pronoun after.
    ("The city corporation's chief health officer, Brig Gen Imran Hossain Bhuiyan, rejected "
     "the criticism. \"We are doing our part,\" he said.",
     [("We are doing our part", "Imran Hossain Bhuiyan", "person")]),
    # A rank opening the sentence.
    ("Maj Gen Farid Ahmed told reporters the border was calm.",
     [("the border was calm", "Farid Ahmed", "person")]),
    # Guard (review55's F11): "Puan" is also a given name, kept in the name (as on base55).
    ("House Speaker Puan Maharani said the bill would pass. \"We have the votes,\" Puan said.",
     [("the bill would pass", "Puan Maharani", "person")]),
    ("Encik Azman Hashim, a fisherman, said catches had fallen by half.",
     [("catches had fallen by half", "Azman Hashim", "person")]),
    # Guards: a rank with full stops (read as before), a company named after a general.
    ("Lt. Col. Sarah Mills said the drill went well.",
     [("the drill went well", "Sarah Mills", "person")]),
    ("General Mills said its sales had risen.",
     [("its sales had risen", "General Mills", "organization")]),
])
def test_a_rank_or_malay_title_is_no_part_of_the_speaker(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Brig Gen Imran Hossain Bhuiyan`` speaks as Imran Hossain Bhuiyan; ``Encik Azman`` as
    Azman."""
    check(pipeline, body, expected)
