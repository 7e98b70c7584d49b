"""Whom ``they``, a participle after ``, he said,`` and a misparsed ``who`` clause point to
(real model).

Texts are written for these tests, after sentences of PolNeAR train articles; each row is
(text, start of the quote's text, the speaker mention's words, the speaker).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import find

Row = tuple[str, str, str, str | None]

CHAINS: list[Row] = [
    # People named together as a subject are whom a later "they" stands for (as "X and Y
    # said" speaks as its first person), not an older place or group.
    ("Donald Trump and Mike Pence spoke in Ohio on Monday. They said the economy would “boom "
     "like never before.”",
     "boom like", "They", "Donald Trump"),
    ("Jim Bennett and Sandy Paradis stand in front of a polling place in Manchester. They said "
     "they were “friends first.”",
     "friends first", "They", "Jim Bennett"),
    ("Hillary Clinton and Senator Elizabeth Warren of Massachusetts held their first joint "
     "campaign event on Monday, striking a populist tone as they sought to address the anger "
     "over income inequality.",
     "to address", "they", "Hillary Clinton"),
    # Guards: a group named after the pair is nearer; "he" never reaches the pair.
    ("Donald Trump and Mike Pence spoke in Ohio on Monday. Local officials were less sure. "
     "They said the economy would “boom like never before.”",
     "boom like", "They", "Local officials"),
    ("Donald Trump and Mike Pence spoke in Ohio on Monday. He said the economy would “boom "
     "like never before.”",
     "boom like", "He", "Donald Trump"),
    # A participle after the comma of ", he said," speaks with that cue's subject, also when
    # the parse hangs it on the quote's verb or makes it the sentence's root.
    ("Mr. Scott, who has called Mr. Trump's comments ''racially toxic,'' portrayed his own "
     "party's nominee as a temporary affliction on conservatism.\n\n''For the next several "
     "months, he will have the loudest voice, but the fact of the matter is there will be "
     "other voices speaking as well,'' he said, not even suggesting Mr. Trump could have the "
     "party's loudest voice for four years.",
     "Mr. Trump could", "he", "Scott"),
    ("Tim Scott spoke on Tuesday.\n\n“There will be other voices speaking as well,” he said, "
     "not even suggesting Mr. Trump could have the loudest voice for four years.",
     "Mr. Trump could", "he", "Tim Scott"),
    ("Tim Scott spoke on Tuesday.\n\n“There will be other voices,” he said, never once "
     "suggesting Mr. Trump could win.",
     "Mr. Trump could", "he", "Tim Scott"),
    # Guard: a participle the parse already gives the cue's subject keeps it.
    ("Susan Collins spoke to reporters on Tuesday. “We will see,” she said, again suggesting "
     "the bill could pass the Senate this year.",
     "the bill could", "she", "Susan Collins"),
    # A relative clause whose "who" the parse hung on a word under its verb is the noun's
    # (the speaker was the honorific before the name: "Mr.").
    ("Rupert Murdoch runs the network. That could provide a strong argument against change, "
     "especially for Mr. Murdoch, who is by all accounts enjoying his new role and is saying "
     "he won't rush into picking a successor.",
     "he won", "Murdoch", "Rupert Murdoch"),
    # Guard: an infinitive relative clause ("the only contender to have pledged") has no
    # "who": its noun is no speaker.
    ("Ted Cruz is the only top-tier contender here to have pledged to visit every Iowa "
     "county.",
     "to visit", "", None),
]


@pytest.mark.parametrize(("body", "start", "mention", "speaker"), CHAINS)
def test_speaker_through_the_chain(pipeline: Pipeline, body: str, start: str, mention: str,
                                   speaker: str | None) -> None:
    """The quote's speaker mention and speaker are the ones the chain points to."""
    quote = find(quotes_of(pipeline, body), start)
    assert (quote.speaker_mention.text if quote.speaker_mention else "") == mention, quote
    assert quote.speaker == speaker, quote
