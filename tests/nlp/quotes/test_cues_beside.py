"""Issue 14c: cues the parse sets apart from their quote (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check, find


@pytest.mark.parametrize(("body", "expected"), [
    # The attribution is a sentence of its own before the quote, its subject in apposition.
    ("The county will not recount the ballots.\nNora Quist, the spokeswoman for the county "
     "clerk said in a statement. “There is nothing left to count. Every ballot was read "
     "twice by the machines.”",
     [("There is nothing left", "Nora Quist", "person")]),
    # ... or after the quote, its verb far from the name across a long appositive.
    ("The billboards went up on Friday.\n“Not ours, but we like them!” Dunmore, the head of "
     "the Better Roads Fund, Tweeted on Friday with a photo of the signs.",
     [("Not ours", "Dunmore", "person")]),
])
def test_cue_in_the_next_sentence(pipeline: Pipeline, body: str,
                                  expected: list[Expected]) -> None:
    """A verb of saying with nothing said in its own sentence speaks the quote beside it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Tom Reyes, the mayor's spokesman, declined to comment. “There is nothing left to count. "
     "Every ballot was read twice by the machines.”",
     [("There is nothing left", None, "unknown")]),
    ("Tom Reyes, the mayor's spokesman, did not comment. “There is nothing left to count. "
     "Every ballot was read twice by the machines.”",
     [("There is nothing left", None, "unknown")]),
])
def test_no_cue_from_a_refusal(pipeline: Pipeline, body: str,
                               expected: list[Expected]) -> None:
    """``declined to comment``, ``did not comment``: nothing said, so no cue for the quote."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The idiom's writer speaks the quote of the main clause, not its subject.
    ("The mayor wants the vote before the summer. As the Herald's Ann Ortiz puts it, the mayor "
     "is handing the council \"a budget nobody can vote against.\"",
     [("a budget nobody", "Ann Ortiz", "person")]),
    ("The session ended without a deal.\nAs one columnist, Tom Reddy, put it, \"The council "
     "blinked first, and the unions noticed.\"",
     [("The council blinked", "Tom Reddy", "person")]),
])
def test_as_someone_puts_it(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``As X puts it`` is a cue of saying: the quote beside it is X's."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Whatever progress the envoy has made this week, officials said, could easily come "
     "undone by a single attack.",
     [("Whatever progress the envoy", "officials", "group")]),
    ("In Ohio, the governor leads, according to the Marist poll, although his rival has "
     "gained ground in nearly every county since the debate in June.",
     [("In Ohio, the governor", "Marist poll", "document")]),
])
def test_cue_inside_the_reported_clause(pipeline: Pipeline, body: str,
                                        expected: list[Expected]) -> None:
    """A cue set off by commas inside what was said leaves both sides of it reported."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Voters are watching a seasoned member of the establishment, Hillary Clinton, argue that "
     "the system is rigged against women.",
     [("that the system is rigged", "Hillary Clinton", "person")]),
    ("Fans are seeing a veteran of the league, Tom Reyes, argue that the rules favor big clubs.",
     [("that the rules favor", "Tom Reyes", "person")]),
])
def test_object_of_a_perception_verb_speaks(pipeline: Pipeline, body: str,
                                            expected: list[Expected]) -> None:
    """``watching X argue``, ``heard X tell``: the bare verb's speaker is the object."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The shooting shocked the city.\n\"Is the mayor going to finally say the words? If she "
     "does not she should resign!\" the council's leader, Tom Abbot, tweeted on Sunday.",
     [("Is the mayor going", "Tom Abbot", "person")]),
])
def test_cue_after_a_question_in_lower_case(pipeline: Pipeline, body: str,
                                            expected: list[Expected]) -> None:
    """``“...?” the comedian asked``: the sentence after the mark goes on in lower case."""
    check(pipeline, body, expected)


Mentioned = tuple[str, str, str | None, str]  # quote start, kind, speaker, mention


@pytest.mark.parametrize(("body", "expected"), [
    # Two cues around one quote: the first quote keeps the cue before it, the one set off
    # after it speaks the next quote (as PolNeAR marks it); one speaker, one quote each.
    ("Asked Tuesday about Sullivan, Dianne Feinstein said \"I don't know anything about Jake "
     "Sullivan and the emails,\" she said. \"I've never heard it before. I've seen the emails "
     "but I don't register on Jake Sullivan.\"",
     [("I don't know", "partial", "Dianne Feinstein", "Dianne Feinstein"),
      ("I've never heard", "direct", "Dianne Feinstein", "she")]),
    # The usual split quote: one cue for both parts, as before.
    ("Dianne Feinstein spoke on Tuesday. \"I don't know anything about it,\" she said. \"I've "
     "never heard it before.\"",
     [("I don't know", "direct", "Dianne Feinstein", "she"),
      ("I've never heard", "direct", "Dianne Feinstein", "she")]),
    # A cue with words of its own after the mark is no cue of the next quote.
    ("Dianne Feinstein said \"I don't know anything about it,\" but she later read them. "
     "\"I've never heard it before and I never will.\"",
     [("I've never heard", "direct", "Dianne Feinstein", "Dianne Feinstein")]),
])
def test_cue_set_off_after_a_cued_quote(pipeline: Pipeline, body: str,
                                        expected: list[Mentioned]) -> None:
    """``X said "...," she said. "..."``: ``she said`` is the next quote's cue."""
    quotes = quotes_of(pipeline, body)
    for start, kind, speaker, mention in expected:
        quote = find(quotes, start)
        assert (quote.kind, quote.speaker, quote.speaker_mention and quote.speaker_mention.text
                ) == (kind, speaker, mention), quote
