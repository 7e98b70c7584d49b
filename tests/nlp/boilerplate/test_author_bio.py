"""The author's card closing an article leaves the body; an article about a person stays."""

from __future__ import annotations

import re

import pytest

from newswire.nlp.boilerplate.author_bio import author_bio
from newswire.nlp.boilerplate.clean import clean_html

ARTICLE = [
    "Strength training twice a week keeps muscles and bones healthy as we age.",
    "Start with light weights and add more once ten repetitions feel easy.",
    "Rest days matter as much as the sessions themselves.",
]


@pytest.mark.parametrize(("tail", "authors", "expected"), [
    (["Mirel Zaman is the health and fitness director at PS. She has 15 years of experience."],
     ["Mirel Zaman"], {3}),
    (["Ludo Fourrage", "Founder and CEO"], ["Ludo Fourrage"], {3, 4}),
    (["Joe is the co-founder and CEO of AgencyAnalytics, a reporting platform."],
     ["Joe Kindness"], {3}),
    (["Chris Radich, public sector CTO at UiPath, has advised governments for years."],
     ["Chris Radich"], {3}),
    (["Mirel Zaman is the health and fitness director at PS."], ["Cassidy Horton"], set()),
    (["Mirel Zaman is the health and fitness director at PS."], ["Mirel"], set()),
    (["Mirel Zaman is the health and fitness director at PS.", *ARTICLE, *ARTICLE],
     ["Mirel Zaman"], set()),
    (["Joe said he would try again next year."], ["Joe Kindness"], set()),
])
def test_author_bio(tail: list[str], authors: list[str], expected: set[int]) -> None:
    """Among the last four blocks, the page author's name (with the title line under it) or
    a block opening with their name and a verb of biography is the card; another person's,
    an author's one-word name, a biography far from the end or a quote is not."""
    texts = [*ARTICLE, *tail]
    assert author_bio(texts, range(len(texts)), authors) == expected


@pytest.mark.parametrize(("tail", "compiled"), [
    (["Mirel Zaman is the health and fitness director at PS."], 1),  # opens with the name
    (["Mirel is the health and fitness director at PS."], 1),  # with the first name
    (["Dr. Mirel Zaman is a physician."], 1),
    (["Rest days matter as much as the sessions themselves."], 0),  # cannot be her card
    (["Write to us at the address below."], 0),
])
def test_bio_pattern_compiled_only_for_a_block_opening_with_the_name(
    monkeypatch: pytest.MonkeyPatch, tail: list[str], compiled: int,
) -> None:
    """The biography pattern of an author (new on each page, so compiled each time) is made
    only for a tail block that opens with their name, first name or "Dr"."""
    from newswire.nlp.boilerplate import author_bio as module

    calls: list[str] = []
    real = module._bio_start

    def counted(name: str) -> re.Pattern[str]:
        calls.append(name)
        return real(name)

    monkeypatch.setattr(module, "_bio_start", counted)
    author_bio([*ARTICLE, *tail], range(len(ARTICLE) + len(tail)), ["Mirel Zaman"])
    assert len(calls) == compiled


PAGE = (
    "<html><head><title>How to start strength training</title>"
    "<meta property='og:type' content='article'><meta name='author' content='Mirel Zaman'>"
    "</head><body><article><h1>How to start strength training</h1>"
    + "".join(f"<p>{t} {t}</p>" for t in ARTICLE)
    + "<div class='writer'><p>Mirel Zaman is the health and fitness director at PS. She has "
    "over 15 years of experience covering fitness, nutrition and mental health.</p></div>"
    "</article></body></html>"
)


def test_author_card_is_boilerplate() -> None:
    """On an article page the closing biography of the page's author is removed as
    ``author-bio`` and kept as boilerplate; the article stays."""
    cleaned = clean_html(PAGE, "https://example.com/blog/how-to-start-strength-training")
    assert "Mirel Zaman is" not in cleaned.body
    assert "Rest days matter" in cleaned.body
    assert [r.rule for r in cleaned.boilerplate.removed_lines if "Mirel" in r.text] == [
        "author-bio"]
