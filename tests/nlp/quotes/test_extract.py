"""Quote extraction with the real spaCy model: kinds, speakers, the sample, hostile input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newswire.models import Quote
from newswire.nlp.boilerplate import find_dateline
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import MAX_SENTENCE_CHARS, SENTENCE_REACH, TextMap
from newswire.nlp.quotes.extract import extract_quotes
from newswire.nlp.quotes.lexicon_en import ENGLISH

PRONOUNS = {"he", "she", "they", "him", "her", "them", "i", "we", "you", "it"}


def quotes_of(pipeline: Pipeline, body: str, title: str = "") -> list[Quote]:
    """Run spaCy and the extractor on one article, its dateline found as the pipeline finds
    it; check the offset invariant on the way."""
    title_doc, body_doc = pipeline.nlp.pipe([title, body])
    dateline = find_dateline(body)
    quotes = extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc),
                            dateline_end=dateline.end if dateline else 0)
    assert_offsets(quotes, title, body)
    return quotes


def speaker_starting(quotes: list[Quote], start: str) -> str | None:
    """The speaker of the first quote whose text starts with ``start``, which must be found."""
    found = [q for q in quotes if q.text.startswith(start)]
    assert found, (start, [q.text for q in quotes])
    return found[0].speaker


def assert_offsets(quotes: list[Quote], title: str, body: str) -> None:
    """Every span is the slice of its field it claims to be, and no quote crosses a paragraph."""
    texts = {"title": title, "body": body}
    for q in quotes:
        assert texts[q.field][q.start:q.end] == q.text
        assert "\n" not in q.text
        assert q.speaker is None or q.speaker.lower() not in PRONOUNS
        assert (q.speaker is None) == (q.speaker_kind == "unknown")  # the README contract
        for span in (q.cue, q.speaker_mention, q.sentence):
            if span is not None:
                assert texts[span.field][span.start:span.end] == span.text


def summary(q: Quote) -> tuple[Any, ...]:
    """The fields a table row pins."""
    return (q.kind, q.text, q.speaker, q.speaker_mention.text if q.speaker_mention else None,
            q.cue.text if q.cue else None)


@pytest.mark.parametrize(("body", "expected"), [
    ("Jane Doe arrived. “We are ready,” she said.",
     [("direct", "We are ready,", "Jane Doe", "she", "said")]),
    ('"We will win," said John Smith.',
     [("direct", "We will win,", "John Smith", "John Smith", "said")]),
    ("Jane Doe promised to “fight for every single vote” in Ohio.",
     [("partial", "fight for every single vote", "Jane Doe", "Jane Doe", "promised")]),
    ("''We need a big change,'' said Geoff Garin, a Democratic pollster.",
     [("direct", "We need a big change,", "Geoff Garin", "Geoff Garin", "said")]),
    ("Jane Doe promised to ''fight for every single vote'' in Ohio.",
     [("partial", "fight for every single vote", "Jane Doe", "Jane Doe", "promised")]),
    ("John Smith said: “The plan is dead.”",
     [("direct", "The plan is dead.", "John Smith", "John Smith", "said")]),
    ("Jane Doe said that the economy was strong.",
     [("indirect", "that the economy was strong", "Jane Doe", "Jane Doe", "said")]),
    ("John Smith told reporters the deal was dead.",
     [("indirect", "the deal was dead", "John Smith", "John Smith", "told")]),
    ("John Smith warned that prices would rise sharply.",
     [("indirect", "that prices would rise sharply", "John Smith", "John Smith", "warned")]),
    ("According to Jane Doe, the plan failed badly.",
     [("indirect", "the plan failed badly", "Jane Doe", "Jane Doe", "According to")]),
])
def test_kinds_and_cues(pipeline: Pipeline, body: str, expected: list[tuple[Any, ...]]) -> None:
    """Direct, partial, colon-introduced and reported speech come out with cue and speaker."""
    assert [summary(q) for q in quotes_of(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # British style in straight single marks: direct and partial quotes, apostrophes kept out.
    ("Jane Doe spoke in Leeds. 'We are ready,' she said. She vowed to 'fight for every vote'.",
     [("direct", "We are ready,", "Jane Doe", "she", "said"),
      ("partial", "fight for every vote", "Jane Doe", "She", "vowed")]),
    ("The 'experts' were wrong, Jane Doe said.",
     [("indirect", "The 'experts' were wrong", "Jane Doe", "Jane Doe", "said")]),
    ("In the '90s the officials' plans didn't work, Jane Doe said.",
     [("indirect", "In the '90s the officials' plans didn't work", "Jane Doe", "Jane Doe",
       "said")]),
])
def test_straight_single_marks(pipeline: Pipeline, body: str,
                               expected: list[tuple[Any, ...]]) -> None:
    """A body quoting only in straight single marks is read in British style; apostrophes
    and a lone partial in single marks are not opening quotes."""
    assert [summary(q) for q in quotes_of(pipeline, body)] == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Fed holds rates steady, signals patience", []),
    ("Fed holds rates steady, says Powell", [("indirect", "Fed holds rates steady", "Powell")]),
])
def test_words_before_a_verb_need_its_speaker(pipeline: Pipeline, title: str,
                                              expected: list[tuple[Any, ...]]) -> None:
    """Words before a verb of saying are reported only when someone after it said them: the
    verb's object (``patience``) is not a speaker."""
    quotes = extract_quotes(pipeline.nlp(title), pipeline.nlp("The bank met on Wednesday."), [])
    assert [(q.kind, q.text, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "speaker", "mention"), [
    ("Jens Stoltenberg visited Bucharest. Stoltenberg said “we stand with Ukraine.”",
     "Jens Stoltenberg", "Stoltenberg"),
    ("Jens Stoltenberg spoke. “We cannot let Putin win,” he said.", "Jens Stoltenberg", "he"),
    ("NATO Secretary-General Jens Stoltenberg arrived. “We are ready,” the secretary-general said.",
     "Jens Stoltenberg", "the secretary-general"),
    ("Acme Corp. cut 300 jobs on Monday. “We regret this,” the company said.",
     "Acme Corp.", "the company"),
    ("“We are ready,” a spokeswoman said.", "spokeswoman", "a spokeswoman"),
    ("Pollster Daron Shaw was blunt: “Nobody saw this coming at all.”",
     "Daron Shaw", "Daron Shaw"),
    ("“Everybody is laughing at him. A pathetic figure!” he wrote.", None, "he"),
    ("“We were wrong to not confront him from the start,” Jorge Ramos, 58, told AFP.",
     "Jorge Ramos", "Jorge Ramos"),
    ("“Like Oakland. Or Ferguson,” Donald Trump said.", "Donald Trump", "Donald Trump"),
    ("Roger Stone spoke twice.\nStone continued:\n“So I think it is a very real problem.”",
     "Roger Stone", "Stone"),
    ("John Smith spoke. “It was,” he said, adding, “Democracy is messy.”",
     "John Smith", "he"),
    # The model runs the dateline into the name: the mention starts after the dash.
    ("OTTAWA — Shopify Inc. said Thursday it would cut about 20 per cent of its workforce.",
     "Shopify Inc.", "Shopify Inc."),
    ("JOHANNESBURG - Eskom has warned that stage 4 load-shedding could return this week.",
     "Eskom", "Eskom"),
    # A press release's dateline runs long before its dash: the place never speaks.
    ("CALGARY, Alberta, Nov. 6, 2026 /PRNewswire/ -- Northwind Energy Inc. (TSX: NWE) today "
     "announced record third-quarter revenue of $412 million.", None, None),
])
def test_speakers(pipeline: Pipeline, body: str, speaker: str | None, mention: str) -> None:
    """Surnames, pronouns and descriptions resolve to a name; the unresolvable stay None."""
    quote = quotes_of(pipeline, body)[-1]
    assert (quote.speaker, quote.speaker_mention.text if quote.speaker_mention else None) == (
        speaker, mention)


