"""A source's request not to be named (``who asked not to be named``, ``did not want to be
named``, ``declined to be identified``) is no quote of theirs; what they said still is
(real model; sentences written for these tests in the styles of UK, Irish, Philippine and
US papers)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.unnamed.anonymous_en import is_anonymity_request
from tests.nlp.quotes.test_extract import quotes_of


@pytest.mark.parametrize(("body", "said", "speaker"), [
    # UK regional: a nurse with a named consultant before, the request on the noun.
    ("Consultant Dr Amir Shah said the unit was coping. A nurse at the hospital, who asked not "
     "to be named for fear of losing her job, said the ward had been short of staff for months.",
     "the ward had been short of staff", "nurse at the hospital"),
    # Philippine metro desk: "did not want to be named", then a quote with her own cue.
    ("One jeepney driver, who did not want to be named, said fuel had doubled since March. "
     "\"We cannot feed our families,\" he said.", "fuel had doubled since March",
     "One jeepney driver"),
    # US wire: "declined to be identified", a negation in what he said.
    ("A resident who declined to be identified for fear of reprisals said the gang had not "
     "left the estate.", "the gang had not left the estate", None),
    # Irish court copy: "that her name not be used".
    ("A neighbour, who asked that her name not be used, told the court she heard shouting.",
     "she heard shouting", None),
])
def test_a_request_not_to_be_named_is_no_quote(pipeline: Pipeline, body: str, said: str,
                                               speaker: str | None) -> None:
    """No quote is the request; the words the source said are still its quote."""
    quotes = quotes_of(pipeline, body)
    assert not [q.text for q in quotes if is_anonymity_request(q.text)]
    found = [q for q in quotes if q.text.startswith(said)]
    assert found, [q.text for q in quotes]
    if speaker is not None:
        assert found[0].speaker == speaker


@pytest.mark.parametrize(("words", "expected"), [
    ("not to be named for fear of losing her job", True),
    ("to be named", True),
    ("not to be identified because he was not authorised to speak", True),
    ("that her name not be used", True),
    ("that their names be withheld", True),
    # Guards: what was said about naming someone else, a refusal kept by design.
    ("the new chair would be named next week", False),
    ("to comment", False),
    ("that the suspect's name would not be released", False),
])
def test_the_request_words(words: str, expected: bool) -> None:
    """The words of a request not to be named, and only those."""
    assert is_anonymity_request(words) is expected
