"""Tables of names and numbers nobody can place: read in the default language, or not."""

from __future__ import annotations

import pytest

from newswire.nlp.language import UNDETERMINED, identify
from newswire.nlp.language.tables import names_and_numbers

# Made up, in the layout of wire results and scoreboards: a line of prose, then names and
# numbers; the identifier places none of them.
RESULTS = ("TENNIS - RESULTS AT CITY OPEN.\nDENVER 2026-08-21\n"
           "Results from the City Open on Wednesday (prefix denotes seeding):\n"
           "1 - Anna Kowalska (Poland) beat Maria Rossi (Italy) 6-3 6-4\n"
           "Jana Novak (Czech Republic) beat 4 - Ines Garcia (Spain) 7-5 6-2\n"
           "Lea Dubois (France) beat Ayumi Tanaka (Japan) 6-1 6-1\n"
           "3 - Emma Berg (Sweden) beat Olga Ivanova (Russia) 6-4 3-6 6-3")
STANDINGS = ("SOCCER - LEAGUE RESULTS.\nResults of first division matches on Saturday:\n"
             "Vojvodina 1 Partizan 1\nCukaricki 0 Proleter 2\nRad 3 Buducnost 1\n"
             "Obilic 2 Zemun 2\nHajduk 1 Mladost 0")
SCOREBOARD = ("CRICKET - CLOSE OF PLAY.\nAamir Khan not out 116\nSaeed Malik c Cork b Croft 46\n"
              "Ijaz Ali not out 58\nExtras 9\nTotal (for 1 wicket) 229")
CYRILLIC = ("Спартак Москва 3 Зенит Санкт-Петербург 1\nЦСКА 0 Локомотив 2\n"
            "Динамо 1 Ростов 1\nКраснодар 2 Рубин 2\nАхмат 1 Урал 0\nСочи 0 Химки 0")
MIXED = ("Le gouvernement a annoncé mardi un plan.\nDie Regierung hat am Dienstag einen Plan.\n"
         "El Gobierno anunció el martes un plan.\nThe government announced a plan on Tuesday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RESULTS, True),
        (STANDINGS, True),
        (SCOREBOARD, True),
        (CYRILLIC, False),
        (MIXED, False),
        ("Scholz trifft Macron", False),
        ("12 345 678\n90,5 %\n2026-11-28", False),
        ("Bayern Munich beat Borussia Dortmund in a match that was played on a rainy day in "
         "the old stadium, where the fans had waited for hours to see it.", False),
    ],
)
def test_names_and_numbers(text: str, expected: bool) -> None:
    """Results and standings are; other scripts, prose, titles and bare numbers are not."""
    assert names_and_numbers(text) is expected


@pytest.mark.parametrize(
    ("title", "body", "claimed", "expected"),
    [
        ("", RESULTS, None, ("en", None)),
        ("", STANDINGS, None, ("en", None)),
        ("", SCOREBOARD, None, ("en", None)),
        ("", RESULTS, "pl", ("pl", None)),
        ("", CYRILLIC, None, (UNDETERMINED, None)),
        ("Bilingual", MIXED, None, (UNDETERMINED, None)),
        ("Scholz trifft Macron", "", None, (UNDETERMINED, None)),
        ("", RESULTS, "zz", ("en", "zz")),
    ],
)
def test_a_table_nobody_placed_takes_the_default(title: str, body: str, claimed: str | None,
                                                 expected: tuple[str, str | None]) -> None:
    """Without a claim, a table of names and numbers the text cannot place is in ``default``."""
    identified = identify(title, body, claimed, default="en")
    assert (identified.language, identified.claimed) == expected
    if identified.confidence is None and claimed is None:
        assert identify(title, body, claimed).language == UNDETERMINED, "none without default"
