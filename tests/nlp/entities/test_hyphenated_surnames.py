"""A person's name the model cut at the hyphen of a double-barrelled surname takes the rest
of it (``entities/repairs.hyphenated_surnames``; real model, sentences written for these
tests after a tuning article's shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline


def names(pipeline: Pipeline, body: str) -> list[str]:
    """The names of the entities extracted from ``body``, sorted."""
    return sorted(e.name for e in extract_entities(pipeline.nlp(""), pipeline.nlp(body)))


@pytest.mark.parametrize(("body", "present", "absent"), [
    # The model reads "Siobhan MacAulay" and leaves "-Dressler" out: the name is whole.
    ("Tidewater’s managing partner, Siobhan MacAulay-Dressler, said the group had secured "
     "private financing for most of the stadium.",
     "Siobhan MacAulay-Dressler", "Siobhan MacAulay"),
    # A surname the model already read whole stays as it was.
    ("Halifax regional councillor Tessa Oduya-Crowell said she still had questions.",
     "Tessa Oduya-Crowell", "Tessa Oduya"),
    # A capitalised compound's head is no surname.
    ("Doug Ford-Backed Candidates Win Big, the headline read, as Doug Ford smiled.",
     "Doug Ford", "Doug Ford-Backed"),
    # Nor is the surname of another person the text names in full: two leaders, one meeting.
    ("Prime Minister Justin Trudeau met Narendra Modi on Friday. The Trudeau-Modi meeting "
     "lasted an hour.",
     "Narendra Modi", "Trudeau-Modi"),
])
def test_a_surname_cut_at_its_hyphen_is_made_whole(pipeline: Pipeline, body: str,
                                                   present: str, absent: str) -> None:
    """``[Siobhan MacAulay]-Dressler``: the person's name runs to the end of the surname."""
    found = names(pipeline, body)
    assert present in found
    assert absent not in found
