"""Issue 14: reported speech whose words the parse hangs apart from the verb (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.extract import lexicon_for
from newswire.nlp.quotes.speech.cues import cue_at
from newswire.nlp.quotes.speech.reported import _cue_candidates
from tests.nlp.quotes.test_extract import quotes_of


def reported(pipeline: Pipeline, body: str, title: str = "") -> list[tuple[str, str | None]]:
    """(text, speaker) of every piece of reported speech, title first."""
    found: list[Quote] = quotes_of(pipeline, body, title)
    return [(q.text, q.speaker) for q in found if q.kind == "indirect"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Dana Whitlow called him a reckless gambler who has neglected the county budget.",
     [("him a reckless gambler who has neglected the county budget", "Dana Whitlow")]),
    ("Dana Whitlow accused the mayor of hiding the audit from the council.",
     [("the mayor of hiding the audit from the council", "Dana Whitlow")]),
    ("Dana Whitlow described the plan as a costly gift to developers.",
     [("the plan as a costly gift to developers", "Dana Whitlow")]),
    ("Dana Whitlow criticized the mayor for closing three libraries last winter.",
     [("the mayor for closing three libraries last winter", "Dana Whitlow")]),
    ("In a fiery speech, Senator Dana Whitlow called him divisive.",
     [("him divisive", "Dana Whitlow")]),
    # The parse loses the subject behind an aside: the object never becomes the speaker.
    ("Speaking in Harlem, Clinton, without naming him, also accused Sanders of being a "
     "Johnny-come-lately to racial justice issues.",
     [("Sanders of being a Johnny-come-lately to racial justice issues", None)]),
])
def test_object_with_what_is_said_of_it(pipeline: Pipeline, body: str,
                                        expected: list[tuple[str, str]]) -> None:
    """A verb of saying's object comes with what it says of the object, not the object alone."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Dana Whitlow wrote a weekly column for the county newspaper.", []),
    ("Dana Whitlow posted a lengthy message on her campaign website.", []),
    ("Dana Whitlow never told the truth about her business record.", []),
    # A product recall (a counted object) says nothing; a time recalled still says.
    ("Tesla is recalling more than 2 million vehicles in the United States.", []),
    ("Ford recalled 90,000 pickup trucks over faulty brakes on Tuesday.", []),
    ("Dana Whitlow recalled the day her family lost the farm.",
     [("the day her family lost the farm", "Dana Whitlow")]),
    ("Dana Whitlow recalled that the mill had closed in a single week.",
     [("that the mill had closed in a single week", "Dana Whitlow")]),
    # Their clauses still say.
    ("Dana Whitlow wrote that the county budget was badly out of balance.",
     [("that the county budget was badly out of balance", "Dana Whitlow")]),
])
def test_object_is_the_medium(pipeline: Pipeline, body: str,
                              expected: list[tuple[str, str]]) -> None:
    """A bare object of write, post or tell, or a counted one of recall, is the medium or the
    thing, not the words said."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "Asked ..., X said": X was asked; the asker (a reporter) is not named.
    ("Asked if he had ever been bullied, the candidate said no.",
     [("if he had ever been bullied", None)]),
    ("Asked whether the city would legislate workers back, Olivia Chow said she hoped not.",
     [("whether the city would legislate workers back", None),
      ("she hoped not", "Olivia Chow")]),
    ("When asked if the deal would bring private clinics, Danielle Smith said that was not "
     "the goal.",
     [("if the deal would bring private clinics", None),
      ("that was not the goal", "Danielle Smith")]),
    # "Having asked ...": the one who asked is the subject.
    ("Having asked whether the mill would close, Dana Whitlow left the meeting.",
     [("whether the mill would close", "Dana Whitlow")]),
    ("Then Paul Ortega asked the students if they were always so serious.",
     [("if they were always so serious", "Paul Ortega")]),
    ("Paul Ortega asked workers whether they planned to attend the caucuses.",
     [("whether they planned to attend the caucuses", "Paul Ortega")]),
    # Not a question: "if" opens a condition of "said", which says nothing by itself.
    ("If the bill passes, Paul Ortega said nothing would change.",
     [("nothing would change", "Paul Ortega")]),
])
def test_question_asked(pipeline: Pipeline, body: str,
                        expected: list[tuple[str, str | None]]) -> None:
    """``asked if ...`` reports the question the parse hangs on the verb as a clause; of a
    bare ``Asked if ...`` opening a clause, by nobody named."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Adelson said earlier on Friday during a news conference that he may wait until the "
     "primaries to decide.",
     [("that he may wait until the primaries to decide", "Adelson")]),
    ("Lena Ruiz said in an interview with the Associated Press last week that she would not "
     "run again.",
     [("that she would not run again", "Lena Ruiz")]),
    # A relative clause of the phrase ("that" is its subject) is not what was said.
    ("Lena Ruiz spoke during a meeting that lasted three hours.", []),
    # After the addressee: the clause the parse hung on the call is what was told.
    ("Chief financial officer Jeff Hoffmeister told analysts on a conference call that "
     "margins would improve next year.",
     [("that margins would improve next year", "Jeff Hoffmeister")]),
    # Another verb's clause after the object is that verb's (a belief: what police
    # determined), not the first one's.
    ("Police charged Lena Ruiz after determining that she had driven the stolen car.",
     [("that she had driven the stolen car", "Police")]),
])
def test_that_clause_after_a_phrase(pipeline: Pipeline, body: str,
                                    expected: list[tuple[str, str]]) -> None:
    """A that-clause hung on the last noun of a phrase after the verb is what was said."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("But this one is different, she says.", [("this one is different", None)]),
    ("And the plan will fail, critics argue.", [("the plan will fail", "critics")]),
    ("Lena Ruiz said that taxes would rise and that services would be cut.",
     [("that taxes would rise and that services would be cut", "Lena Ruiz")]),
])
def test_leading_conjunction(pipeline: Pipeline, body: str,
                             expected: list[tuple[str, str | None]]) -> None:
    """A conjunction opening reported words links them to the text before: not said."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Anyone with information is asked to call police.", [("to call police", None)]),
    ("Lena Ruiz was told that her contract would not be renewed.",
     [("that her contract would not be renewed", None)]),
    ("Residents were told that the water was safe to drink.",
     [("that the water was safe to drink", None)]),
    ("Lena Ruiz was asked by the moderator whether she would run again.",
     [("whether she would run again", "moderator")]),
])
def test_passive_subject_was_told(pipeline: Pipeline, body: str,
                                  expected: list[tuple[str, str | None]]) -> None:
    """The subject of a passive verb of saying was told or asked: only ``by`` names a speaker."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("This campaign, he says, is different.", [("This campaign, he says, is different", None)]),
    # One word on one side: nothing said.
    ("Yes, he said.", []),
])
def test_short_sides_of_a_cue(pipeline: Pipeline, body: str,
                              expected: list[tuple[str, str | None]]) -> None:
    """A cue set off by commas inside a short clause reports the clause around it."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("As The Washington Post reported, the county would need to win most of the remaining "
     "seats.",
     [("the county would need to win most of the remaining seats", "Washington Post")]),
    ("But as Clyburn noted, those voters will give the senator a second look.",
     [("those voters will give the senator a second look", "Clyburn")]),
    ("Democrats, Frank notes, applaud the shrewd management of the state budget.",
     [("Democrats, Frank notes, applaud the shrewd management of the state budget", "Frank")]),
    # A name, not a report: nobody said the rest of the sentence.
    ("The Every Student Succeeds Act, as the bill is called, would end the testing rule.", []),
])
def test_as_someone_reported(pipeline: Pipeline, body: str,
                             expected: list[tuple[str, str]]) -> None:
    """``As the Post reported, ...`` reports the clause the ``as`` phrase is set in."""
    assert reported(pipeline, body) == expected


