"""Names court copy writes with a judge's address or a barrister's letters (pure string
rules): ``Ms Justice Áine Ní Bhriain`` and ``Declan Furlong SC`` are people, whatever type
the model gave the span; ``Justice`` or ``SC`` opening or closing a body's name are not."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.honoured import honoured_person


@pytest.mark.parametrize(("text", "expected"), [
    # A High Court judge's address (British, Irish and Commonwealth copy).
    ("Ms Justice Áine Ní Bhriain", True), ("Mr Justice Pemberton", True),
    ("Mrs Justice Nuala Ó Dálaigh", True),
    ("Justice Department", False), ("Mr Justice league", False),
    # Irish senior counsel's letters after a given name; a club's after its place.
    ("Declan Furlong SC", True), ("Ruairí Cassidy SC", True),
    ("Orlando City SC", False), ("Columbus Crew SC", False), ("SC", False),
])
def test_court_addresses_and_letters_make_a_person(text: str, expected: bool) -> None:
    """``Ms Justice X`` and ``X Y SC`` are people's names; bodies' names stay as they were."""
    assert honoured_person(text, 0, len(text)) is expected
