"""Issue 14e: which full names of an article a lone surname may stand for (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The model reads "Team Clinton" as a person; Clinton is still Hillary Clinton.
    ("Hillary Clinton campaigned in Iowa on Monday. Team Clinton's argument is that she can "
     "win the general election. “We are going to win Iowa,” Clinton said.",
     [("We are going to win", "Hillary Clinton", "person")]),
    ("Maria Lopez runs the shelter. Team Lopez has raised money all year. “We need more beds "
     "this winter,” Lopez said.",
     [("We need more beds", "Maria Lopez", "person")]),
    # A verb capitalised because it opens the sentence is no first name either.
    ("Hillary Clinton spoke to the crowd in Ohio. Combine Clinton and Sanders’ numbers and "
     "the picture is clear. “Ohio is ready,” Clinton said.",
     [("Ohio is ready", "Hillary Clinton", "person")]),
    # ... nor is a title written without its full stop.
    ("Mary Fallin endorsed the plan. Gov Fallin signed the budget on Friday. “This budget "
     "keeps our promise,” Fallin said.",
     [("This budget keeps", "Mary Fallin", "person")]),
])
def test_common_word_before_a_surname_is_no_one(pipeline: Pipeline, body: str,
                                                expected: list[Expected]) -> None:
    """A usually lower-case word before the surname of a person named in full is no name."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # "Bill" is also a common noun, but a known first name: Bill Clinton is a person.
    ("Bill Clinton spoke in Denver on Friday. Hillary Clinton stayed in New York. “The "
     "economy grew on our watch,” Bill Clinton said. “We kept that promise,” Clinton added.",
     [("We kept that promise", "Bill Clinton", "person")]),
    # A common word as the first name of the only person with that surname stays a name.
    ("Rush Limbaugh spoke on his radio show on Monday. “The polls are wrong again,” "
     "Limbaugh said.",
     [("The polls are wrong", "Rush Limbaugh", "person")]),
])
def test_names_that_look_like_words_stay(pipeline: Pipeline, body: str,
                                         expected: list[Expected]) -> None:
    """A known first name, or the only full name with that surname, keeps its person."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The last written in full is Bill Clinton, but "her" in the name's sentence is Hillary's.
    ("Hillary Clinton leads among older voters. Bill Clinton campaigned in Ohio on Friday. "
     "Clinton said her plan would protect Social Security.",
     [("her plan would protect", "Hillary Clinton", "person")]),
    ("Hillary Clinton spoke in Harlem. Bill Clinton stayed in Little Rock. Speaking to "
     "students, Clinton said she would end harsh school discipline.",
     [("she would end", "Hillary Clinton", "person")]),
    # No pronoun of the name's own: the one written in full last before it, as before.
    ("Hillary Clinton spoke in Harlem. Bill Clinton spoke in Ohio on Friday. “We kept our "
     "promise,” Clinton said.",
     [("We kept our promise", "Bill Clinton", "person")]),
])
def test_namesakes_agree_with_their_pronoun(pipeline: Pipeline, body: str,
                                            expected: list[Expected]) -> None:
    """A surname two people of different gender share takes the one its pronoun agrees with."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model tags only "Wu" as a person; the text writes her name in full before.
    ("Paloma Wu, legal director for the union, filed the suit. “The law is "
     "unconstitutional,” Wu said.",
     [("The law is unconstitutional", "Paloma Wu", "person")]),
])
def test_surname_takes_the_name_written_in_full(pipeline: Pipeline, body: str,
                                                expected: list[Expected]) -> None:
    """A person named by a lone surname is the proper nouns written before it in full."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The tagger reads the second "Hannity" as a common noun, and the model names no one there.
    ("Fox News host Sean Hannity said Tuesday that the feud was over. “I think it’s time for "
     "people to move on,” Hannity said.",
     [("I think it’s time", "Sean Hannity", "person")]),
    # The model typed the full name an organisation, so no person's name ends with the surname.
    ("Brett O’Donnell, chief strategist for the campaign, said the tour was a mistake. \"Was "
     "that the best use of our time?\" O’Donnell said.",
     [("Was that the best use", "Brett O’Donnell", "person")]),
])
def test_surname_the_model_missed_takes_the_full_name(pipeline: Pipeline, body: str,
                                                      expected: list[Expected]) -> None:
    """A lone surname read as a noun, or written in full only as an organisation, is that name."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The father, named in passing, is the last written in full; Trudeau is still the son.
    ("Prime Minister Justin Trudeau spoke in Montreal on Tuesday. His father, Pierre "
     "Trudeau, brought in the Charter of Rights in 1982. Trudeau said the Charter still "
     "protects every Canadian.",
     [("the Charter still protects", "Justin Trudeau", "person")]),
    # The wife, brought in by her first name, is named in full later: Olafson stays Ken.
    ("Ken Olafson has farmed the same land for 41 years. His wife, Marlene, keeps the farm's "
     "books. Back on the farm, Marlene Olafson says she and Ken have talked about selling. "
     "He isn't ready. “This land is my whole life,” Olafson says.",
     [("This land is my whole life", "Ken Olafson", "person")]),
    # Just named in full, the relative is meant (the rule of the last written in full).
    ("Hillary Clinton spoke in Boston. Her husband, Bill Clinton, greeted voters outside. "
     "Bill Clinton spoke with a poll worker. A woman asked for a photo and Clinton said, "
     "“As long as we're not breaking any election laws.”",
     [("As long as", "Bill Clinton", "person")]),
])
def test_relative_named_in_passing_keeps_the_surname_of_the_other(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A namesake brought in as someone's relative is no lone surname's unless just named."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # "Ivana" is no known first name: "Mr." still picks the man over her.
    ("Donald J. Trump spoke in Iowa. He has denied that he assaulted Ivana Trump, and the "
     "former Mrs. Trump backed away from the claim.\n\nMr. Trump, however, said he was "
     "“the perfect messenger.”",
     [("the perfect messenger", "Donald J. Trump", "person")]),
])
def test_honorific_prefers_the_namesake_known_of_its_gender(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Mr.`` takes the namesake known to be a man before one of unknown gender."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Mr. Bennett said the bill was dead. Ms. Roth disagreed.",
     {"bennett": "m", "roth": "f"}),
    ("Mr. Lee spoke first. Mrs. Lee spoke after him.", {}),  # both genders: none told
    ("Dr. Patel said the ward was full, and Mr Van Horn agreed.", {"horn": "m"}),
    ("Nobody here has an honorific.", {}),
    ("The last word is Mr.", {}),
])
def test_honorific_genders_read_once_a_doc(pipeline: Pipeline, body: str,
                                           expected: dict[str, str]) -> None:
    """``Mr. Bennett`` and ``Ms. Roth`` tell those surnames' genders, wherever the honorific
    stands (read from each distinct word of the doc, none grouped and kept)."""
    from newswire.nlp.quotes.lexicon_en import ENGLISH
    from newswire.nlp.quotes.resolution.namesakes import honorific_genders

    assert honorific_genders([pipeline.nlp(body)], ENGLISH) == expected
