"""Issue 14: a person named beside a title, an office or letters is the speaker (real model).

Texts are written for these tests, in British, Irish, Australian and North American news
phrasing (round eleven, who25).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check, find


@pytest.mark.parametrize(("body", "expected"), [
    # The parse heads the subject on the letters after the name, which the model calls an
    # organisation; "the judge" then is that judge too.
    ("Sentencing her on Monday, Judge Alison Croft KC said Vane had ignored repeated warnings "
     "from tenants.\n‘You were told, again and again, that the alarms did not work,’ the judge "
     "said.",
     [("Vane had ignored", "Alison Croft", "person"),
      ("You were told", "Alison Croft", "person")]),
    # An office written in full before the name: the parse heads the subject on "Minister".
    ("Minister for Health Mary Quinlan said the waiting lists were falling.\n“We are turning a "
     "corner,” Ms Quinlan said.",
     [("the waiting lists were falling", "Mary Quinlan", "person")]),
    # "Ms" without its full stop before a surname the model types as an organisation.
    ("Independent senator Lucy Ng has come out against the government’s gambling bill.\nMs Ng "
     "said she would vote against the bill because it was ‘a gift to the bookmakers’.",
     [("a gift to the bookmakers", "Lucy Ng", "person")]),
    # British councils write "Cllr" without a full stop; it is the role, not the name.
    ("The Liberal Democrat opposition group on the council had proposed keeping four of the "
     "libraries open. Its leader, Cllr Nigel Bramwell, said Labour had ‘given up on the places "
     "that need these services most’.",
     [("given up on the places", "Nigel Bramwell", "person")]),
    ("‘We will fight this all the way,’ said Cllr Amina Shah, who represents the ward.",
     [("We will fight this", "Amina Shah", "person")]),
])
def test_a_name_with_its_title_or_letters_speaks(pipeline: Pipeline, body: str,
                                                 expected: list[Expected]) -> None:
    """``Judge X KC said``, ``Minister for Health X said``, ``Ms X said``: the person X."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hangs the name on the organisation's; "he" then is the director, not Vance.
    ("Councillor Tom Vance said the shelter would stay open. The director of Riverside Housing "
     "Trust, Owen Marsh, said demand had never been higher.\n“We turn families away every "
     "week,” he said.",
     [("demand had never been higher", "Owen Marsh", "person"),
      ("We turn families away", "Owen Marsh", "person")]),
    # The parse gives "said" no subject: the name set off before it is one, for "she".
    ("Ruth Adeyemi, defending, said her client was deeply sorry.\nIn a statement read outside "
     "the court, the victim's mother, Carol Penn, said the family had been ‘torn apart’.\n"
     "‘Nothing will bring Tom back,’ she said.",
     [("Nothing will bring Tom back", "Carol Penn", "person")]),
    # "a judge" in the lead is the one judge the article titles further on.
    ("A landlord whose building caught fire has been jailed after a judge said he had treated "
     "tenants ‘as a source of cash’.\nMarcus Leigh, 61, was convicted at Leeds Crown Court in "
     "June.\nSentencing him on Friday, Judge Rosalind Tate said Leigh had ignored every "
     "warning.",
     [("as a source of cash", "Rosalind Tate", "person")]),
])
def test_an_office_set_off_by_commas_is_its_holder(pipeline: Pipeline, body: str,
                                                   expected: list[Expected]) -> None:
    """``The director of X, Y, said``, ``X's mother, Y, said``, ``a judge said``: the person
    named for that office, and a later pronoun theirs."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Schools to hire 500 teachers, says Education Minister",
     "Education Minister Priya Nair said on Monday that schools would hire 500 new teachers by "
     "September.",
     [("Schools to hire 500 teachers", "Priya Nair", "person")]),
    # Two ministers: the office's words say which one.
    ("Health Minister says walk-in clinics will stay open",
     "Health Minister Ann Roe and Finance Minister Tom Baird met in Ottawa on Monday.",
     [("walk-in clinics will stay open", "Ann Roe", "person")]),
    # "coach" in lower case before a name is a title, as "Coach" in the headline is.
    ("Coach says rookie will start on Sunday",
     "DENVER (AP) — Rookie Jalen Price will start at quarterback on Sunday, coach Tom Miller "
     "said Wednesday.",
     [("rookie will start on Sunday", "Tom Miller", "person")]),
])
def test_a_headline_office_is_its_body_holder(pipeline: Pipeline, title: str, body: str,
                                              expected: list[Expected]) -> None:
    """``says Education Minister``, ``Coach says``: the body's one holder of that office."""
    quotes = quotes_of(pipeline, body, title)
    for start, speaker, kind in expected:
        quote = find(quotes, start)
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote


@pytest.mark.parametrize(("body", "expected"), [
    # y1 (tuning): the model reads the constituency as a person's name; the holder is set off.
    ("Floods hit Kendal overnight.\n\nThe Liberal Democrat MP for Westmorland, Fiona Aske, "
     "posted on X that she had spent the morning at a rest centre in Kendal.\n\n\"They are "
     "tired of being told lessons will be learned,\" she said.",
     [("They are tired of being told", "Fiona Aske", "person")]),
    # No comma: the name after the office is the person, as before.
    ("Minister for Health Mary Quinlan said the waiting lists were falling.",
     [("the waiting lists were falling", "Mary Quinlan", "person")]),
])
def test_the_holder_set_off_after_an_office_s_place_speaks(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The MP for Westmorland, Fiona Aske, posted ... she said``: Fiona Aske, not the
    place the model took for a person."""
    check(pipeline, body, expected)
