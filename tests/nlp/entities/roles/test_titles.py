"""People's names that open with an honorific or an office's words (pure string rules)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.roles.honoured import honoured_person
from newswire.nlp.entities.roles.titles import (
    legislator_name_start,
    lone_post_nominal,
    office_words_end,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ms Holloway", True), ("Mr. O'Brien", True), ("Mrs Lloyd-Webber", True),
    ("Ms Ng", True), ("Mr Price Group Ltd", False), ("Miss Universe", False),
    ("Ms", False), ("Holloway", False), ("Mr ABC", False),
    # Titles only people are addressed by, across the Commonwealth.
    ("Cr Fairclough", True), ("Cllr Whitely", True), ("Senator Albury", True),
    ("MLC Farquhar", True), ("Sen. Vance", True),
    ("Hon Hai", False), ("Cr", False), ("Senator Albury Wells Fargo", False),
    # The same titles opening a company's name ("MLC Limited", an Australian insurer).
    ("MLC Limited", False), ("Senator Bank", False), ("Cr Holdings", False),
    # Police ranks' letters before a surname; before words written in lower case, a company.
    ("DSP Thapa", True), ("ASP Isotopes", False), ("DSP Investment Managers", False),
])
def test_an_honorific_and_a_surname_is_a_person(text: str, expected: bool) -> None:
    """``Ms Holloway`` is a person's name; more words, or none, are not said to be."""
    assert honoured_person(text, 0, len(text)) is expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Minister for Housing Ciarán Mulvey said", "Housing Ciarán Mulvey", "Ciarán Mulvey"),
    ("Secretary of State for Health Wes Streeting said", "Health Wes Streeting",
     "Wes Streeting"),
    ("Chair of the Federal Reserve Board Janet Yellen said", "Federal Reserve Board Janet Yellen",
     "Janet Yellen"),
    # Four words and no known first name: nothing says where the name begins.
    ("Minister of Foreign Affairs Ngozi Adaeze Obi said", "Foreign Affairs Ngozi Adaeze Obi",
     "Foreign Affairs Ngozi Adaeze Obi"),
    ("Minister for Housing Mulvey said", "Housing Mulvey", "Housing Mulvey"),
    # An organisation's name after the office: no person's name ends so.
    ("president and CEO of Washington Restaurant Association said",
     "Washington Restaurant Association", "Washington Restaurant Association"),
    ("CEO of Walt Disney Company said", "Walt Disney Company", "Walt Disney Company"),
    ("The Bank of Canada Governor Tiff Macklem said", "Bank of Canada Governor Tiff Macklem",
     "Bank of Canada Governor Tiff Macklem"),
])
def test_an_office_s_words_are_no_part_of_the_name(text: str, name: str, expected: str) -> None:
    """After ``Minister for`` the span's first words are the office's, not the person's."""
    start = text.index(name)
    assert text[office_words_end(text, start, start + len(name)):start + len(name)] == expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Judge Miranda Ashworth KC said", "KC", True),
    ("Mary Lou McDonald TD said", "TD", True),
    ("The KC said", "KC", False),
    ("Its chair, Ann Lee, and the KC were there", "KC", False),
])
def test_letters_after_a_name_are_no_name(text: str, span: str, expected: bool) -> None:
    """``KC`` right after a name is what the person is, not an organisation."""
    start = text.index(span)
    assert lone_post_nominal(text, start, start + len(span)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bloc MP Sylvie Dufresne-Caron", "Sylvie Dufresne-Caron"),
    ("B.C. Green Party MLA Ruth Langford", "Ruth Langford"),
    ("Labour MP Jess Phillips", "Jess Phillips"),
    # One word after the letters, or none before them: nothing to cut here.
    ("Bloc MP Dufresne", "Bloc MP Dufresne"),
    ("MP Materials Corp", "MP Materials Corp"),
    ("TD Securities Canada", "TD Securities Canada"),
])
def test_a_party_and_a_legislators_letters_are_no_part_of_the_name(text: str,
                                                                    expected: str) -> None:
    """``Bloc MP Sylvie Dufresne-Caron`` is the person ``Sylvie Dufresne-Caron``."""
    assert text[legislator_name_start(text, 0, len(text)):] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The Welsh Conservatives' spokesman, Rhodri Gwynne MS, said", "Rhodri Gwynne MS", True),
    ("Vaughan Gething MS and Jane Hutt MS", "Vaughan Gething MS", True),
    # A party's name and its member's letters: before the member's name, after an article.
    ("said Welsh Labour MS Jenny Rathbone.", "Welsh Labour MS", False),
    ("the Welsh Labour MS said", "Welsh Labour MS", False),
])
def test_a_name_and_a_legislators_letters_is_a_person(text: str, name: str,
                                                      expected: bool) -> None:
    """``Rhodri Gwynne MS`` is a person's name; ``Welsh Labour MS`` before a name is a title."""
    start = text.index(name)
    assert honoured_person(text, start, start + len(name)) is expected
