"""A title-case headline's verb of saying ends the name before its colon (real model).

Titles written for these tests, after a PolNeAR train title (``Donald Trump Praises
Breitbart’s ... Matthew Boyle: ‘Very Good Reporter.’``); each row is (title, body, the title
quote's speaker mention, its speaker).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

Row = tuple[str, str, str, str]

TITLES: list[Row] = [
    ("Donald Trump Praises Breitbart’s Washington Political Editor Matthew Boyle: ‘Very Good "
     "Reporter.’",
     "Donald Trump praised Matthew Boyle at a press conference.",
     "Donald Trump", "Donald Trump"),
    ("Hillary Clinton Slams Trump Over Taxes: ‘He Is Hiding Something’",
     "Hillary Clinton spoke in Ohio on Monday.", "Hillary Clinton", "Hillary Clinton"),
    ("Sarah Sanders Denies Report: ‘That Is Completely False’",
     "Sarah Sanders spoke to reporters on Monday.", "Sarah Sanders", "Sarah Sanders"),
    # Guards: a name with no verb in it, a possessive before the name, a sentence-case title
    # (its verb in lower case is no part of the name: RNZ's iwi title).
    ("Iwi vows to fight wastewater consent: 'Our river is not a drain'",
     "The Ngāti Tāwhaki Trust says it will appeal the decision.", "Iwi", "Iwi"),
    ("The Washington Post: ‘We Stand By Our Reporting’",
     "The Washington Post said on Monday it stood by its story.",
     "The Washington Post", "Washington Post"),
    ("NATO’s Stoltenberg: ‘We Will Defend Every Ally’",
     "NATO Secretary-General Jens Stoltenberg spoke on Monday.",
     "Stoltenberg", "Jens Stoltenberg"),
]


@pytest.mark.parametrize(("title", "body", "mention", "speaker"), TITLES)
def test_title_case_verb_ends_the_name(pipeline: Pipeline, title: str, body: str,
                                       mention: str, speaker: str) -> None:
    """The title quote's mention is the name before the headline's verb."""
    said = title.split(":", 1)[1].strip(" ‘’'.")
    quote = next(q for q in quotes_of(pipeline, body, title=title)
                 if q.field == "title" and said.startswith(q.text.rstrip(".")))
    assert (quote.speaker_mention.text if quote.speaker_mention else "") == mention, quote
    assert quote.speaker == speaker, quote
