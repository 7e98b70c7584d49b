"""Issue 14e: the subject of a cue, for grammar the cue's own clause decides (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.mention_spans import entity_range
from newswire.nlp.quotes.extract import extract_quotes
from tests.conftest import calls_to
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The one asked is the passive subject; the one asking speaks.
    ("Marco Rubio was asked by moderator Gerard Baker whether his tax plan would risk "
     "“adding another costly program to a strained budget.”",
     [("adding another costly", "Gerard Baker", "person")]),
    ("“We will not wait for Congress,” the governor was told by her chief of staff, Ann Lee.",
     [("We will not wait", "Ann Lee", "person")]),
    # "quoted" is no verb of saying: the one quoted still speaks.
    ("Ann Lee was quoted by the Dayton Daily News as saying the plan was “dead on arrival in "
     "the House.”",
     [("dead on arrival", "Ann Lee", "person")]),
])
def test_passive_speech_verb_speaks_through_its_agent(pipeline: Pipeline, body: str,
                                                      expected: list[Expected]) -> None:
    """A passive verb of saying with ``by X`` is X's, not its subject's."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Jens Stoltenberg said NATO would stay.", "Stoltenberg", "Jens Stoltenberg"),
    ("Jens Stoltenberg said NATO would stay.", "Jens", "Jens Stoltenberg"),
    ("Officials at the European Central Bank said rates would rise.", "Central",
     "the European Central Bank"),
    ("Ann Lee met Bob Jones in Paris.", "Paris", "Paris"),
])
def test_entity_range_is_the_entity_of_the_token(pipeline: Pipeline, text: str, word: str,
                                                 expected: str) -> None:
    """The entity a token is in, read off the IOB tags around it, as doc.ents has it."""
    doc = pipeline.nlp(text)
    token = next(t for t in doc if t.text == word)
    start, end = entity_range(token)
    assert doc[start:end].text == expected
    assert any((e.start, e.end) == (start, end) for e in doc.ents)


def test_quotes_do_not_rebuild_the_entities(pipeline: Pipeline) -> None:
    """A speaker's mention is found from the tags around it, not by building every entity of
    the doc again for each quote: the tokens looked up grow with the quotes, not with their
    square (twice the quotes took 3.8 times the lookups; 2,000 quotes in a paragraph, 15 s)."""
    def lookups(count: int) -> int:
        body = " ".join(f'Ann Lee{i} said "we will win vote {i}."' for i in range(count))
        title_doc, body_doc = pipeline.nlp.pipe(["", body])
        found: list[Quote] = []
        calls = calls_to("__getitem__",
                         lambda: found.extend(extract_quotes(title_doc, body_doc, [])))
        assert len(found) == count
        return calls

    assert lookups(200) < 2.5 * lookups(100)


@pytest.mark.parametrize(("body", "expected"), [
    # A participle before the name is a modifier of the name, not a verb ending the search.
    ("The hearing ran late.\n\"I am not going to call it a mistake, so forget about it,\" said "
     "retired surgeon Ben Carson, asked about his claims of a scholarship offer.",
     [("I am not going", "Ben Carson", "person")]),
    # The tagger reads a rare surname after the verb as an adverb.
    ("Bill Skelly, a longtime data operative, vouched for both men.\n“Having access to the file "
     "and two people who understand it is valuable,” said Skelly, explaining he worked more "
     "closely with Vito.",
     [("Having access", "Bill Skelly", "person")]),
    # find30: a place's possessive before the name ("'s" is part of the noun phrase).
    ("Editorial pages across the country warned that the sky was falling. \"Gun owners "
     "should leave their weapons at home,\" opined Cleveland's Plain Dealer.",
     [("Gun owners should", "Plain Dealer", "organization")]),
])
def test_inverted_cue_finds_the_name_after_it(pipeline: Pipeline, body: str,
                                              expected: list[Expected]) -> None:
    """``“...,” said <modifiers> Name``: the name after the verb speaks, however tagged."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Bill Early, the district chairman, was asked about the vote.\nInformed of the district's "
     "lean, Early described it as “news to me.”",
     [("news to me", "Bill Early", "person")]),
])
def test_name_before_the_cue_however_tagged(pipeline: Pipeline, body: str,
                                            expected: list[Expected]) -> None:
    """``, Early described it``: a capitalised word right before the verb is its speaker."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("“We are ready,” Ann Lee called out.", "called out"),
    ("Ann Lee called out that the plan would fail.", "called out"),
    ("“We are ready,” Ann Lee said.", "said"),
])
def test_cue_keeps_its_particle(pipeline: Pipeline, body: str, expected: str) -> None:
    """A particle the parse gives the verb of saying is part of the cue (tokens compared by
    equality: spaCy makes a new Token object on each access, so ``is`` never matched)."""
    doc = pipeline.nlp(body)
    quotes = extract_quotes(pipeline.nlp.make_doc(""), doc, [])
    assert [q.cue.text for q in quotes if q.cue is not None] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("Voters going to the polls on Tuesday said the economy was their main worry.",
     [("the economy was their main worry", "Voters", "group")]),
    ("Large majorities of Republican primary voters in six states going to the polls on "
     "Super Tuesday said they support a proposal to close the border.",
     [("they support a proposal", "Republican primary voters", "group")]),
])
def test_people_before_a_participle_read_as_subject_speak(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Voters going to the polls said``: the parse made the participle the clausal subject
    of the verb of saying; the people it describes speak."""
    check(pipeline, body, expected)
