"""A member's letters after a name are the person's, not an organisation (real model; texts
written for these tests, in the styles of Scottish, Welsh and Irish papers)."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.entities.roles.postnominals import _without_letters
from newswire.nlp.entities.spans.mentions import Mention
from newswire.nlp.pipeline import Pipeline

_FERRIES = ("Ferries\n\nIslanders wrote to their MSP about the cancelled sailings. At Holyrood, "
            "Scottish Labour transport spokesman Ewan Baird MSP said the timetable had collapsed."
            "\n\n\"People on Arran cannot get to hospital appointments,\" he told MSPs. \"That is "
            "the reality of this government's record.\"")
# A body whose name opens with the letters stays one.
_SOCIETY = ("Scans\n\nMS Society Cymru said patients were waiting too long for scans. Its "
            "director, Rhian Lloyd, said the delays were \"unacceptable\".")
# Letters after a party's member, a party before her: she speaks.
_DAIL = ("Schools\n\nSinn Féin's Aoife Brennan TD said the Government had known about the "
         "shortage for years. \"Parents in Kildare are being told there is no place,\" she said.")


# Letters that are also bodies' names stay bodies (review52): Canadian business copy's bank,
# India's home ministry.
_BANK = ("Bank results\n\nTD Bank Group reported higher profits on Thursday. TD said its U.S. "
         "unit remained \"a drag on earnings this year\".")
_MINISTRY = ("Curfew\n\nThe MHA said the curfew would be lifted on Monday. Home Minister Amit "
             "Shah chaired the meeting.")


@pytest.mark.parametrize(("text", "quote", "speaker", "organisations"), [
    (_BANK, "a drag on earnings", "TD", {"TD"}),
    (_MINISTRY, "the curfew would be lifted", "MHA", {"MHA"}),
    (_FERRIES, "People on Arran", "Ewan Baird", set()),
    (_SOCIETY, "patients were waiting", "MS Society Cymru", {"MS Society Cymru"}),
    (_DAIL, "Parents in Kildare", "Aoife Brennan", set()),
])
def test_letters_after_a_name(pipeline: Pipeline, text: str, quote: str, speaker: str,
                              organisations: set[str]) -> None:
    """``Ewan Baird MSP said ... "...," he told MSPs``: he is Baird, and ``MSP`` is no body
    (``wrote to their MSP`` neither); a body named with the letters stays one."""
    event = pipeline.enrich(RawArticle(id="t", text=text))
    assert [q.speaker for q in event.quotes if q.text.startswith(quote)] == [speaker]
    letters = {"MSP", "MS", "TD"}
    assert {e.name for e in event.entities if e.type == "ORG"} & (letters | organisations) \
        == organisations


@pytest.mark.parametrize(("text", "label", "expected"), [
    ("Catrin Powell-Jenkins MS", "PERSON", "Catrin Powell-Jenkins"),
    ("Niall Corrigan TD", "PERSON", "Niall Corrigan"),
    ("Corrigan TD", "PERSON", "Corrigan TD"),  # one word before: no name to leave
    ("Friends of MS", "ORG", "Friends of MS"),  # not a person's mention
])
def test_letters_cut_off_a_person(text: str, label: str, expected: str) -> None:
    """A person's mention ending in a member's letters is cut to the name."""
    mention = _without_letters(Mention("body", 10, 10 + len(text), text, label=label))
    assert mention.text == expected
    assert mention.end - mention.start == len(expected)
