"""Expectations and purposes are not attitudes: ``see X do``, ``the systems X seeks to ...``
(real model, the sample's sentences and one other real-looking sentence per shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

PLEDGES = ("This gathering in Bucharest is likely to see NATO make fresh pledges of non-lethal "
           "support to Ukraine: fuel, electricity generators, medical supplies, winter "
           "equipment and drone jamming devices.")
SKIES = ("Individual allies are also likely to announce fresh supplies of military equipment "
         "for Ukraine — chiefly the air defense systems that Kyiv so desperately seeks to "
         "protect its skies.")


def cued(pipeline: Pipeline, body: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, text, speaker) of every indirect quote."""
    return [(q.cue.text if q.cue else "", q.text, q.speaker)
            for q in quotes_of(pipeline, body) if q.kind == "indirect"]


@pytest.mark.parametrize(("body", "expected"), [
    # One quote, NATO's pledge; no speakerless "see" over it.
    (PLEDGES, [("make fresh pledges", "non-lethal support to Ukraine: fuel, electricity "
                "generators, medical supplies, winter equipment and drone jamming devices",
                "NATO")]),
    ("The summit could see leaders agree a new climate target.",
     [("agree", "a new climate target", "leaders")]),
    ("Analysts saw the company losing ground to its rivals all year.", []),
    # Guards: a view held is still one.
    ("The mayor sees the stadium as a waste of money.",
     [("sees", "the stadium as a waste of money", "mayor")]),
    ("Critics see that the plan will fail.", [("see", "that the plan will fail", "Critics")]),
    # A document's forecast is its finding (PolNeAR train).
    ("Opinion polls see Le Pen making it to an early May run-off in France’s presidential "
     "election.", [("see", "Le Pen making it to an early May run-off in France’s presidential "
                    "election", "Opinion polls")]),
    ("In 2007, Blocher’s confrontational manner saw him become only the fourth councillor "
     "since 1848 to lose their bid for re-election.", []),
])
def test_seeing_something_happen_is_no_view(pipeline: Pipeline, body: str,
                                            expected: list[tuple[str, str, str | None]]) -> None:
    """``see X do`` (what is seen or expected to happen) reports no one's view."""
    assert cued(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    (SKIES, [("announce", "fresh supplies of military equipment for Ukraine",
              "Individual allies")]),
    ("The city has finally received the federal loans that it wanted to rebuild the old "
     "harbour bridge.", []),
    # Guards: a wish outside a relative clause is still an attitude; so is one whose verb
    # takes no thing (PolNeAR train) and one whose relative pronoun is its subject.
    ("Kyiv wants to protect its skies.", [("wants", "to protect its skies", "Kyiv")]),
    ("Talking animals, celebrity cameos and crowd-pleasing rock songs are the themes that "
     "marketers hope to win over Big Game viewers.",
     [("hope", "to win over Big Game viewers", "marketers")]),
    ("Voters chose a mayor who wanted to put the budget fights behind her.",
     [("wanted", "to put the budget fights behind her", "mayor")]),
])
def test_purpose_after_a_relative_wish_is_not_wanted(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str, str | None]]) -> None:
    """In ``the systems that Kyiv seeks to protect its skies`` the infinitive says what for."""
    assert cued(pipeline, body) == expected
