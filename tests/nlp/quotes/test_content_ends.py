"""What was said ends before a clause set against it after a comma (recall21): ``, while
...``, ``, although ...`` are the writer's (PolNeAR marks them apart); without the comma the
clause is part of what was said.

Texts are written for these tests, paraphrasing constructions of PolNeAR train articles.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Ann Lee argued that the system is rigged against women, while her rival has soared "
     "in the polls.",
     [("that the system is rigged against women", "speech", "Ann Lee")]),
    ("Ann Lee said the plan would cut taxes, although critics say it will raise the deficit.",
     [("the plan would cut taxes", "speech", "Ann Lee"),
      ("it will raise the deficit", "speech", "critics")]),
    # No comma: the clause is part of what was said.
    ("Ann Lee said she would vote for the plan while she was in Ottawa.",
     [("she would vote for the plan while she was in Ottawa", "speech", "Ann Lee")]),
])
def test_contrast_ends_the_content(pipeline: Pipeline, body: str,
                                   expected: list[Row]) -> None:
    """A contrasting clause after a comma is not part of what was said."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A relative pronoun before its cue and speaker is no part of what was said.
    ("The port approved the expansion of its terminal, a project that neighbours say will "
     "bring truck traffic to a residential district.",
     [("will bring truck traffic to a residential district", "speech", "neighbours")]),
    # "said A and warned B", parsed as two clauses of "said": no trailing "and", one speaker.
    ("Portland General Electric said crews from three states were on their way and warned "
     "that some customers could be without power until the weekend.",
     [("crews from three states were on their way", "speech", "Portland General Electric"),
      ("that some customers could be without power until the weekend", "speech",
       "Portland General Electric")]),
])
def test_content_holds_neither_cue_nor_conjunction(pipeline: Pipeline, body: str,
                                                   expected: list[Row]) -> None:
    """What was said starts after its cue's relative pronoun and ends before an ``and``."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The parse gives "said" two clauses, "the methods used ..." and "vary widely": one.
    ("The study said the methods used to count particles vary widely.",
     [("the methods used to count particles vary widely", "speech", "study")]),
    ("Researchers said the methods used to count microplastic particles vary widely between "
     "labs.",
     [("the methods used to count microplastic particles vary widely between labs", "speech",
       "Researchers")]),
    # The first clause headed on a word that is no verb ("downstream"; enfound40).
    ("Regional council scientists said levels of E. coli downstream of the outfall exceeded "
     "guidelines for swimming on 11 of 40 sampling days last summer.",
     [("levels of E. coli downstream of the outfall exceeded guidelines for swimming on 11 of "
       "40 sampling days last summer", "speech", "Regional council scientists")]),
    # A comma between them keeps the second clause out.
    ("Jane Doe said the plan failed, the critics were right.",
     [("the plan failed", "speech", "Jane Doe")]),
])
def test_two_clauses_of_one_verb_run_on(pipeline: Pipeline, body: str,
                                        expected: list[Row]) -> None:
    """Two clauses the parse hangs on one verb of saying, with nothing between them, are
    what it says."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The cue after what was said: the participle clause before it is said too (found32).
    ("The department screened more than 6,800 applicants and completed about 2,900 "
     "interviews, approving about 2,880 people for resettlement, officials said.",
     [("The department screened more than 6,800 applicants and completed about 2,900 "
       "interviews, approving about 2,880 people for resettlement", "speech", "officials")]),
    # The cue before: the participle is still the writer's aside.
    ("Ann Lee said she would not seek a recount, conceding the race.",
     [("she would not seek a recount", "speech", "Ann Lee")]),
])
def test_a_participle_before_a_closing_cue_is_said(pipeline: Pipeline, body: str,
                                                   expected: list[Row]) -> None:
    """``X did A, approving B, officials said``: all before the cue is what was said."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Donald Trump went with the odds, pointing out that North Carolina would win – even though "
     "he picked Peyton Manning to win in an interview on CBS.",
     [("that North Carolina would win", "speech", "Donald Trump")]),
    ("Ann Lee said the plan would cut taxes — although critics doubt it.",
     [("the plan would cut taxes", "speech", "Ann Lee")]),
    # A dash before words that are no set-off clause leaves what was said whole.
    ("Ann Lee said the plan would cut taxes – for families and small firms.",
     [("the plan would cut taxes – for families and small firms", "speech", "Ann Lee")]),
])
def test_contrast_after_a_dash_ends_the_content(pipeline: Pipeline, body: str,
                                                expected: list[Row]) -> None:
    """A contrasting clause set off by a dash, as by a comma, is not part of what was said."""
    assert indirect_of(quotes_of(pipeline, body)) == expected
