"""The string rules under entity extraction, one table per rule (no model needed)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.roles.titles import ends_a_role, role_before, split_leading_title
from newswire.nlp.entities.spans.recall import (
    Taken,
    caps_lines,
    find_missed,
    find_places,
    url_ranges,
)
from newswire.nlp.entities.words.aliases import initials, is_acronym, table
from newswire.nlp.entities.words.names import normalise, trim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO’s", "NATO"),
        ("NATO's", "NATO"),
        ("NATO’S", "NATO"),
        ("the Palace of the Parliament", "Palace of the Parliament"),
        ("The White House", "White House"),
        ("“Kyiv,", "Kyiv"),
        ("(Reuters)", "Reuters"),
        ("U.S.", "U.S."),
        ("Apple Inc.", "Apple Inc."),
        ("Moldova.", "Moldova"),
        ("the Joneses’", "Joneses"),
        ("O'Brien", "O'Brien"),
    ],
)
def test_trim_removes_the_possessive_and_edge_punctuation(text: str, expected: str) -> None:
    """A name loses a leading "the", a possessive and surrounding punctuation, nothing else."""
    start, end = trim(text, 0, len(text))
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CRICKET - ENGLISH COUNTY CHAMPIONSHIP", "ENGLISH COUNTY CHAMPIONSHIP"),
        ("Xinhua news agency", "Xinhua"),
        ("their Cup Winners Cup", "Cup Winners Cup"),
        ("J. Russell 63", "J. Russell"),
        ("MANAMA 1996-08-22", "MANAMA"),
        ("BOSTON 6 Oakland", "BOSTON"),
        ("AEK Larnaca (Cyprus", "AEK Larnaca"),
        ("Charles de Gaulle", "Charles de Gaulle"),
        ("Bank of England", "Bank of England"),
        ("Jean-Claude Juncker", "Jean-Claude Juncker"),
        ("Apple iPhone", "Apple iPhone"),
    ],
)
def test_trim_keeps_only_the_name_from_a_longer_span(text: str, expected: str) -> None:
    """Nothing before a spaced dash, no plain lower-case word at an end, no number after
    or between names, no unclosed bracket; particles inside a name stay."""
    start, end = trim(text, 0, len(text))
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("text", "role", "rest"),
    [
        ("President Klaus Iohannis", "President", "Klaus Iohannis"),
        ("Secretary-General Jens Stoltenberg", "Secretary-General", "Jens Stoltenberg"),
        ("Vice President Kamala Harris", "Vice President", "Kamala Harris"),
        ("Mr. Biden", None, "Biden"),
        ("Sen. Bernie Sanders", "Sen.", "Bernie Sanders"),
        # British, Australian and Canadian styles.
        ("Dr Layla McCay", "Dr", "Layla McCay"),
        ("Prof Jean-Pierre Aubry", "Prof", "Jean-Pierre Aubry"),
        ("Treasurer Jim Chalmers", "Treasurer", "Jim Chalmers"),
        ("Const. Priya Sandhu", "Const.", "Priya Sandhu"),
        ("Staff Sgt. Mark Harrison", "Staff Sgt.", "Mark Harrison"),
        ("Klaus Iohannis", None, "Klaus Iohannis"),
        ("Kingsley Amis", None, "Kingsley Amis"),
    ],
)
def test_split_leading_title_moves_the_title_out_of_the_name(
    text: str, role: str | None, rest: str
) -> None:
    """A title the model took into a person's name becomes the role; honorifics just go."""
    found, skip = split_leading_title(text)
    assert (found, text[skip:]) == (role, rest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO Secretary-General Jens Stoltenberg", "Secretary-General"),
        ("NATO Secretary General Jens Stoltenberg", "Secretary-General"),
        ("Romanian President Klaus Iohannis", "President"),
        ("said Prime Minister Rishi Sunak", "Prime Minister"),
        ("the president Klaus Iohannis", None),
        ("President\nKlaus Iohannis", None),
        ("Attorney-General Kim", None),
        ("Chief financial officer Jeff Hoffmeister", "Chief financial officer"),
        ("said deputy finance minister Ann Vale", "Deputy finance minister"),
        ("the company's chief financial officer Jeff Hoffmeister", None),
        ("Minister for Transport Eamon Ryan", "Minister for Transport"),
        ("Chancellor of the Exchequer Rachel Reeves", "Chancellor of the Exchequer"),
        ("Le ministre des Transports, Clément Beaune", "Ministre des Transports"),
        ("le premier ministre François Legault", "Premier ministre"),
    ],
)
def test_role_before_reads_the_title_in_front_of_a_name(text: str, expected: str | None) -> None:
    """The title right before a name, on the same line and capitalised, is the person's role."""
    start = text.rindex(text.split()[-2])
    assert role_before(text, start) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Secretary of State Antony Blinken", "State", True),
        ("the State Department said", "State", False),
        ("Prime Minister Sunak", "Minister", True),
    ],
)
def test_ends_a_role_spots_names_that_are_the_end_of_a_title(
    text: str, span: str, expected: bool
) -> None:
    """"State" in "Secretary of State" is part of a title, not an organisation."""
    start = text.index(span)
    assert ends_a_role(text, start, start + len(span)) is expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jens Stoltenberg", "JENS  STOLTENBERG"),
        ("Zelenskyy’s", "Zelenskyy's"),
        ("Bogotá", "Bogota"),
        ("Apple Inc.", "Apple"),
        ("Toyota Motor Corp", "Toyota Motor"),
    ],
)
def test_normalise_folds_case_quotes_accents_and_company_suffixes(a: str, b: str) -> None:
    """Two spellings of one name share a key: that key makes the entity id stable."""
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("North Atlantic Treaty Organization", "NATO"),
        ("Organization of the Petroleum Exporting Countries", "OPEC"),
        ("Committee to Protect Journalists", "CPJ"),
        ("Bosnia-Herzegovina Armed Forces", "BHAF"),
    ],
)
def test_initials_make_the_acronym_of_a_long_name(name: str, expected: str) -> None:
    """Acronyms skip "of", "the", "to" and split hyphenated words."""
    assert initials(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("NATO", True), ("U.N.", True), ("EU", True), ("Nato", False), ("A", False),
     ("NATIONAL", False), ("G7", False)],
)
def test_is_acronym(text: str, expected: bool) -> None:
    """Two to six capitals, dots allowed, make an acronym."""
    assert is_acronym(text) is expected


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Kiev", "Kyiv", "GPE"),
        ("North Atlantic Treaty Organization", "NATO", "ORG"),
        ("U.N.", "United Nations", "ORG"),
        ("UK", "United Kingdom", "GPE"),
        ("Bucharest", "Bucharest", "GPE"),
        ("Balkans", "Balkans", "LOC"),
        ("Bogotá", "Bogota", "GPE"),
    ],
)
def test_shipped_table_knows_common_aliases_and_places(text: str, name: str, type_: str) -> None:
    """The package's table maps an acronym or old spelling to one canonical name and type."""
    known = table().lookup(text)
    assert known is not None
    assert (known.name, known.type) == (name, type_)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MERKEL WARNS OF RECESSION\nBerlin said on Monday", ["MERKEL WARNS OF RECESSION"]),
        ("NATO’S STOLTENBERG: ‘WE CANNOT LET PUTIN WIN’",
         ["NATO’S STOLTENBERG: ‘WE CANNOT LET PUTIN WIN’"]),
        ("NATO’s Stoltenberg: ‘We Cannot Let Putin Win’", []),
        ("NATO and EU", []),
        # Letters only are counted, accented capitals among them; six at least.
        ("L’ÉTÉ DES ÇA\nLa suite", ["L’ÉTÉ DES ÇA"]),
        ("ABCDE 12345", []),
        ("ABCDEF", ["ABCDEF"]),
        ("ⒶⒷⒸⒹⒺⒻ Ⅷ abc", []),  # capital symbols, no capital letters
    ],
)
def test_caps_lines_finds_lines_written_in_capitals(text: str, expected: list[str]) -> None:
    """A line of six letters or more, nearly all capitals, is an all-caps line."""
    assert [text[s:e] for s, e in caps_lines(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Subscribe: https://bit.ly/2TwO8Gm now", ["https://bit.ly/2TwO8Gm"]),
        ("see www.bloomberg.com/qt/live, or", ["www.bloomberg.com/qt/live,"]),
        ("No links in Bucharest.", []),
    ],
)
def test_url_ranges(text: str, expected: list[str]) -> None:
    """URLs are found so that no entity may overlap one."""
    assert [text[s:e] for s, e in url_ranges(text)] == expected


