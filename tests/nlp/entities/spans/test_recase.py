"""Text in capitals: re-cased with every offset kept, then read again by the real model."""

from __future__ import annotations

import pytest

from newswire.models import Entity
from newswire.nlp.entities.extract import Context, extract_entities
from newswire.nlp.entities.spans.recase import (
    caps_keys,
    caps_runs,
    read_capitals,
    recase,
    written_forms,
)
from newswire.nlp.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.",
         "Soccer - Japan get lucky win, China in surprise defeat."),
        ("LEICESTERSHIRE TAKE OVER AT TOP", "Leicestershire take over at top"),
        ("NATO LEADERS VISIT KYIV AS U.S. PLEDGES AID",
         "NATO leaders visit Kyiv as U.S. pledges aid"),
        ("O'NEILL'S SIDE BEAT AL-AIN", "O'Neill's side beat Al-Ain"),
        ("WASHINGTON (Reuters) - The Senate voted.", "Washington (Reuters) - The Senate voted."),
        ("AL-AIN, United Arab Emirates 1996-12-06", "Al-Ain, United Arab Emirates 1996-12-06"),
        ("NATO said on Monday that it would meet.", "NATO said on Monday that it would meet."),
    ],
)
def test_capitals_are_recased_word_by_word_keeping_length(text: str, expected: str) -> None:
    """Usual lower-case words go lower, names and acronyms keep a capital, lengths stay."""
    runs = caps_runs(text)
    recased = recase(text, runs, written_forms(text, runs))
    assert recased == expected
    assert len(recased) == len(text)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("BUSH WINS IN OHIO\nPresident Bush said he would win Ohio.", "BUSH", "Bush"),
        ("APPLE SALES FALL\nShares of Apple fell as apple prices rose.", "APPLE", "Apple"),
        ("TURKEY HOLDS VOTE\nVoters in Turkey went to the polls.", "TURKEY", "Turkey"),
        ("SUDAN CLASHES SPREAD\nKHARTOUM, May 2 - Clashes spread west on Friday.", "CLASHES",
         "clashes"),
        ("UN WARNS OF FAMINE IN YEMEN\nThe UN said on Monday that aid was short.", "UN", "UN"),
    ],
)
def test_the_article_says_how_a_word_is_written(text: str, word: str, expected: str) -> None:
    """A word the article writes elsewhere, not at a sentence start (nor at the start of a
    story after its dateline), takes that case."""
    runs = caps_runs(text)
    recased = recase(text, runs, written_forms(text, runs))
    start = text.index(word)
    assert recased[start:start + len(word)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BUSH'S PLAN FAILS.\nPresident Bush said the plan failed.", {"bush", "plan", "fails"}),
        ("U.S. TROOPS LEAVE\nThe troops left.", {"u.s.", "troops", "leave"}),
        ("Markets rose on Monday.\nShares of Apple rose.", set()),
    ],
)
def test_only_the_words_in_capitals_are_looked_up(text: str, expected: set[str]) -> None:
    """The keys re-casing looks up are the words in capitals, without possessive or full
    stop; the article's forms are read for those words only, and the re-cased text is the
    same as with every word's form."""
    runs = caps_runs(text)
    wanted = caps_keys(text, runs)
    assert wanted == expected
    assert set(written_forms(text, runs, wanted)) <= wanted
    assert recase(text, runs, written_forms(text, runs, wanted)) == recase(
        text, runs, written_forms(text, runs))


def test_the_headline_takes_the_case_the_body_writes(pipeline: Pipeline) -> None:
    """Read for a batch, a headline in capitals takes the case its body writes a word in."""
    (title, body), = read_capitals(pipeline.nlp, [("APPLE SALES FALL AS BUSH VISITS",
                                                   "Apple said sales fell. President Bush left.")])
    assert title.recased == "Apple sales fall as Bush visits"
    assert body.recased == body.text, "a body without capitals is read as it is"


