"""Which quotation marks an article quotes in: British single marks beside double ones."""

from __future__ import annotations

from typing import Any

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.marked.mark_sets import DEFAULT_MARKS
from newswire.nlp.quotes.marked.marks import find_marked_quotes
from newswire.nlp.quotes.marked.styles import article_quotes
from tests.nlp.quotes.test_extract import quotes_of


def _quoted(text: str, *, headline: bool = False) -> list[str]:
    doubles = find_marked_quotes(text, "double", DEFAULT_MARKS)
    return [text[q.start:q.end]
            for q in article_quotes(text, DEFAULT_MARKS, doubles, headline=headline)]


@pytest.mark.parametrize(("text", "expected"), [
    # A British body nests double marks inside single ones: one quote, the outer one.
    ("‘They called it “a fair offer”, but it is not,’ said Jo Grady.",
     ["They called it “a fair offer”, but it is not,"]),
    ("‘We will,’ she said. ‘They said “no” to us,’ she added. He saw “Hamlet” twice.",
     ["We will,", "They said “no” to us,", "Hamlet"]),
    # A US body: single marks inside double ones stay inside; a lone single quote among
    # double-marked ones is not the article's style.
    ("“He told me ‘no way’ twice,” said Jo Grady.", ["He told me ‘no way’ twice,"]),
    ("“We will,” she said. ‘Maybe,’ he said. “Not now,” she said.",
     ["We will,", "Not now,"]),
    # ... but a paragraph opening with single-marked sentences quotes them (no apostrophe
    # looks so), and a deck, the lines above the first sentence, quotes as headlines do.
    ("“We will,” she said.\n'We cannot support it,' Hillier said. 'Think again.'\n"
     "“Not now,” she said.", ["We will,", "We cannot support it,", "Think again.",
                             "Not now,"]),
    ("Finance chair calls it 'the budget we can afford'\nBy Kieran Doucette\n“We will,” she "
     "said. He called it 'fine'.\nWho's 'Jim'", ["the budget we can afford", "We will,"]),
    # ... and the double marks nested in such a paragraph's quote are part of it, as in a
    # British body.
    ("“We will,” she said.\n'They called it \"a fair offer\", but it is not,' Hillier said."
     "\n“Not now,” she said.",
     ["We will,", "They called it \"a fair offer\", but it is not,", "Not now,"]),
    # A body with no line ending as a sentence has no deck to tell from it: its single
    # marks among double ones stay apostrophes or scare quotes.
    ("He said 'no' to the players' plan\n“We will,” she said", ["We will,"]),
    # A line that is only a quote is a subhead pulled from the article: no quote of its own.
    ("“We will,” she said.\n'Pretty cool working there.'\n“Not now,” she said.",
     ["We will,", "Not now,"]),
    # No double marks: single ones as before, apostrophes kept out.
    ("'It is a disgrace,' he said. It was the '90s.", ["It is a disgrace,"]),
    ("In the '90s the officials' plans didn't work.", []),
])
def test_article_style(text: str, expected: list[str]) -> None:
    """Single marks are the article's when its single-marked direct quotes outnumber its
    double-marked quotes outside them; double marks inside them are no quotes then."""
    assert _quoted(text) == expected


def _summary(quotes: list[Any]) -> list[tuple[Any, ...]]:
    return [(q.kind, q.text, q.speaker, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotes if q.kind in ("direct", "partial")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Lecturers will strike next week, the union said. ‘They called it “a fair offer”, but it "
     "is not,’ said Jo Grady, the union’s general secretary.",
     [("direct", "They called it “a fair offer”, but it is not,", "Jo Grady", "Jo Grady")]),
    ("Unions met on Monday.\n‘We don’t accept Jones’ offer,’ said the union’s leader, Jo "
     "Grady.",
     [("direct", "We don’t accept Jones’ offer,", "Jo Grady", "leader")]),
    ("Tom Watson spoke in Leeds. 'It is a disgrace,' he said. 'We saw it in the '90s.'",
     [("direct", "It is a disgrace,", "Tom Watson", "he"),
      ("direct", "We saw it in the '90s.", "Tom Watson", "he")]),
    # US style: the nested single quote stays inside; the double one is the quote.
    ("“He told me ‘no way’ twice,” said Jo Grady.",
     [("direct", "He told me ‘no way’ twice,", "Jo Grady", "Jo Grady")]),
])
def test_british_single_quotes(pipeline: Pipeline, body: str,
                               expected: list[tuple[Any, ...]]) -> None:
    """A body quoting in single marks has its direct quotes and speakers (real model)."""
    assert _summary(quotes_of(pipeline, body)) == expected
