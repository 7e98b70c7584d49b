"""A relative brought in as the speaker (``Her son, Réjean LeBlanc, said``) is the one a lone
surname they share with the story's subject stands for next (real model): ``LeBlanc said``
is the son's, ``Mrs Parfitt said`` the mother's. A relative named in passing (``his father,
Pierre Trudeau,``) leaves the surname to the other.

Texts are written for these tests, in the phrasing of inquest and health copy.
"""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected

_TITLE = "Family says mother waited hours to be seen\n\n"


@pytest.mark.parametrize(("body", "expected"), [
    # The son's full name the model reads as no person: the entity stage's is counted.
    ("Yvonne LeBlanc, a retired fish plant supervisor from Wedgeport, survived and is "
     "recovering in Halifax. Her son, Réjean LeBlanc, said the family does not blame the "
     "nurses on shift that night.\n\n\"Nobody told us anything for hours,\" LeBlanc said. "
     "\"We kept asking.\"",
     [("Nobody told us anything", "Réjean LeBlanc", "person")]),
    # The mother set off after "Her mother", the subject of "told": a fresh full name.
    ("A seven-year-old girl died of sepsis after waiting more than eight hours to be seen, "
     "an inquest has heard.\n\nEllie Parfitt, from Merthyr Tydfil, died at the Prince "
     "Charles Hospital in March. Ellie Parfitt had been unwell for two days.\n\nThe inquest "
     "heard Ellie arrived at the emergency department at about 18:40 with a high "
     "temperature. She was triaged as \"urgent\" and waited in a corridor.\n\nHer mother, "
     "Joanne Parfitt, told the inquest she had asked staff \"at least four times\" for "
     "someone to look at her daughter.\n\n\"Each time I was told she was on the list and "
     "that they were very busy,\" Mrs Parfitt said. \"I could see she was getting worse.\"",
     [("Each time I was told", "Joanne Parfitt", "person"),
      ("I could see she was getting worse", "Joanne Parfitt", "person")]),
    # Guard: a father named in passing (no subject) leaves the surname to the son.
    ("Justin Trudeau spoke in Ottawa on Monday. He recalled a trip across the country with "
     "his father, Pierre Trudeau, in 1971.\n\n\"It changed how I saw the country,\" Trudeau "
     "said.",
     [("It changed how I saw the country", "Justin Trudeau", "person")]),
])
def test_a_speaking_relative_takes_the_shared_surname(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A lone surname after a relative who spoke is that relative's; after one named in
    passing, the other person's (the whole pipeline, as the service runs it)."""
    quotes = pipeline.enrich(RawArticle(id="kin", text=_TITLE + body)).quotes
    for start, speaker, kind in expected:
        quote = next(q for q in quotes if q.text.startswith(start))
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote
