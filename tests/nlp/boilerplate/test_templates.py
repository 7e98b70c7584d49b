"""Learned publisher templates, the pure half: fingerprints, counts with ageing, decisions."""

from __future__ import annotations

import json

import pytest

from newswire.nlp.boilerplate.clean import article_fingerprints, clean_html, clean_text
from newswire.nlp.boilerplate.templates import (
    TemplateStats,
    decay_factor,
    fingerprints,
    is_candidate,
    learn_from,
    line_fingerprint,
)

TEMPLATE = "Thanks for reading The Harbour Gazette, proudly independent since 1987."
MIN_ARTICLES, MIN_SHARE, HALF_LIFE = 3, 0.6, 20.0


SUBJECTS = ["harbour master", "mayor", "fire chief", "head teacher", "river warden",
            "bus company", "hospital board", "museum curator", "ferry captain", "police"]
VERBS = ["reported", "denied", "welcomed", "questioned", "announced", "delayed"]
OBJECTS = ["new arrivals", "the storm damage", "a fresh budget", "longer opening hours",
           "the bridge repairs", "a spring festival", "the parking charges"]


def article(i: int, template: bool = True) -> str:
    """A distinct article body, optionally ending with the publisher's footer."""
    s, v, o = SUBJECTS[i % 10], VERBS[i % 6], OBJECTS[i % 7]
    lines = [
        f"The {s} {v} {o} on Monday, according to people who attended the meeting.",
        "Ukraine Ukraine Ukraine Ukraine",
        "Yes.",
        f"Residents said {o} had been expected since the {s} spoke last winter.",
    ]
    return "\n".join([*lines, TEMPLATE] if template else lines)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Visit https://a.example/x?id=1 for more", "visit http://b.example/y for MORE"),
        ("Call 555-1234 before 9:30 on 12/01/2024", "call 555-9876 before 10:15 on 1/2/2025"),
        ("  Spaces   and\ttabs  ", "spaces and tabs"),
        ("- Sign up for the Harbour Gazette", "Sign up for the Harbour Gazette"),
    ],
)
def test_fingerprint_collapses_what_varies(a: str, b: str) -> None:
    """Case, URLs, numbers and whitespace do not change a line's fingerprint."""
    assert line_fingerprint(a) == line_fingerprint(b)


@pytest.mark.parametrize(
    ("line", "candidate"),
    [
        (TEMPLATE, True),
        ("Ukraine Ukraine Ukraine Ukraine", False),
        ("Ukraine, Ukraine and Ukraine again, Ukraine", False),
        ("Yes.", False),
        ("Read more here", False),
        ("https://example.com/a https://example.com/b", False),
        ("Subscribe to our newsletter for daily updates", True),
    ],
)
def test_candidate_lines(line: str, candidate: bool) -> None:
    """Short lines and lines that repeat a word or two are never counted."""
    assert is_candidate(line) is candidate


def test_template_is_learned_after_a_few_articles() -> None:
    """A footer no rule knows is stripped once enough recent articles carried it."""
    stats = TemplateStats()
    stripped_from = None
    for i in range(8):
        learned = stats.learned(MIN_ARTICLES, MIN_SHARE)
        cleaned = clean_text(f"Story {i}", article(i), learned=learned)
        if TEMPLATE not in cleaned.body and stripped_from is None:
            stripped_from = i
        stats = stats.observe(article_fingerprints(cleaned), HALF_LIFE)
    assert stripped_from == MIN_ARTICLES
    removed = cleaned.boilerplate.removed_lines
    assert [(r.text, r.why, r.rule) for r in removed] == [(TEMPLATE, "learned", "template")]
    assert "Ukraine Ukraine Ukraine Ukraine" in cleaned.body
    assert "Yes." in cleaned.body


def test_learned_template_keeps_being_counted() -> None:
    """Lines removed as learned still count, so a learned template does not flap."""
    stats = learn_from([fingerprints(article(i)) for i in range(5)], HALF_LIFE)
    learned = stats.learned(MIN_ARTICLES, MIN_SHARE)
    for i in range(5, 40):
        cleaned = clean_text("t", article(i), learned=learned)
        stats = stats.observe(article_fingerprints(cleaned), HALF_LIFE)
        learned = stats.learned(MIN_ARTICLES, MIN_SHARE)
        assert line_fingerprint(TEMPLATE) in learned


def test_retired_template_fades() -> None:
    """Once the publisher drops a footer, it stops being stripped after some articles."""
    stats = learn_from([fingerprints(article(i)) for i in range(30)], HALF_LIFE)
    assert line_fingerprint(TEMPLATE) in stats.learned(MIN_ARTICLES, MIN_SHARE)
    stats = learn_from([fingerprints(article(i, template=False)) for i in range(30, 60)],
                       HALF_LIFE, stats)
    assert line_fingerprint(TEMPLATE) not in stats.learned(MIN_ARTICLES, MIN_SHARE)


def test_rare_line_is_not_learned() -> None:
    """A line in too small a share of recent articles is not a template."""
    bodies = [fingerprints(article(i, template=i % 4 == 0)) for i in range(40)]
    stats = learn_from(bodies, HALF_LIFE)
    assert line_fingerprint(TEMPLATE) not in stats.learned(MIN_ARTICLES, MIN_SHARE)


def test_stats_round_trip_as_json() -> None:
    """Stats survive a trip through JSON (how the Faust table stores them)."""
    stats = learn_from([fingerprints(article(i)) for i in range(5)], HALF_LIFE)
    again = TemplateStats.from_json(json.loads(json.dumps(stats.to_json())))
    assert again == stats
    assert again.learned(MIN_ARTICLES, MIN_SHARE) == stats.learned(MIN_ARTICLES, MIN_SHARE)


@pytest.mark.parametrize("data", [None, {}, {"seen": "x"}, {"lines": 3}, {"seen": 1, "articles": 1,
                                                                          "lines": {"a": []}}])
def test_malformed_stats_start_empty(data: object) -> None:
    """A missing or malformed stored value gives empty stats instead of an error."""
    assert TemplateStats.from_json(data) == TemplateStats()  # type: ignore[arg-type]


def test_stats_stay_bounded() -> None:
    """The stored dict keeps at most max_lines fingerprints, and forgets faded ones."""
    stats = TemplateStats()
    for i in range(200):
        stats = stats.observe({f"line {i} {j} unique words here" for j in range(30)}, 10.0,
                              max_lines=500)
    assert len(stats.lines) <= 500


@pytest.mark.parametrize(("half_life", "factor"), [(1.0, 0.5), (2.0, 0.5 ** 0.5), (0.0, 0.0)])
def test_decay_factor(half_life: float, factor: float) -> None:
    """Counts halve every half-life articles."""
    assert decay_factor(half_life) == pytest.approx(factor)


def test_template_learned_from_web_pages() -> None:
    """The same learning works on pages: a footer paragraph no rule knows is stripped."""
    stats = TemplateStats()
    for i in range(6):
        paragraphs = "".join(f"<p>{line}</p>" for line in article(i).splitlines())
        html = f"<html><body><article>{paragraphs}<p>{TEMPLATE}</p></article></body></html>"
        cleaned = clean_html(html, learned=stats.learned(MIN_ARTICLES, MIN_SHARE))
        stats = stats.observe(article_fingerprints(cleaned), HALF_LIFE)
    assert TEMPLATE not in cleaned.body
    assert [(r.why, r.rule) for r in cleaned.boilerplate.removed_lines] == [
        ("learned", "template")
    ]
