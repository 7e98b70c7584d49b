"""Names court copy writes with a judge's address (pure string rules): ``Ms Justice Áine Ní
Bhriain`` is a person, whatever type the model gave the span; ``Justice`` opening a body's
name is not, nor ``SC`` closing one (a senior counsel's ``SC`` is also a club's and a US
state's letters: not read as a person's)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.roles.honoured import honoured_person


@pytest.mark.parametrize(("text", "expected"), [
    # A High Court judge's address (British, Irish and Commonwealth copy).
    ("Ms Justice Áine Ní Bhriain", True), ("Mr Justice Pemberton", True),
    ("Mrs Justice Nuala Ó Dálaigh", True),
    ("Justice Department", False), ("Mr Justice league", False),
    # "SC" closes clubs' names and is a US state's code: never a person's letters alone.
    ("Orlando City SC", False), ("Columbus Crew SC", False), ("SC", False),
])
def test_court_addresses_and_letters_make_a_person(text: str, expected: bool) -> None:
    """``Ms Justice X`` is a person's name; bodies' names stay as they were."""
    assert honoured_person(text, 0, len(text)) is expected
