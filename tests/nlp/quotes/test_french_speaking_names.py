"""French bodies the model tags MISC speak as organisations when they say something, and a
body's name stops before the verb of saying the tagger reads as one of its words."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The subject of a verb of saying, tagged MISC, is a body that speaks.
    ("Le Bloc québécois, de son côté, a demandé que les compressions « épargnent "
     "entièrement le réseau français ».",
     [("épargnent entièrement le réseau français", "Bloc québécois", "organization")]),
    # A sentence opening "Pour X," gives X's view.
    ("Pour la FDSEA d'Ille-et-Vilaine, la loi Egalim « n'a pas tenu ses promesses dans les "
     "cours de ferme ».",
     [("n'a pas tenu ses promesses dans les cours de ferme", "FDSEA", "organization")]),
])
def test_french_misc_speakers(pipeline: Pipeline, body: str,
                              expected: list[tuple[str, str | None, str]]) -> None:
    """A MISC name that speaks is the organisation quoted."""
    assert [(q.text, q.speaker, q.speaker_kind)
            for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "absent"), [
    # A title the model tags MISC is no organisation.
    ("Le Premier ministre promet une « riposte ferme contre les gangs armés ».",
     "Premier ministre"),
])
def test_french_misc_titles_stay_out(pipeline: Pipeline, body: str, absent: str) -> None:
    """A title read as MISC never becomes an organisation's name."""
    quotes = french_quotes(pipeline, body)
    assert all(q.speaker != absent or q.speaker_kind != "organization" for q in quotes)


@pytest.mark.parametrize(("body", "expected"), [
    # "rappelle", tagged a noun, is the sentence's verb, not the name's last word.
    ("L'Union des industries utilisatrices d'énergie rappelle que les électro-intensifs "
     "« paient encore leur électricité deux fois plus cher ».",
     "Union des industries utilisatrices d'énergie"),
])
def test_french_name_stops_at_verb_of_saying(pipeline: Pipeline, body: str,
                                             expected: str) -> None:
    """An organisation's name cut short by the model is widened up to its verb, not over."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == [expected]


@pytest.mark.parametrize(("body", "absent"), [
    # "Pour" + a feast or an event with no article says when or for what, not whose view.
    ("Pour Noël, la mairie a prévu un grand marché sur la place.", "Noël"),
    ("Pour Pâques, les chocolatiers prévoient des ventes en baisse.", "Pâques"),
    ("Pour Roland-Garros, les organisateurs attendent un record d'affluence.",
     "Roland-Garros"),
])
def test_french_for_a_time_is_no_speaker(pipeline: Pipeline, body: str, absent: str) -> None:
    """``Pour`` + a name with no article (not in capitals) gives nobody's view."""
    assert all(q.speaker != absent for q in french_quotes(pipeline, body))
