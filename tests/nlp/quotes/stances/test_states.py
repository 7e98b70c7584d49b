"""Issue 14 (recall): states said with an adjective (``are convinced that``, ``is opposed
to``), ``made (it) clear that``, a stance phrase whose preposition opens a clause (``called
for the minister to resign``), and said words that end before a trailing aside.

Texts are written for these tests in several news styles (US, UK, Canadian, wire),
paraphrasing common constructions; every quote also passes the offset invariant
(``quotes_of``).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


@pytest.mark.parametrize(("body", "expected"), [
    ("City officials are convinced that the new bridge will open on time.",
     [("that the new bridge will open on time", "belief", "City officials")]),
    ("Clinton's allies have long been concerned that the super PAC will not keep up.",
     [("that the super PAC will not keep up", "belief", "Clinton's allies")]),
    ("The Prime Minister is confident the Brexit deal will pass the Commons next week.",
     [("the Brexit deal will pass the Commons next week", "belief", "Prime Minister")]),
    ("Farmers in Saskatchewan are worried about the new carbon levy.",
     [("the new carbon levy", "belief", "Farmers in Saskatchewan")]),
    # An adjective of intention takes its infinitive.
    ("Bernie Sanders was eager to debate Hillary Clinton again before the primary.",
     [("to debate Hillary Clinton again before the primary", "belief", "Bernie Sanders")]),
    ("Ministers are keen to avoid a repeat of last year's row over funding.",
     [("to avoid a repeat of last year's row over funding", "belief", "Ministers")]),
    # A stance adjective takes its preposition's object.
    ("Ted Cruz was also critical of Obama's stance on refugees.",
     [("Obama's stance on refugees", "stance", "Ted Cruz")]),
    ("Senator Ann Lee is opposed to the pipeline.", [("the pipeline", "stance", "Ann Lee")]),
])
def test_states_of_mind(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """An adjective after ``be`` from the state tables attributes its clause or object."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Adjectives of feeling with their preposition (attit18).
    ("The old lions of the conservative movement are tired of the party's timid leaders.",
     [("the party's timid leaders", "belief", "old lions of the conservative movement")]),
    ("The mayor is especially proud of the new transit line.",
     [("the new transit line", "belief", "mayor")]),
    ("Viguerie is upbeat about Cruz's chances in November.",
     [("Cruz's chances in November", "belief", "Viguerie")]),
    # A noun of a stance role after "be": the stance is its preposition's object.
    ("Mr. Ryan is a vocal advocate of free trade deals.",
     [("free trade deals", "stance", "Ryan")]),
    ("Senator Ann Lee has long been a pointed critic of the pipeline.",
     [("the pipeline", "stance", "Ann Lee")]),
    # A relative clause's state is its noun's (PolNeAR marks it, as for stance verbs).
    ("Voters who are worried about the economy turned out in large numbers.",
     [("the economy", "belief", "Voters")]),
])
def test_more_states_and_roles(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """Feeling adjectives, stance role nouns and relative clauses attribute their object."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize("body", [
    # "sure to": the writer's forecast about a thing, not a belief of the subject.
    "Any backsliding by the agency is sure to spur a backlash from corn growers.",
    "Economists are more optimistic about the economy than they were a year ago.",  # compared
    "We are convinced that the new bridge will open on time.",  # the writer's own
    "If officials are worried about the levy, they should say so.",  # supposed
    "The minister was angry.",  # nothing attributed
    "Supporters of the pipeline rallied outside the legislature.",  # a role noun without "be"
])
def test_states_not_held(pipeline: Pipeline, body: str) -> None:
    """Forecasts, comparisons, ``we``, ``if`` and a role noun without ``be``: no state."""
    assert indirect_of(quotes_of(pipeline, body)) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Lee made clear that she would not drop out of the race.",
     [("that she would not drop out of the race", "speech", "Lee")]),
    ("The Chancellor has made it clear that there will be no more money for councils.",
     [("that there will be no more money for councils", "speech", "Chancellor")]),
    ("Mr Trudeau made clear to reporters in Ottawa on Tuesday that Canada would retaliate.",
     [("that Canada would retaliate", "speech", "Mr Trudeau")]),
    ("The storm made the roads clear of traffic.", []),  # no clause: nothing said
])
def test_made_clear_is_speech(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """``made (it) clear that``: the clause is said, on ``made`` or on ``clear``."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Clinton is calling for the United States to step up its efforts against the group.",
     [("the United States to step up its efforts against the group", "speech", "Clinton")]),
    ("Labour has called for the minister to resign over the leak.",
     [("the minister to resign over the leak", "speech", "Labour")]),
    ("The union called for bringing back the old overtime rules.",
     [("bringing back the old overtime rules", "speech", "union")]),
    ("The Liberal leader called for an inquiry into the deal.",
     [("an inquiry into the deal", "speech", "Liberal leader")]),
    # An object between the verb and "for": the preposition is the object's, no "call for".
    ("The union called the offer an insult to nurses for the second time.",
     [("the offer an insult to nurses for the second time", "speech", "union")]),
])
def test_stance_phrase_opening_a_clause(pipeline: Pipeline, body: str,
                                        expected: list[Row]) -> None:
    """``called for X to do Y`` (the parse reads ``for`` as a clause's mark) and ``called for
    bringing back``: the clause or gerund is what was called for (speech since find26),
    without ``for``."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Murphy said he supports the final bill, which includes provisions not in the Senate "
     "version.", [("he supports the final bill", "speech", "Murphy")]),
    ("Sanders told the AP that he would not seek a recount, conceding the race to Clinton.",
     [("that he would not seek a recount", "speech", "Sanders"),
      ("the race to Clinton", "speech", "Sanders")]),
    # A restrictive clause ("that") and an aside inside the said words stay.
    ("The minister said the plan that was leaked last week is out of date.",
     [("the plan that was leaked last week is out of date", "speech", "minister")]),
    ("Police said the man, who was 34, had been arrested at the scene.",
     [("the man, who was 34, had been arrested at the scene", "speech", "Police")]),
    # The aside's clause holds a quotation: the said words before it are still reported.
    ("Ann Lee declared that Trump would have a path to the nomination, which she described as "
     "“a total disaster”.",
     [("that Trump would have a path to the nomination", "speech", "Ann Lee")]),
])
def test_said_words_end_before_a_trailing_aside(pipeline: Pipeline, body: str,
                                                expected: list[Row]) -> None:
    """A ``which``/``who`` clause or a participle set off by a comma at the end of what was
    said is left out of it; a clause inside the said words is not."""
    assert indirect_of(quotes_of(pipeline, body)) == expected
