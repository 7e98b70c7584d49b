"""Names in lines of sports results and standings are teams; players' and accounts' rows are not."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.organisations.results import team_spans
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_extract import entities


@pytest.mark.parametrize(
    ("text", "teams"),
    [
        ("Plymouth 2 Preston 1", ["Plymouth", "Preston"]),
        ("Nice 1 (Debbah 39th) Bastia 1 (Drobnjak 82nd).", ["Nice", "Bastia"]),
        ("Cologne 0 Hansa Rostock 2 (Akpoborie 5th and 59th).", ["Cologne", "Hansa Rostock"]),
        ("Leicester 3 1 1 1 2 3 4", ["Leicester"]),
        ("NEW YORK 72 53 18 .576", ["NEW YORK"]),
        ("Results on Saturday:\nPlymouth 2 Preston 1", ["Plymouth", "Preston"]),
        # A player's row (a first name, or averages), an account's, a poll's: no team.
        ("Alec Stewart 3 5 0 396 170 79.20", []),
        ("Billy Mayfair 66 71 70 70", []),
        ("Atherton 7 1 20 1 20.00", []),
        ("Net Income 821 512 565 301", []),
        ("Emnid Aug 25 41 34 7 10", []),
        # Prose with figures is no results line.
        ("Plymouth beat Preston 2-1 on Saturday.", []),
        ("In 1996 Ford sold 12 cars in 3 days to 4 dealers.", []),
    ],
)
def test_team_spans_are_the_names_of_results_lines(text: str, teams: list[str]) -> None:
    """Each name of a results or standings line, and nothing in prose or players' rows."""
    assert [text[s:e] for s, e in team_spans(text)] == teams


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Results of English league matches on Saturday:\nPlymouth 2 Preston 1\n"
         "Chesterfield 1 Walsall 0", "Walsall", "ORG"),
        ("French first division results on Saturday:\n"
         "Nice 1 (Debbah 39th) Bastia 1 (Drobnjak 82nd).", "Bastia", "ORG"),
        ("Standings after Saturday's games:\nLeicester 3 1 1 1 2 3 4\n"
         "Hartlepool 3 2 1 0 6 3 7", "Hartlepool", "ORG"),
        # The model reads a club as a person there: the lines decide.
        ("Results of Italian matches on Sunday:\nFiorentina 2 Genoa 1\nLazio 0 Inter 3",
         "Fiorentina", "ORG"),
        ("Dutch first division results on Sunday:\nSparta Rotterdam 2 Ajax 1",
         "Sparta Rotterdam", "ORG"),
        # A country's name stays the country (CoNLL and the registry keep national teams
        # places).
        ("African Nations Cup qualifier results on Sunday:\nEthiopia 1 Uganda 1", "Uganda",
         "GPE"),
        # A cricketer's averages are no team's.
        ("England averages after the second test:\nAlec Stewart 3 5 0 396 170 79.20\n"
         "Nick Knight 3 5 0 190 113 38.00", "Nick Knight", "PERSON"),
        ("The company's results, in millions of dollars:\nNet Income 821 512 565 301",
         "Net Income", None),
    ],
)
def test_teams_of_results_lines_are_organisations(
    pipeline: Pipeline, body: str, name: str, expected: str | None
) -> None:
    """A club named only in results lines, which the model misses, is an organisation."""
    types = [e.type for e in entities(pipeline, body) if e.name == name]
    assert types == ([expected] if expected else [])