_LYNCH = "Loretta Lynch met the director on Tuesday."
_STORY = "The story follows."


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Lynch: FBI will decide on Clinton emails without outside influence", _LYNCH,
     [("FBI will decide on Clinton emails without outside influence", "Loretta Lynch")]),
    ("Marco Rubio: I’m Not Interested In Being Vice President", _STORY,
     [("I’m Not Interested In Being Vice President", "Marco Rubio")]),
    ("Newspaper: Defense secretary used personal email at Pentagon.", _STORY,
     [("Defense secretary used personal email at Pentagon", "Newspaper")]),
    # A label names nobody; a topic says nothing; a quoted headline is a headline quote.
    ("The Latest: Cruz to give away engraved shotgun", _STORY, []),
    ("Netanyahu and Obama: A tortured relationship", _STORY, []),
    ("Trump: ‘We are going to win so much’", _STORY, []),
    # A place, a topic word or a name the article gives no person is the story's topic.
    ("Ukraine: Russia launches a new offensive near Kharkiv", _STORY, []),
    ("Brexit: Ministers will publish the trade plan next week", _STORY, []),
    ("Lynch: FBI will decide on Clinton emails without outside influence", _STORY, []),
])
def test_headline_claim(pipeline: Pipeline, title: str, body: str,
                        expected: list[tuple[str, str | None]]) -> None:
    """``Speaker: claim`` in a title reports the unquoted claim of the person it names."""
    assert reported(pipeline, body, title) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Exclusive: Airline weighs sale of unit, sources say",
     [("Airline weighs sale of unit", "sources")]),
    ("UPDATE 2-Airline weighs sale of unit, sources say",
     [("Airline weighs sale of unit", "sources")]),
    ("REFILE-EXCLUSIVE-Airline weighs sale of unit, sources say",
     [("Airline weighs sale of unit", "sources")]),
    # A label is no speaker either.
    ("Analysis: Markets face a long winter of rate rises", []),
])
def test_headline_label_is_not_said(pipeline: Pipeline, title: str,
                                    expected: list[tuple[str, str | None]]) -> None:
    """A headline's wire label (``Exclusive:``, ``UPDATE 2-``) is no part of what was said."""
    assert reported(pipeline, _STORY, title) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The senator said the bill was dead, according to two aides, and he denied it."),
    ("en", "Fed holds rates steady, signals patience, as the Post reported."),
    ("fr", "Les golfs devront réduire leur arrosage, a-t-il précisé, selon le préfet."),
    ("fr", "La réforme est injuste, estime la CGT, d'après un communiqué."),
])
def test_cue_candidates_hold_every_word_a_cue_is_read_of(pipeline: Pipeline, language: str,
                                                         text: str) -> None:
    """The words reported speech reads as arrays hold every cue (and, in French, every
    adjective and adposition an incise may be), in order."""
    doc = pipeline.models.full(language)(text)
    lexicon = lexicon_for(language)
    candidates = _cue_candidates(TextMap(doc, [], lexicon))
    assert candidates == sorted(set(candidates))
    assert {t.i for t in doc if cue_at(t, lexicon) is not None} <= set(candidates)
    if language == "fr":
        assert [t.i for t in doc if t.pos_ in ("VERB", "ADJ", "ADP", "X")] == candidates
