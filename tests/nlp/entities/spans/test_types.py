"""Types and spans the rules of issue 17's second round decide, one table per rule."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.clustering.clusters import Cluster
from newswire.nlp.entities.spans.mentions import Mention, Text
from newswire.nlp.entities.spans.model_spans import caps_mentions
from newswire.nlp.entities.spans.recase import Found, caps_runs, recase, written_forms
from newswire.nlp.entities.words.names import is_date


def cluster(*mentions: tuple[str, str, bool]) -> Cluster:
    """A cluster of (text, model label, shaky) mentions in reading order, the shaky ones
    in a headline in capitals."""
    made = [Mention("body", i * 100, i * 100 + len(text), text, label, caps=shaky)
            for i, (text, label, shaky) in enumerate(mentions)]
    return Cluster(made[0].text.casefold(), made)


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        ((("BATISTUTA", "ORG", True), ("Gabriel Batistuta", "PERSON", False),
          ("Batistuta", "ORG", False), ("Batistuta", "ORG", False)), "PERSON"),
        ((("BONDS", "ORG", True), ("Barry Bonds", "PERSON", False), ("Bonds", "ORG", False),
          ("Bonds", "ORG", False)), "PERSON"),
        ((("Bonds", "ORG", False), ("Barry Bonds", "PERSON", False), ("Bonds", "ORG", False),
          ("BONDS", "PERSON", True)), "ORG"),
        ((("KENT", "ORG", True), ("KENT", "GPE", True)), "ORG"),
    ],
)
def test_a_headline_guess_breaks_no_tie(mentions: tuple[tuple[str, str, bool], ...],
                                        expected: str) -> None:
    """A tie of votes goes to the first mention that voted, never to a headline's guess."""
    assert cluster(*mentions).voted() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday, August", True),
        ("SATURDAY, AUGUST 24TH", True),
        ("Friday August 23", True),
        ("Sunday", True),
        ("Sunday Times", False),
        ("May", False),
        ("August 24", False),
        ("Theresa May", False),
    ],
)
def test_a_weekday_is_no_name(text: str, expected: bool) -> None:
    """A weekday, with or without a date after it, is a date; a month alone may be a name."""
    assert is_date(text) is expected


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Canadian Open", "GPE", "EVENT"),
        ("Toshiba Classic", "ORG", "EVENT"),
        ("World Series", "ORG", "EVENT"),
        ("Belgian Grand Prix", "GPE", "EVENT"),
        ("Malaysian Open", "NORP", "EVENT"),
        ("Open University", "ORG", "ORG"),
        ("Cup Noodles", "ORG", "ORG"),
        ("National Rally", "ORG", "ORG"),
        ("Paris", "GPE", "GPE"),
    ],
)
def test_an_event_word_makes_an_event(text: str, label: str, expected: str) -> None:
    """A name ending with an event word (Open, Classic, Cup, Series, Prix...) is an event."""
    assert cluster((text, label, False)).type() == expected


@pytest.mark.parametrize(
    ("text", "label", "scored", "expected"),
    [
        ("St Louis", "PERSON", True, "ORG"),
        ("ST LOUIS", "PERSON", True, "ORG"),
        ("St Louis", "PERSON", False, "GPE"),
        ("Fort Worth", "PERSON", False, "GPE"),
        ("Steve Louis", "PERSON", True, "PERSON"),
        ("Saint", "PERSON", False, "PERSON"),
    ],
)
def test_a_place_prefix_is_no_first_name(text: str, label: str, scored: bool,
                                         expected: str) -> None:
    """"St Louis" read as a person is a place, and a club in results like other places."""
    mention = Mention("body", 0, len(text), text, label, scored=scored)
    assert Cluster(text.casefold(), [mention]).type() == expected


def caps_found(line: str, piece: str, label: str) -> list[str]:
    """The mentions kept when the model reads ``piece`` of a line in capitals as ``label``."""
    runs = caps_runs(line)
    recased = recase(line, runs, written_forms(line, runs))
    text = Text.of("title", line, (runs, recased))
    start = line.index(piece)
    hit = Found(start, start + len(piece), label, recased[start:start + len(piece)])
    return [m.text for m in caps_mentions(text, [hit])]


@pytest.mark.parametrize(
    ("line", "piece", "label", "expected"),
    [
        ("ROMANIAN PRESIDENT KLAUS IOHANNIS MEETS NATO CHIEF", "KLAUS IOHANNIS", "PERSON",
         ["KLAUS IOHANNIS"]),
        ("ATHLETICS - MITCHELL UPSTAGES TRIO OF OLYMPIC SPRINT CHAMPIONS.",
         "MITCHELL UPSTAGES", "PERSON", []),
        ("MILTIADIS EVERT HEADS TO ALEXANDROUPOLIS THIS WEEKEND.", "EVERT", "PERSON", []),
        ("CRICKET - POLLOCK CONCLUDES WARWICKSHIRE CAREER WITH FLOURISH.",
         "POLLOCK CONCLUDES WARWICKSHIRE", "ORG", []),
        ("CRICKET - INDIA V SRI LANKA SCOREBOARD.", "INDIA V SRI LANKA", "ORG", []),
        ("BOEING CUTS JOBS, UNIONS SAY", "BOEING", "ORG", ["BOEING"]),
        ("SOCCER - BARCELONA BEAT ATLETICO 5-2 IN SUPERCUP.", "BARCELONA", "ORG",
         ["BARCELONA"]),
    ],
)
def test_what_the_model_reads_in_recased_capitals(line: str, piece: str, label: str,
                                                  expected: list[str]) -> None:
    """In re-cased capitals a person needs a title before it, and no span has 3 words."""
    assert caps_found(line, piece, label) == expected


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Cofinec S.A.", "PERSON", "ORG"),
        ("Koninklijke Boskalis Westminster NV", "PERSON", "ORG"),
        ("Spar AG", "PERSON", "ORG"),
        ("Rabobank Nederland N.V.", "PERSON", "ORG"),
        # A surname that only looks like a legal form stays a person's.
        ("Jose Sa", "PERSON", "PERSON"),
        ("Eric Ag", "PERSON", "PERSON"),
    ],
)
def test_a_legal_form_makes_a_company(text: str, label: str, expected: str) -> None:
    """A name ending with a company's legal form (S.A., NV, AG) is no person's."""
    assert cluster((text, label, False)).type() == expected