def test_split_quote_shares_group_and_speaker(pipeline: Pipeline) -> None:
    """``“A,” she said. “B.”``: two parts, one group id, one speaker."""
    body = "Jane Doe arrived. “We are ready,” she said. “And we will win big.”"
    first, second = quotes_of(pipeline, body)
    assert first.group_id is not None
    assert first.group_id == second.group_id
    assert (first.speaker, second.speaker) == ("Jane Doe", "Jane Doe")
    assert second.text == "And we will win big."


def test_multi_paragraph_quote(pipeline: Pipeline) -> None:
    """A paragraph left open and reopened by the next one is one quote in two parts."""
    body = "John Smith spoke.\n“First paragraph of the quote.\n“Second paragraph,” he said."
    first, second = quotes_of(pipeline, body)
    assert (first.text, first.unclosed) == ("First paragraph of the quote.", False)
    assert first.group_id == second.group_id is not None
    assert first.speaker == second.speaker == "John Smith"


def test_unclosed_quote_stops_at_paragraph_end(pipeline: Pipeline) -> None:
    """No closing mark before the paragraph end: the quote ends there and says so."""
    body = "Jane Doe said NATO would “take further steps to help them.\nThe next paragraph."
    (quote,) = quotes_of(pipeline, body)
    assert (quote.kind, quote.text, quote.unclosed) == (
        "partial", "take further steps to help them.", True)


@pytest.mark.parametrize(("title", "text"), [
    ("NATO’s Stoltenberg: ‘We Cannot Let Putin Win’ in Ukraine", "We Cannot Let Putin Win"),
    ("Stoltenberg: “We Cannot Let Putin Win” in Ukraine", "We Cannot Let Putin Win"),
])
def test_headline_quotes(pipeline: Pipeline, title: str, text: str) -> None:
    """``Name: ‘quote’`` in a title, single or double marks, resolved against the body."""
    body = "NATO Secretary-General Jens Stoltenberg met Klaus Iohannis on Monday."
    (quote,) = quotes_of(pipeline, body, title)
    assert (quote.field, quote.kind, quote.text, quote.speaker) == (
        "title", "headline", text, "Jens Stoltenberg")


