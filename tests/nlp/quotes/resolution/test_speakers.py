"""Who said a quote, the harder cases, with the real spaCy model: one row per way of finding it."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.gender import gender_of
from tests.nlp.quotes.test_extract import quotes_of

SPEAKER_CASES = [
    # A participle's speaker is the subject of the clause it hangs off.
    ("Jane Doe explained the decision by saying: “We had no choice at all.”",
     "Jane Doe", "Jane Doe"),
    ("Jane Doe did not seem impressed on Tuesday, telling reporters, “A lot of people said "
     "the governor should step down.”", "Jane Doe", "Jane Doe"),
    # ... also when it describes the object: "emailed supporters saying".
    ("Bernie Sanders emailed supporters saying: “The struggle continues.”",
     "Bernie Sanders", "Bernie Sanders"),
    # A parenthesis after a name is not the speaker.
    ("Sen. Elizabeth Warren (D-MA) said Donald Trump was a “proven failure” in business.",
     "Elizabeth Warren", "Elizabeth Warren"),
    # A relative pronoun stands for the noun it hangs off; the mention stays the pronoun.
    ("Glenn Beck, who once described Donald Trump as “a pathological narcissistic "
     "sociopath,” spoke on Monday.", "Glenn Beck", "who"),
    # A name heading a quote after a dash, or "more from", with a colon.
    ("Polls were not wrong - Carl Bialik: “Keep on contacting voters as late as possible.”",
     "Carl Bialik", "Carl Bialik"),
    ("What that means for the election - More from Jones: “The partisanship of the state "
     "is a starting point.”", "Jones", "Jones"),
    # A partial quote with no cue belongs to the subject of the verb it depends on.
    ("Mike Huckabee is labeling the actions “a blatant, belligerent abuse of power.”",
     "Mike Huckabee", "Mike Huckabee"),
    # A common noun owned by a name speaks for its owner.
    ("Marco Rubio’s catch phrase was that Crist “would say or do anything to win an "
     "election.”", "Marco Rubio", "catch phrase"),
    # "the 46-year-old" is the person last named.
    ("Melania Trump spoke on Monday.\n\n“Donald is, and always has been, an amazing leader,” "
     "said the 46-year-old.", "Melania Trump", "46-year-old"),
    # A quote alone at the head of a paragraph: the subject of the paragraph before.
    ("Buddy Valastro praised Chris Christie’s leadership.\n\n“We need someone who’s going "
     "to cut through the noise and bring people together.”", "Buddy Valastro",
     "Buddy Valastro"),
    # "she" skips a man's name for the woman named before him.
    ("Erin Brockovich spoke first. John Smith answered. “We need to focus on Flint,” she said.",
     "Erin Brockovich", "she"),
    # No space between the comma and the quote mark: the cue is still a token of its own.
    ("Jane Doe said,“Look at this mess.”", "Jane Doe", "Jane Doe"),
]


@pytest.mark.parametrize(("body", "speaker", "mention"), SPEAKER_CASES)
def test_speaker_found(pipeline: Pipeline, body: str, speaker: str, mention: str) -> None:
    """The marked quote of ``body`` goes to ``speaker``, pointed to by ``mention``."""
    marked = [q for q in quotes_of(pipeline, body) if q.kind != "indirect"]
    assert len(marked) == 1
    assert marked[0].speaker == speaker
    assert marked[0].speaker_mention is not None
    assert marked[0].speaker_mention.text == mention


@pytest.mark.parametrize(("words", "gender"), [
    (["Erin"], "f"),
    (["John"], "m"),
    (["Smith", "spokeswoman"], "f"),
    (["Mr."], "m"),
    (["Smith"], None),
    (["Hillary", "Mr."], None),
])
def test_gender_of(words: list[str], gender: str | None) -> None:
    """A first name, honorific or title gives a gender; none or a conflict gives none."""
    assert gender_of(words) == gender


def test_unresolved_paragraph_lead_stays_unknown(pipeline: Pipeline) -> None:
    """A paragraph-opening quote after a sentence with no named subject gets no speaker."""
    body = "The weather was bad.\n\n“Nobody saw this coming at all, not even once.”"
    marked = [q for q in quotes_of(pipeline, body) if q.kind != "indirect"]
    assert [q.speaker for q in marked] == [None]


@pytest.mark.parametrize(("body", "speaker", "kind", "mention"), [
    ("“It is over,” added a campaign spokeswoman.", "campaign spokeswoman", "person",
     "a campaign spokeswoman"),
    ("“How big is that wall?” asked the boy.", None, "unknown", "the boy"),
])
def test_inverted_unnamed_speaker_keeps_mention(pipeline: Pipeline, body: str,
                                                speaker: str | None, kind: str,
                                                mention: str) -> None:
    """``“...,” said the boy``: the noun after the verb is the mention; a role is its phrase."""
    marked = [q for q in quotes_of(pipeline, body) if q.kind != "indirect"]
    assert len(marked) == 1
    assert (marked[0].speaker, marked[0].speaker_kind) == (speaker, kind)
    assert marked[0].speaker_mention is not None
    assert marked[0].speaker_mention.text == mention


@pytest.mark.parametrize(("body", "speaker", "kind"), [
    ("The New York Times reported that Trump had paid no taxes. The paper said it had "
     "obtained his returns.", "New York Times", "organization"),
    # With no newspaper named, a paper is a document.
    ("Researchers at McGill studied the drug for a year. The paper says it cut relapses by "
     "half.", "paper", "document"),
])
def test_the_paper_is_the_newspaper_named_before(pipeline: Pipeline, body: str, speaker: str,
                                                 kind: str) -> None:
    """``the paper`` (a document noun and an organisation noun) is the one newspaper named
    before it, else the document."""
    found = [(q.speaker, q.speaker_kind) for q in quotes_of(pipeline, body)
             if q.text.startswith("it ")]
    assert found == [(speaker, kind)]
