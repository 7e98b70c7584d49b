"""Descriptions when several people carry the same title, and capitalised titles with no
name (real model): ``the critic`` is the critic the writer last brought back by name; ``the
Minister of State ...`` is no person called ``Minister`` for a later ``A spokesman``.

Texts are written for these tests, in Canadian and Irish news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # Both are titled critic; the second was titled last, the first named last.
    ("Conservative housing critic Maria Lindqvist said the program \"has failed renters\".\n\n"
     "NDP housing critic Daniel Osei said the minister had moved \"far too slowly\".\n\n"
     "Lindqvist wasn't satisfied. Speaking to reporters later, the critic said the minister "
     "had ignored the auditor's warnings.",
     [("the minister had ignored", "Maria Lindqvist", "person")]),
    # Guard: the one titled last and named last is still the one.
    ("Conservative housing critic Maria Lindqvist said the program \"has failed renters\".\n\n"
     "NDP housing critic Daniel Osei said the minister had moved \"far too slowly\". "
     "Later, the critic said the minister had ignored the auditor's warnings.",
     [("the minister had ignored", "Daniel Osei", "person")]),
])
def test_a_title_several_hold_goes_to_the_one_named_last(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Lindqvist wasn't satisfied. ... the critic said``: Lindqvist, not the other critic."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The Office of Public Works said the first phase had been finished in 2021. A spokesman "
     "said a review of the flooding would be carried out \"as a matter of urgency\" to "
     "establish why water had entered parts of the town.\n\n"
     "Speaking in Mallow this afternoon, the Minister of State with responsibility for the "
     "OPW, Ciarán Dolan, said emergency assistance would be available from Monday.",
     [("as a matter of urgency", "spokesman", "person"),
      ("emergency assistance would", "Ciarán Dolan", "person")]),
])
def test_a_capitalised_title_alone_is_no_persons_name(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``the Minister of State ..., Siobhan Carey,`` gives no person ``Minister`` for the
    ``A spokesman`` before it to take."""
    check(pipeline, body, expected)
