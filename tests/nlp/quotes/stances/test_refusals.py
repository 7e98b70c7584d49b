"""Issue 14 (refusal24): a refusal to speak is a stance of its subject: ``declined to
comment``, ``declined to say whether ...`` (the infinitive), ``did not respond to a request
for comment``, ``would not comment on X`` (the object).

Texts are written for these tests, paraphrasing constructions of PolNeAR train articles;
every quote also passes the offset invariant (``quotes_of``).
"""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

#: (text, cue_kind, speaker, cue) of each indirect quote.
Row = tuple[str, str, str | None, str | None]


def refusals_of(quotes: list[Quote]) -> list[Row]:
    """The indirect quotes as comparable rows, with their cue."""
    return [(q.text, q.cue_kind, q.speaker, q.cue.text if q.cue else None)
            for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("body", "expected"), [
    # A refusal verb's infinitive of saying, however short (the verb of saying inside keeps
    # its reported speech, as PolNeAR marks some).
    ("Ann Lee declined to say whether the audit broke the city's rules.",
     [("to say whether the audit broke the city's rules", "stance", "Ann Lee", "declined"),
      ("whether the audit broke the city's rules", "speech", "Ann Lee", "say")]),
    ("The Lee campaign declined to comment.",
     [("to comment", "stance", "Lee campaign", "declined")]),
    ("A spokesman for the mayor refused to answer.",
     [("to answer", "stance", "spokesman for the mayor", "refused")]),
    # A denied response to a thing asked or said: the object.
    ("Ann Lee's lawyer, Beth Wilkinson, did not respond to a request for comment.",
     [("a request for comment", "stance", "Beth Wilkinson", "did not respond to")]),
    ("The Lee campaign did not immediately respond to emailed questions about the loans.",
     [("emailed questions about the loans", "stance", "Lee campaign",
       "did not immediately respond to")]),
    ("Governor Ann Lee would not comment on the executive order.",
     [("the executive order", "stance", "Ann Lee", "would not comment on")]),
    # An unreturned request, a failure to respond, a subject that denies ("Neither").
    ("The Lee campaign did not return a request for comment on the audit.",
     [("a request for comment on the audit", "stance", "Lee campaign", "did not return")]),
    ("A spokeswoman for Hydro One failed to respond to questions about the outage.",
     [("questions about the outage", "stance", "spokeswoman for Hydro One",
       "failed to respond to")]),
    ("Neither company would comment on the talks.",
     [("the talks", "stance", "company", "would comment on")]),
    # Refusing something other than speech, a verb that only looks like it, nothing asked.
    ("The fund declined to invest.", []),
    ("The fund did not return the money.", []),
    ("The patient failed to respond to treatment.", []),
    ("Shares of the company declined 3% on Friday.", []),
    ("The patient did not respond to treatment.", []),
    ("Ann Lee did not comment.", []),
])
def test_refusals_to_speak(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """A refusal to speak is a stance of its subject: the infinitive or the unanswered object."""
    assert refusals_of(quotes_of(pipeline, body)) == expected