def found(pipeline: Pipeline, title: str, body: str) -> list[Entity]:
    """Entities with the model at hand, so capitals are re-cased and read again."""
    return extract_entities(pipeline.nlp(title), pipeline.nlp(body), Context(model=pipeline.nlp))


def assert_offsets(entities: list[Entity], title: str, body: str) -> None:
    """Every mention is exactly the original text at its offsets."""
    fields = {"title": title, "body": body}
    for entity in entities:
        for mention in entity.mentions:
            assert fields[mention.field][mention.start:mention.end] == mention.text


@pytest.mark.parametrize(
    ("title", "body", "name", "type_", "mention"),
    [
        ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.",
         "Japan began the defence of their title with a 2-1 win.", "China", "GPE", "CHINA"),
        ("Asian Cup", "AL-AIN, United Arab Emirates 1996-12-06\nJapan began with a win.",
         "Al-Ain", "GPE", "AL-AIN"),
        ("ROMANIAN PRESIDENT KLAUS IOHANNIS MEETS NATO CHIEF",
         "The meeting took place in Bucharest on Monday.", "Klaus Iohannis", "PERSON",
         "KLAUS IOHANNIS"),
        ("Liberia", "MONROVIA 1996-08-22\nFighting resumed in the capital on Thursday.",
         "Monrovia", "GPE", "MONROVIA"),
        ("BOEING CUTS JOBS, UNIONS SAY", "Seattle, May 2 - The cuts were announced.", "Boeing",
         "ORG", "BOEING"),
    ],
)
def test_entities_in_capitals_keep_the_original_text(
    pipeline: Pipeline, title: str, body: str, name: str, type_: str, mention: str
) -> None:
    """A name read in re-cased capitals is named in the usual case; its mention is the
    original capitals at the same offsets."""
    entities = found(pipeline, title, body)
    match = [e for e in entities if e.name == name]
    assert match, [(e.name, e.type) for e in entities]
    assert match[0].type == type_
    assert mention in [m.text for m in match[0].mentions]
    assert_offsets(entities, title, body)


def test_headline_capitals_help_the_model(pipeline: Pipeline) -> None:
    """Re-cased, a headline in capitals gives names the raw model does not find there."""
    title = "ROMANIAN PRESIDENT KLAUS IOHANNIS MEETS NATO CHIEF"
    raw = [e.text for e in pipeline.nlp(title).ents if e.label_ == "PERSON"]
    assert "KLAUS IOHANNIS" not in raw
    assert "Klaus Iohannis" in [e.name for e in found(pipeline, title, "")]


@pytest.mark.parametrize(
    "text",
    [
        "PRESIDENT BARACK OBAMA MET GERMAN CHANCELLOR ANGELA MERKEL IN BERLIN ON FRIDAY.\n"
        "THE TWO LEADERS DISCUSSED TRADE, NATO AND THE WAR IN SYRIA.\n"
        "MERKEL SAID GERMANY WOULD TAKE MORE REFUGEES; OBAMA PRAISED HER.",
        "WASHINGTON'S ''QUOTE'' -- 'O''BRIEN' ... É É É ÀÉÎÕÜ ß\n" * 20,
        "A" * 600 + "\n" + "NATO " * 2000,
    ],
)
def test_a_text_entirely_in_capitals_never_raises(pipeline: Pipeline, text: str) -> None:
    """Whole texts in capitals, odd apostrophes and accents: no exception, exact offsets."""
    title = text.split("\n", maxsplit=1)[0][:80]
    entities = found(pipeline, title, text)
    assert_offsets(entities, title, text)


def test_a_text_entirely_in_capitals_finds_its_people(pipeline: Pipeline) -> None:
    """In an article all in capitals, the people come out with names in the usual case."""
    body = ("PRESIDENT BARACK OBAMA MET GERMAN CHANCELLOR ANGELA MERKEL IN BERLIN ON FRIDAY.\n"
            "MERKEL SAID GERMANY WOULD TAKE MORE REFUGEES.")
    persons = {e.name for e in found(pipeline, "", body) if e.type == "PERSON"}
    assert {"Barack Obama", "Angela Merkel"} <= persons
