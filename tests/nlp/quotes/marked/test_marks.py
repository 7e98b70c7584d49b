"""Quotation-mark scanning alone: pairs, paragraphs, apostrophes, inch signs, strays, and the
marks of French and German."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.nlp.quotes.lexicon_fr import INCISE
from newswire.nlp.quotes.marked.mark_sets import ALL_MARKS, marks_for
from newswire.nlp.quotes.marked.marks import _ANY_MARK, dialogue_quotes, find_marked_quotes
from newswire.nlp.quotes.marked.styles import quotes_in_single_marks


def _quoted(text: str, style: str = "double") -> list[tuple[str, bool, bool]]:
    return [(text[q.start:q.end], q.unclosed, q.continued)
            for q in find_marked_quotes(text, style)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    ("He said “we will win” today.", [("we will win", False, False)]),
    ('He said "we will win" today.', [("we will win", False, False)]),
    ('"A," he said. "B."', [("A,", False, False), ("B.", False, False)]),
    ("She said “no.\nNext paragraph.", [("no.", True, False)]),
    ("“First part.\n“Second part.”",
     [("First part.", False, True), ("Second part.", False, False)]),
    ("“He said “no” to me,” she said.", [("He said “no” to me,", False, False)]),
    ('"He said "no" to me," she said.', [('He said "no" to me,', False, False)]),
    ("He is 5'10\" tall and a 3\" pipe.", []),
    ('The tests show it "is not COVID-19". "We are testing," she said.',
     [("is not COVID-19", False, False), ("We are testing,", False, False)]),
    ('United won "3-2", the club said, after "Article 50" talks.',
     [("3-2", False, False), ("Article 50", False, False)]),
    ('"He\'s a 6\'8" forward who can shoot," the coach said.',
     [("He's a 6'8\" forward who can shoot,", False, False)]),
    ('"We bought the 65" model because it was on sale," she said.',
     [('We bought the 65" model because it was on sale,', False, False)]),
    ('""""  “” ”“', []),
    ("No quotes at all.", []),
    ("A stray ” closing mark and “an opener", [("an opener", True, False)]),
    ('<a datetime="2016-06-29">link</a>', []),
])
def test_double_marks(text: str, expected: list[tuple[str, bool, bool]]) -> None:
    """Double marks pair up within a paragraph; odd, nested and inch marks never raise."""
    assert _quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“It's unusual,“ said Larry Noble. “It's a hard thing to do.”",
     [("It's unusual,", False, False), ("It's a hard thing to do.", False, False)]),
    ("Chuck Todd was shocked. “Do you want to be associated with a fascist?“ he asked.",
     [("Do you want to be associated with a fascist?", False, False)]),
    ("“Apparently not,“ he said. “A leopard doesn’t change its spots.”",
     [("Apparently not,", False, False), ("A leopard doesn’t change its spots.", False, False)]),
    ("He called it “fake news“ and left.", [("fake news", False, False)]),
    ("The rate is 51 percent.“", []),
    ("“He said “no“ to me,” she said.", [("He said “no“ to me,", False, False)]),
    # Still opening: after a space or a dash, or glued to the word it opens.
    ("He said—“we won” today.", [("we won", False, False)]),
    ("He said,“We won,” today.", [("We won,", False, False)]),
])
def test_closing_mark_typed_as_opening(text: str, expected: list[tuple[str, bool, bool]]) -> None:
    """An opening mark glued to the word or comma before it and followed by a space closes what
    is open: the quote stops there and the cue after it stays outside."""
    assert _quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("''It is over,'' said Mr. Garin.", [("It is over,", False, False)]),
    ("Mr. Garin added, ''it becomes harder.''", [("it becomes harder.", False, False)]),
    ("The ''Grand Bargain'' failed.", [("Grand Bargain", False, False)]),
    ("``Yes,'' he said.", [("Yes,", False, False)]),
    ("''This has done nothing,'' he said.\n''Nothing at all.''",
     [("This has done nothing,", False, False), ("Nothing at all.", False, False)]),
    ("''We will see\n''what happens,'' he said.",
     [("We will see", False, True), ("what happens,", False, False)]),
    ("The players' ''fair share'' of it", [("fair share", False, False)]),
])
def test_typewriter_double_marks(text: str, expected: list[tuple[str, bool, bool]]) -> None:
    """'' (both ends, as New York Times archives write) and `` open and close like “ and ”."""
    assert _quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("NATO’s Stoltenberg: ‘We Cannot Let Putin Win’ in Ukraine", ["We Cannot Let Putin Win"]),
    ("Kasich: 'We Are Going To Win' in Ohio", ["We Are Going To Win"]),
    ("Putin’s war and NATO’s plans don’t stop", []),
    ("He's 5'10 and it's fine", []),
    ("The automaker isn ‘t slowing down, and it ‘s not alone.", []),
    ("Rock ‘n’ roll came back in the ‘90s and the ‘80s.", []),
    ("She said ‘no’ and ‘Stop’ twice.", ["no", "Stop"]),
    # Apostrophes inside an open quote: a plural possessive, a decade, ’n’ (British bodies).
    ("‘We don’t accept Jones’ offer,’ she said.", ["We don’t accept Jones’ offer,"]),
    ("‘The officials’ plans failed in the ’90s,’ he said.",
     ["The officials’ plans failed in the ’90s,"]),
    ("‘It was rock ’n’ roll,’ he said.", ["It was rock ’n’ roll,"]),
    ("'It was the '90s,' he said.", ["It was the '90s,"]),
    ("He called them ‘cowards’ and left. She said ‘No’.", ["cowards", "No"]),
    ("The 1990s’ mood, in ‘its own words’ today.", ["its own words"]),
])
def test_single_marks(text: str, expected: list[str]) -> None:
    """Single marks (headline style) skip apostrophes, one typed as an opening mark included
    (``isn ‘t``, ``the ‘90s``), and minute signs."""
    assert [t for t, _, _ in _quoted(text, "single")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("‘We will,’ she said.", True),
    ("'We will,' she said.", True),
    ("She said: 'We will.'", True),
    ("In the '90s the officials' plans didn't work.", False),
    ("The 'experts' were wrong.", False),
    ("He said 'No' and left", False),
])
def test_quotes_in_single_marks(text: str, expected: bool) -> None:
    """A body quotes in single marks when they are curly, or straight and both open before a
    capital and close after punctuation."""
    assert quotes_in_single_marks(text) is expected


