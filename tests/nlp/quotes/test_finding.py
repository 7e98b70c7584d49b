"""Issue 14 (find26): reported speech newswire never found (real model).

Texts are written for these tests, paraphrasing common news constructions: an inverted cue
the parse takes for a conjunct, a court's ruling, a headline ending ``, CDC says``, and the
subject of a told clause the parse hangs on the listener.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


def reported(pipeline: Pipeline, body: str, title: str = "",
             field: str = "body") -> list[tuple[str, str | None]]:
    """(text, speaker) of every indirect speech quote of one field."""
    return [(q.text, q.speaker) for q in quotes_of(pipeline, body, title)
            if q.kind == "indirect" and q.cue_kind == "speech" and q.field == field]


@pytest.mark.parametrize(("body", "expected"), [
    ("Police must obtain a warrant before searching the location history of a suspect's "
     "phone, the Supreme Court of Canada ruled Friday in a decision that civil liberties "
     "groups hailed as a landmark.",
     [("Police must obtain a warrant before searching the location history of a suspect's "
       "phone", "Supreme Court of Canada")]),
    # A real coordination: the company said nothing about the closing.
    ("The deal closed on Monday and the company said in a statement on its website.", []),
])
def test_inverted_conjunct(pipeline: Pipeline, body: str,
                           expected: list[tuple[str, str | None]]) -> None:
    """``..., the court ruled Friday in a decision``: a cue after its clause, parsed as a
    conjunct with no ``and``, reports the clause before its comma."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("A federal judge on Tuesday blocked the law, ruling that it likely violates the "
     "First Amendment.",
     [("that it likely violates the First Amendment", "federal judge")]),
    ("The Court of Appeal ruled that the province had acted within its powers.",
     [("that the province had acted within its powers", "Court of Appeal")]),
    ("The court ruled that the search was illegal and ordered the evidence excluded.",
     # (the parse hangs "and ordered" inside the said clause, as it does after "said")
     [("that the search was illegal and ordered the evidence excluded", "court")]),
    # Not a verb of saying: governing a country, ruling out a run, ruling in a party's favour,
    # one of a list of clauses ("prevailed").
    ("The end goal was a state in which class was abolished, equality ruled and all "
     "citizens would own the land.", []),
    ("Marcus Adeyemi ruled the small island nation for more than two decades.", []),
    ("The senator ruled out a run for president in the coming election.", []),
    ("The Court of Appeal ruled in favour of the city on Monday.", []),
])
def test_ruled(pipeline: Pipeline, body: str, expected: list[tuple[str, str | None]]) -> None:
    """A court rules that ...: ``rule`` says a clause, never an object or with ``out``."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Measles cases in US top 1,000 for the year, CDC says",
     [("Measles cases in US top 1,000 for the year", "CDC")]),
    ("Exclusive: Rates to stay high into next year, economists say",
     [("Rates to stay high into next year", "economists")]),
    # The parse makes ``Libraries`` a second subject of ``says``: the nearer one speaks.
    ("Three libraries to close next year, council says",
     [("Three libraries to close next year", "council")]),
    # Too short a claim, or no comma before the source: no tail.
    ("Trump wins, says Cruz", []),
])
def test_headline_tail(pipeline: Pipeline, title: str,
                       expected: list[tuple[str, str | None]]) -> None:
    """A title ending ``, CDC says``: what was said is the title before the comma, even when
    the parse finds no clause in it."""
    body = "The figures were released on Wednesday."
    assert reported(pipeline, body, title, field="title") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Union president Darlene Fougere told CBC News the province's reliance on travel nurses "
     "has made the problem worse, not better.",
     [("the province's reliance on travel nurses has made the problem worse, not better",
       "Darlene Fougere")]),
    ("Dana Whitlow told Tom Reyes, the mayor, that the budget would not pass.",
     [("that the budget would not pass", "Dana Whitlow")]),
])
def test_told_subject(pipeline: Pipeline, body: str,
                      expected: list[tuple[str, str | None]]) -> None:
    """``told CBC News the province's reliance ... has made``: the said clause's subject the
    parse hung on the listener is part of what was said (not a comma-set apposition)."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Dana Whitlow called for a public inquiry into the hospital closures.",
     [("a public inquiry into the hospital closures", "Dana Whitlow")]),
    ("Dana Whitlow renewed her call for a public inquiry into the hospital closures.",
     [("a public inquiry into the hospital closures", "Dana Whitlow")]),
])
def test_call_for_is_speech(pipeline: Pipeline, body: str,
                            expected: list[tuple[str, str | None]]) -> None:
    """To call for something is to demand it aloud: speech (as PolNeAR's ``call``), not a
    stance."""
    assert reported(pipeline, body) == expected
