"""Irish, Scottish Gaelic and Welsh first names carry their gender (the American table knows
none of them), so a later ``she`` or ``he`` finds the person, and a woman called ``the
actor`` is not ruled out by her name. Texts are written for these tests, in the phrasing of
Scottish, Welsh and Irish papers."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.words.firstnames import first_name_gender, is_any_first_name
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("name", "gender"), [
    ("Eilidh", "f"), ("Siobhán", "f"), ("Ffion", "f"), ("Máire", "f"),
    ("Alasdair", "m"), ("Eoghan", "m"), ("Dafydd", "m"), ("Ruaraidh", "m"),
    # Left out: borne by men and women alike, or an English word.
    ("Bryn", None),
])
def test_a_celtic_first_name_has_its_gender(name: str, gender: str | None) -> None:
    """A common Irish, Gaelic or Welsh first name is a first name of its gender."""
    assert first_name_gender(name) == gender
    assert is_any_first_name(name) is (gender is not None)


@pytest.mark.parametrize(("body", "expected"), [
    # Two people named before "she": the woman's name says which.
    ("Eilidh Munro, who chairs the community council, said the timetable was \"a disgrace\". "
     "Alasdair Ross, the operator's island manager, said crews were \"stretched to breaking "
     "point\".\n\n\"We were promised a ferry every day of the week,\" she said.",
     [("We were promised a ferry", "Eilidh Munro", "person")]),
    ("Councillor Ffion Pryce and Dafydd Hughes both spoke against the plan.\n\n"
     "\"This is a school at the heart of the village,\" he said.",
     [("This is a school", "Dafydd Hughes", "person")]),
    # "The actor" of a woman named before (a name the American table knows as a woman's).
    ("The play's lead, Joanna Keaveney, came to the premiere with her mother.\n\n"
     "The actor, best known for her role in the drama Harbour Lights, said she had \"never "
     "been so nervous on a first night\".",
     [("never been so nervous", "Joanna Keaveney", "person")]),
])
def test_a_pronoun_finds_a_celtic_name_by_gender(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``she``, ``he`` and ``the actor`` reach the person whose first name says the gender."""
    check(pipeline, body, expected)