@pytest.mark.parametrize(
    ("text", "taken", "expected"),
    [
        ("Stoltenberg said Stoltenberg", [(0, 11)], ["Stoltenberg"]),
        ("NATO’S STOLTENBERG: WE WILL WIN", [], ["NATO", "STOLTENBERG"]),
        ("Stoltenbergs and Stoltenberg-like", [], []),
        ("stoltenberg in lower case", [], []),
        ("NATO's chief, not NATO-led", [], ["NATO"]),
    ],
)
def test_find_missed_matches_known_names_on_word_boundaries(
    text: str, taken: list[tuple[int, int]], expected: list[str]
) -> None:
    """Known names are found where not taken, whole words only, in capitals on caps lines."""
    forms = {"Stoltenberg": "jens stoltenberg", "NATO": "nato"}
    hits = find_missed(text, forms, Taken(taken), caps_lines(text))
    assert [text[h.start:h.end] for h in hits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PROTESTS IN NEW YORK AND RUSSIA", ["NEW YORK", "RUSSIA"]),
        ("GENEVA, Dec 14 - The agency said", ["GENEVA"]),
        ("IN THE US AND UK", []),
    ],
)
def test_find_places_reads_places_written_in_capitals(text: str, expected: list[str]) -> None:
    """Headlines and datelines name places in capitals; the gazetteer finds the known ones."""
    hits = find_places(text, Taken([]))
    assert [text[h.start:h.end] for h, _ in hits] == expected
