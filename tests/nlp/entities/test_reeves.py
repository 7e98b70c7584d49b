"""A Canadian rural municipality's or county's head titled before the name (``county Reeve
Harlan Dufresne``), with the real model: the person's name holds no title, the role is the
title (text written for this test after a tuning article's shape)."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline


@pytest.mark.parametrize(("body", "expected"), [
    ('"This fire is moving faster than any model predicted," county Reeve Harlan Dufresne '
     "said at a briefing.",
     ("Harlan Dufresne", "Reeve", "Harlan Dufresne")),
    ('"We have asked the province for help," Reeve Marla Kostiuk said.',
     ("Marla Kostiuk", "Reeve", "Marla Kostiuk")),
])
def test_a_reeve_is_a_title(pipeline: Pipeline, body: str,
                            expected: tuple[str, str, str]) -> None:
    """``Reeve Harlan Dufresne`` is the person Harlan Dufresne, role Reeve, and speaks so."""
    event = pipeline.enrich(RawArticle(id="t", text=body))
    people = [e for e in event.entities if e.type == "PERSON"]
    assert [(p.name, p.role) for p in people] == [expected[:2]]
    assert [q.speaker for q in event.quotes] == [expected[2]]