def test_many_quotes_are_linear() -> None:
    """Ten thousand quotes in one text are all found, one per pair."""
    text = " ".join(f"“quote {i}” and" for i in range(10_000))
    assert len(find_marked_quotes(text)) == 10_000


_ALPHABET = st.sampled_from(list("ab Z1.,:\n'\"“”‘’«»-"))


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=80))
def test_offsets_stay_inside_one_paragraph(text: str) -> None:
    """Any text: quotes are non-empty, trimmed, inside one paragraph, in order."""
    for style in ("double", "single"):
        quotes = find_marked_quotes(text, style)  # type: ignore[arg-type]
        for q in quotes:
            inner = text[q.start:q.end]
            assert 0 <= q.start < q.end <= len(text)
            assert "\n" not in inner
            assert inner == inner.strip()
            assert any(ch.isalnum() for ch in inner)
        assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "« Nous ne céderons pas », a déclaré la ministre.", ["Nous ne céderons pas"]),
    ("fr", "Il parle d’une « réforme juste » et d’un « effort partagé ».",
     ["réforme juste", "effort partagé"]),
    ("de", "„Wir stehen an einem Wendepunkt“, sagte Scholz.", ["Wir stehen an einem Wendepunkt"]),
    ("de", "Macron sprach von einer »historischen Verantwortung« beider Länder.",
     ["historischen Verantwortung"]),
    ("de", "Er sagte „Ja“ und später “Nein”.", ["Ja", "Nein"]),
    ("en", "He said “we will win” today.", ["we will win"]),
])
def test_marks_of_a_language(language: str, text: str, expected: list[str]) -> None:
    """French and German pair their own marks; the marks' positions include inner spaces."""
    quotes = find_marked_quotes(text, "double", marks_for(language))
    assert [text[q.start:q.end] for q in quotes] == expected
    for quote in quotes:
        assert text[quote.mark_start] in "«„»“"
        assert text[quote.mark_end - 1] in "»“«”"


@pytest.mark.parametrize(("text", "expected"), [
    ("— Nous ne reculerons pas, a-t-il prévenu devant la presse.", ["Nous ne reculerons pas"]),
    ("— Oui, nous irons jusqu'au bout, a lancé la maire de Lyon.",
     ["Oui, nous irons jusqu'au bout"]),
    ("Intro.\n– Et maintenant ?\nLa suite.", ["Et maintenant ?"]),
    ("La réforme — très attendue — a été votée.", []),
])
def test_dialogue_dashes(text: str, expected: list[str]) -> None:
    """A French paragraph opening with a dash is a quote, up to its cue (", a-t-il dit")."""
    quotes = dialogue_quotes(text, INCISE)
    assert [text[q.start:q.end] for q in quotes] == expected


@pytest.mark.parametrize(("text", "quotes"), [
    ("He said “it is over” and «  c'est fini » then 'fine'.", ["it is over", "c'est fini"]),
    ("No marks at all here, \\ [ ] ^ - .", []),
    ("„Das ist gut“, sagte er. ‹ Oui › 「はい」", ["Das ist gut", "はい"]),
])
def test_a_scan_visits_every_quotation_mark(text: str, quotes: list[str]) -> None:
    """The paragraph scan jumps from mark to mark: every character of ``ALL_MARKS`` and no
    other is one (regex-special neighbours included), and the double quotes found are the
    same."""
    assert all(_ANY_MARK.fullmatch(c) for c in ALL_MARKS)
    assert [m.group() for m in _ANY_MARK.finditer(text)] == [c for c in text if c in ALL_MARKS]
    found = [text[q.start:q.end] for q in find_marked_quotes(text, "double", marks_for("en"))]
    assert found == quotes