def test_scare_quotes_and_titles_are_not_quotes(pipeline: Pipeline) -> None:
    """One-word scare quotes and show titles are not speech."""
    body = "She told ABC’s “Good Morning America” that it was bad. The “deal” was signed."
    assert all(q.kind == "indirect" for q in quotes_of(pipeline, body))


def test_sample_article(pipeline: Pipeline, seed_text: str, gold: dict[str, Any]) -> None:
    """The shipped sample: the five gold quotes, all by Jens Stoltenberg (a person), no other."""
    title, _, body = seed_text.partition("\n")
    body = body[:body.index(gold["body"]["last_line_starts_with"])]
    body += seed_text.split("\n")[len(body.split("\n"))].strip() + "\n"
    quotes = quotes_of(pipeline, body, title)
    for want in gold["quotes"]:
        core = " ".join(want["text"].split())
        found = [q for q in quotes if core in " ".join(q.text.split())
                 or (" ".join(q.text.split()) in core and len(q.text) > 10)]
        assert found, want["text"]
        assert found[0].speaker == want["speaker"]
        assert found[0].speaker_kind == "person"
        assert found[0].kind == want["kind"]
        assert found[0].unclosed == want.get("unclosed", False)
    for q in quotes:
        assert q.speaker not in gold["quotes_must_not_speakers"]


@pytest.mark.parametrize("body", [
    "",
    "No quotes here at all.",
    '"',
    '""""""',
    "“”“”“”",
    '“Odd “number” of marks” here " and there.',
    "He is 5'10\" and she is 5'4\". The pipe is 3\" wide.",
    "“Nested ‘single’ marks,” he said, “and “double” ones.”",
    "“Open here\nand a new paragraph ” stray close.",
    "“A”" * 200,
])
def test_bad_input_never_raises(pipeline: Pipeline, body: str) -> None:
    """Odd, nested, inch marks and degenerate texts: no exception, invariants hold."""
    quotes_of(pipeline, body)


def test_ten_thousand_quotes(pipeline: Pipeline) -> None:
    """Ten thousand quotes in one (tokenised, unparsed) article come out without trouble."""
    body = " ".join(f"“Quote number {i} here.”" for i in range(10_000))
    doc = pipeline.nlp.make_doc(body)
    quotes = extract_quotes(pipeline.nlp.make_doc(""), doc, [])
    assert len(quotes) == 10_000
    assert_offsets(quotes, "", body)


_TEXT = st.text(st.sampled_from(list("ab Zed said. ,:\n'\"“”‘’")), max_size=120)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_TEXT, body=_TEXT)
def test_offsets_invariant_property(pipeline: Pipeline, title: str, body: str) -> None:
    """Any title and body: every span equals the slice of its field; no exception."""
    quotes_of(pipeline, body, title)


def nested_quotes(depth: int) -> str:
    """A sentence with quotes ``depth`` deep, in four kinds of marks."""
    marks = [("“", "”"), ("‘", "’"), ("«", "»"), ('"', '"')]
    opened = "".join(f"{marks[i % 4][0]}level {i} " for i in range(depth))
    return f"Alice Smith said {opened}{''.join(marks[i % 4][1] for i in reversed(range(depth)))}. "


@pytest.mark.parametrize(("body", "longest"), [
    ('Alice Smith said "we will win the vote." Bob Jones agreed.', len("Alice Smith said "
                                                                       '"we will win the vote."')),
    # spaCy finds no sentence end among the marks: each quote's sentence was the whole
    # paragraph (6 kB here, 148 kB and 212 MB of events for a thousand of them).
    (" ".join(nested_quotes(10) for _ in range(40)), 100 + 2 * SENTENCE_REACH),
])
def test_a_quote_carries_at_most_the_words_near_it(pipeline: Pipeline, body: str,
                                                   longest: int) -> None:
    """A quote's sentence over MAX_SENTENCE_CHARS is cut to the words near the quote."""
    quotes = quotes_of(pipeline, body)
    assert quotes
    assert max(len(q.sentence.text) for q in quotes if q.sentence) <= longest


SENTENCE = "word " * 1_000  # 5,000 characters, one sentence


@pytest.mark.parametrize(("sentence", "quote", "expected"), [
    ((0, 100), (10, 20), (0, 100)),                           # short: the whole sentence
    ((0, len(SENTENCE)), (2_500, 2_504), (2_000, 3_004)),     # long: whole words near it
    ((0, len(SENTENCE)), (0, 4), (0, 504)),                   # at its start
    ((0, len(SENTENCE)), (4_995, 4_999), (4_495, 4_999)),     # at its end
    ((0, len(SENTENCE)), (2_501, 2_503), (2_005, 2_999)),     # a window cutting a word
])
def test_sentence_around(pipeline: Pipeline, sentence: tuple[int, int], quote: tuple[int, int],
                         expected: tuple[int, int]) -> None:
    """Of a sentence over MAX_SENTENCE_CHARS, the whole words within SENTENCE_REACH of the
    quote; a shorter sentence whole."""
    tmap = TextMap(pipeline.nlp.make_doc(SENTENCE), [], ENGLISH)
    assert tmap.sentence_around(sentence, *quote) == expected
    assert len(SENTENCE) > MAX_SENTENCE_CHARS
