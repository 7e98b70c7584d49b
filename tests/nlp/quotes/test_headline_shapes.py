"""Whose a headline's quote is in the sentence shapes of news titles: a short title-case
headline whose name the model ran into its verb, and the words opening a title before its
colon, which name a speaker only when they are a name alone (real model).

Texts are written for these tests, after the shapes of headlines in the tuning articles.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, find

ROWS: list[tuple[str, str, list[Expected], str | None]] = [
    # The model types "Trump Says ‘" as one person: the speaker and mention stop at the verb.
    ("Trump Says ‘No’ To Deal With Democrats On Wall Funding",
     "President Donald Trump on Tuesday rejected a proposal from Democrats.",
     [("No", "Donald Trump", "person")], "Trump"),
    ("Trump Says He Never Pledged To Kill Family Members Of Terrorists.",
     "Donald Trump said on Thursday that he had never pledged to kill anyone's family.",
     [("He Never Pledged", "Donald Trump", "person")], "Trump"),
    # A name opening a clause before the colon is that clause's subject, not a speaker's label.
    ("Kenyan president, in Washington, presses for trade deal: \"We are not asking for "
     "charity\"",
     "President Samuel Kiprono met trade officials on Monday to press for a deal.",
     [("We are not asking", "Samuel Kiprono", "person")], None),
    ("Record arrivals, but workers ask: ‘When do the workers get their cut?’",
     "Tourist arrivals rose again this year. Hotel workers say their wages have not moved.",
     [("When do the workers", "workers", "group")], None),
    # Guards: a name alone before the colon, or with what about and to whom, is the speaker.
    ("Trump on Clinton: ‘She Is Not Qualified’",
     "Donald Trump said Hillary Clinton was not qualified to be president.",
     [("She Is Not Qualified", "Donald Trump", "person")], None),
    ("NATO’s Stoltenberg: Allies will ‘stand together’ against Russia",
     "NATO Secretary General Jens Stoltenberg said the allies would stand together.",
     [("stand together", "Jens Stoltenberg", "person")], None),
]


@pytest.mark.parametrize(("title", "body", "expected", "mention"), ROWS)
def test_headline_quote_speakers(pipeline: Pipeline, title: str, body: str,
                                 expected: list[Expected], mention: str | None) -> None:
    """A headline quote's speaker (and mention) as the title's shape says."""
    quotes = quotes_of(pipeline, body, title)
    for start, speaker, kind in expected:
        quote = find([q for q in quotes if q.field == "title"], start)
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote
        if mention is not None:
            assert quote.speaker_mention is not None
            assert quote.speaker_mention.text == mention


_TRIAL = ("A woman who paid a deposit on a condo that was never built told a Toronto court on "
          "Monday that she lost her savings. \"I gave them everything we had saved,\" Lucia "
          "Fernandes testified. ")


@pytest.mark.parametrize(("title", "body", "speaker"), [
    # The desk rewrote her words: the body's one most-quoted speaker said them.
    ("'It was our whole retirement,' condo buyer tells fraud trial",
     _TRIAL + "\"My husband and I planned to move in the year he retired,\" Fernandes said.",
     "Lucia Fernandes"),
    # Guard: two speakers quoted as often; the headline's unnamed buyer is neither.
    ("'It was our whole retirement,' condo buyer tells fraud trial",
     _TRIAL + "\"We were promised a finished building,\" said Mark Delaney, another buyer.",
     None),
    # Guard: a headline naming its speaker keeps it, however often the body quotes another.
    ("Ford: 'We will build the tunnel'",
     "Premier Doug Ford spoke in Toronto. \"It is a good plan,\" said Olivia Chow, the mayor. "
     "\"We will see the costs first,\" Chow said.",
     "Doug Ford"),
])
def test_a_rewritten_headline_quote_is_the_main_speakers(pipeline: Pipeline, title: str,
                                                         body: str, speaker: str | None) -> None:
    """A headline quote naming no one, which the body does not quote word for word, is the
    body's most-quoted named speaker's, when one is quoted more than any other."""
    quotes = quotes_of(pipeline, body, title)
    (quote,) = [q for q in quotes if q.field == "title" and q.kind == "headline"]
    assert quote.speaker == speaker, quote


_WHARF = ("Crab harvesters in Newfoundland will stay tied up at the wharf this week. \"We can't "
          "fish at a loss all spring, we just can't,\" said Gerald Hiscock, who has fished out "
          "of Bonavista for 30 years. ")


@pytest.mark.parametrize(("body", "speaker"), [
    # The deck quotes the skipper the body names.
    ("‘We can’t fish at a loss all spring,’ says Bonavista skipper\n\n" + _WHARF,
     "Gerald Hiscock"),
    # Rewritten in the deck: the body's one most-quoted speaker.
    ("‘Nobody fishes at a loss,’ says Bonavista skipper\n\n" + _WHARF
     + "\"The buyers know it,\" Hiscock said.", "Gerald Hiscock"),
    # Guard: below the deck, a quote naming no one is not the main speaker's.
    (_WHARF + "\"The buyers know it,\" Hiscock said.\nA deckhand was blunter. \"Nobody fishes "
     "at a loss,\" a crew member said.", "crew member"),
])
def test_a_deck_quote_naming_no_one_is_the_bodys(pipeline: Pipeline, body: str,
                                                 speaker: str) -> None:
    """A quote of the deck (the lines above the first sentence) naming no one is said by
    the body's speaker of those words, else by the body's most-quoted speaker."""
    quotes = quotes_of(pipeline, body, "Crab season stalls")
    quote = next(q for q in quotes if q.text.startswith("Nobody fishes")
                 or q.text.startswith("We can’t fish"))
    assert quote.speaker == speaker, quote


@pytest.mark.parametrize("title", [
    "Kenya police fire tear gas as protests spread: ‘Enough Is Enough’",
    "Police fire tear gas as protests spread in Nairobi: ‘Enough Is Enough’",
])
def test_a_quote_after_a_headline_clause_is_kept(pipeline: Pipeline, title: str) -> None:
    """A capitalised quote after a clause and its colon stays a headline quote (as when the
    clause's first word was taken for its speaker), not dropped as a title."""
    quotes = quotes_of(pipeline, "NAIROBI - Police fired tear gas at protesters on Tuesday.",
                       title)
    assert [q.text for q in quotes if q.kind == "headline"] == ["Enough Is Enough"]
