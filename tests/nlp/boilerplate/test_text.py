"""Plain-text boilerplate stripping: the sample article, single-line rules, context passes."""

from __future__ import annotations

from typing import Any

import pytest

from newswire.nlp.boilerplate.clean import article_fingerprints, clean_text
from newswire.nlp.boilerplate.credit_lines import byline_name, is_bare_credit, source_name
from newswire.nlp.boilerplate.line_rules import rule_for
from newswire.nlp.boilerplate.templates import line_fingerprint

BODY = [
    "The council approved the budget on Monday after a three-hour debate in the chamber.",
    "Officials said the money would pay for new roads, two schools and a library extension.",
    "The mayor called the vote a turning point for the city and thanked residents for waiting.",
]


def split_seed(seed_text: str) -> tuple[str, str]:
    """Title is the first non-empty line, text the rest (the feed convention)."""
    lines = seed_text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    return lines[first], "\n".join(lines[first + 1:])


def test_seed_loses_exactly_its_tail(seed_text: str, gold: dict[str, Any]) -> None:
    """The sample article loses exactly its 13 tail lines, in order, and no body line."""
    title, text = split_seed(seed_text)
    cleaned = clean_text(title, text)
    removed = [r.text for r in cleaned.boilerplate.removed_lines]
    assert removed == gold["boilerplate_lines"]
    body_lines = [line for line in text.splitlines() if line.strip()]
    kept = body_lines[: len(body_lines) - len(removed)]
    assert cleaned.body.splitlines() == kept
    assert cleaned.body.splitlines()[0] == gold["body"]["first_line"]
    assert cleaned.body.splitlines()[-1].startswith(gold["body"]["last_line_starts_with"])
    for fragment in gold["body"]["must_not_contain"]:
        assert fragment not in cleaned.body


def test_seed_links_and_source_hint(seed_text: str, gold: dict[str, Any]) -> None:
    """The 9 stripped links come out in order, with kinds, and the publisher is named."""
    cleaned = clean_text(*split_seed(seed_text))
    links = cleaned.boilerplate.links
    assert [link.url for link in links] == gold["stripped_links"]
    assert cleaned.boilerplate.source_hint == gold["source_hint"] == "Bloomberg Quicktake"
    kinds = {link.url: link.kind for link in links}
    assert kinds["https://bit.ly/2TwO8Gm"] == "subscribe"
    assert kinds["https://cor.us/surveys/27AF30"] == "survey"
    assert kinds["https://twitter.com/quicktake"] == "social"
    assert kinds["http://www.bloomberg.com/qt/live"] == "video"
    assert cleaned.title == gold["title"]


def test_seed_removed_lines_say_why(seed_text: str) -> None:
    """Every removed line of the sample carries a rule name and why='rule'."""
    cleaned = clean_text(*split_seed(seed_text))
    rules = [r.rule for r in cleaned.boilerplate.removed_lines]
    assert all(r.why == "rule" for r in cleaned.boilerplate.removed_lines)
    assert rules[2] == "tail-run"  # the prose promo caught between two link lines
    assert rules[-2:] == ["source", "comments"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Subscribe to our YouTube channel: https://bit.ly/2TwO8Gm", "subscribe"),
        ("Twitter: https://twitter.com/quicktake", "social"),
        ("https://example.com/a/b", "link"),
        ("Read more: Alibaba poised to launch record-breaking Hong Kong listing", "promo"),
        ("RELATED: The 15 weirdest galaxies in our universe", "promo"),
        ("DON’T MISS", "promo"),
        ("You may also like...", "promo"),
        ("CLICK HERE TO GET THE FOX NEWS APP", "promo"),
        ("Sign up for our daily newsletter", "subscribe"),
        ("Keep an eye on your inbox for the latest sports news.", "subscribe"),
        ("Follow us on Twitter and Facebook", "social"),
        ("Follow @BGRDeals on Twitter to keep up with the latest deals.", "social"),
        ("Share this story", "social"),
        ("Email", "share"),
        ("Responses", "comments"),
        ("34 Comments", "comments"),
        ("Copyright © 2019 Dow Jones & Company, Inc. All Rights Reserved", "copyright"),
        ("Photo by Jason Kempin/Getty Images", "photo-credit"),
        ("Tags: politics, Ukraine, NATO", "tags"),
        ("Updated: Tue., Nov. 19, 2019", "date"),
        ("Wednesday November 20, 2019", "date"),
        ("11/20/2019 01:14 PM", "date"),
        ("2019-11-13T23:06:00+01:00", "date"),
        ("5H ago", "date"),
        ("https://static6.businessinsider.de/image/5d1ce1ae2516e95-500-250/how-to-retire.jpg",
         "link"),
        (".gmobile {", "code"),
        ("-webkit-border-radius: 50px;", "code"),
        ("}.", "code"),
        ("5 min read", "reading-time"),
        ("By Jane Doe, Reuters", "byline"),
        ("Home > News > World", "nav"),
        ("Reporting by Greg Roumeliotis; Editing by Martin Howell", "credits"),
        ("Additional reporting by the Associated Press.", "credits"),
        ("(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; Editing by "
         "Will Dunham.)", "credits"),
        ("Jane Doe in Ottawa contributed to this report.", "credits"),
        ("This website uses cookies to improve your experience.", "consent"),
        ("jane.doe@example.com", "contact"),
    ],
)
def test_single_line_rules(line: str, rule: str) -> None:
    """Each boilerplate shape is recognised on its own and named."""
    assert rule_for(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The report, published at https://example.org/report, found that emissions rose "
        "5 percent last year, the agency said on Tuesday.",
        "The newsletter, which has two million readers, was sold to a rival publisher in 2018.",
        "Stoltenberg said he would follow the talks on Twitter closely, aides told reporters.",
        "By the end of the year, prices had risen by a third across the region.",
        "Monday was the coldest day of the year so far.",
        "Read the full report and you will see the numbers do not add up, he said.",
        "She shared the video with friends before it spread across the country overnight.",
        "Copyright law was at the heart of the case, which the court heard for three days.",
        "Research by the Conference Board of Canada has found that compressed schedules "
        "can reduce absenteeism.",
        "Secure your home without breaking the bank with a selection of budget home security "
        "cameras. No subscriptions or yearly fees.",
    ],
)
def test_prose_is_never_a_rule_match(line: str) -> None:
    """Body sentences that merely mention a URL, a newsletter, subscriptions or Twitter are
    kept."""
    assert rule_for(line) is None


def test_url_inside_prose_keeps_the_paragraph() -> None:
    """A body paragraph with a URL in real prose stays, and gives no link."""
    prose = (
        "Residents can read the full council minutes at https://example.gov/minutes, "
        "which were published after the vote on Monday evening."
    )
    cleaned = clean_text("Budget", "\n".join([BODY[0], prose, *BODY[1:]]))
    assert prose in cleaned.body.splitlines()
    assert cleaned.boilerplate.removed_lines == []
    assert cleaned.boilerplate.links == []


@pytest.mark.parametrize(
    ("tail", "removed"),
    [
        (["Share", "Tweet", "Email"], 3),
        (["Follow us on Instagram", "Our journalism is supported by readers like you and "
          "always will be, whatever happens.", "Subscribe today"], 3),
        (["Responses"], 1),
        ([], 0),
    ],
)
def test_tail_runs(tail: list[str], removed: int) -> None:
    """A footer run goes, with the prose caught between its lines; the body stays whole."""
    cleaned = clean_text("Budget", "\n".join(BODY + tail))
    assert cleaned.body.splitlines() == BODY
    assert len(cleaned.boilerplate.removed_lines) == removed


def test_title_repeat_and_byline() -> None:
    """A repeated headline goes; a byline goes and becomes the author."""
    text = "\n".join(["City Approves Budget", "By Jane Doe", *BODY])
    cleaned = clean_text("City Approves Budget", text)
    assert cleaned.body.splitlines() == BODY
    assert cleaned.author == "Jane Doe"
    assert [r.rule for r in cleaned.boilerplate.removed_lines] == ["title", "byline"]


LONG_BODY = [
    *BODY,
    "Opposition members argued that the plan relied on optimistic forecasts for tax income "
    "and warned that the city could face a shortfall within two years if growth slowed.",
    "The budget takes effect in January, and the first road works are due to start in spring.",
]


def test_whole_page_text_keeps_the_article_block() -> None:
    """A page's menu, teasers under "More from" and comments go, each on its own evidence."""
    page = [
        "Home", "News", "Sport", "Weather", "City Approves Budget", *LONG_BODY,
        "More from News", "Storm closes schools across the county",
        "Jane Smith", "Tuesday November 19, 2019",
        "Schools stayed shut on Tuesday as the storm moved east, officials said.",
        "12 Comments",
        "I think this budget is a disgrace and the council should be ashamed of itself.",
    ]
    cleaned = clean_text("City Approves Budget", "\n".join(page))
    assert cleaned.body.splitlines() == LONG_BODY
    rules = [r.rule for r in cleaned.boilerplate.removed_lines]
    assert rules == ["page-header"] * 4 + ["title", "promo", "teaser", "teaser", "date", "teaser",
                                           "comments", "comments"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Source: Bloomberg Quicktake: Now", "Bloomberg Quicktake"),
        ("SOURCE: Al Jazeera News", "Al Jazeera News"),
        ("Source: Reuters | Editing by Jane Doe", "Reuters"),
        ("The source said the talks had failed.", None),
    ],
)
def test_source_name(line: str, name: str | None) -> None:
    """A "Source:" footer names the publisher, up to the next separator."""
    assert source_name(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [("By Jane Doe", "Jane Doe"), ("by Troy L. Smith, Cleveland.com", "Troy L. Smith"),
     ("By the end of the day, nothing had changed.", None)],
)
def test_byline_name(line: str, name: str | None) -> None:
    """A byline gives the author's name; a sentence starting with "By" does not."""
    assert byline_name(line) == name


@pytest.mark.parametrize(
    ("line", "rule", "bare"),
    [("Photo: Shutterstock", "photo-credit", True),
     ("| Image: Thinkstock |", "photo-credit", True),
     ("Photos by residents show the damaged bridge, which the city closed.", "photo-credit",
      False),
     ("Video: Colonial Van Lines University", "photo-credit", False),
     ("Graphics: Nvidia RTX 4050", "photo-credit", False),
     ("By Rick Steves", "byline", True),
     ("By Lizzie Streit, MS, RDN, LD", "byline", True),
     ("By Functionality", "byline", False),
     ("By Air And Sea – How The Rescue Worked", "byline", False),
     ("By Rick Steves", "nav", False)],
)
def test_is_bare_credit(line: str, rule: str, bare: bool) -> None:
    """A short line with no sentence that credits a picture or names the author (two
    capitalised words, no heading's words) is a bare credit; a sentence, a video's title, a
    spec, a one-word or headline-shaped "By ..." is not."""
    assert is_bare_credit(line, rule) is bare


def test_learned_lines_are_removed_as_learned() -> None:
    """A line whose fingerprint is learned is removed with why='learned', rule='template'."""
    footer = "The Daily Planet is read by 2 million people every week across 40 countries."
    learned = frozenset({line_fingerprint("The Daily Planet is read by 3 million people "
                                          "every week across 41 countries.")})
    cleaned = clean_text("Budget", "\n".join([*BODY, footer]), learned=learned)
    assert cleaned.body.splitlines() == BODY
    (removed,) = cleaned.boilerplate.removed_lines
    assert (removed.text, removed.why, removed.rule) == (footer, "learned", "template")
    assert line_fingerprint(footer) in article_fingerprints(cleaned)


def test_empty_text() -> None:
    """Empty or blank text gives an empty body and nothing removed."""
    for text in ("", "\n\n  \n"):
        cleaned = clean_text("Title", text)
        assert (cleaned.body, cleaned.boilerplate.removed_lines) == ("", [])


@pytest.mark.parametrize(
    ("line", "english_rule"),
    [
        ("Der Newsletter kostet seit Januar acht Euro im Monat.", "subscribe"),
        ("La newsletter du journal compte désormais 40 000 abonnés.", "subscribe"),
        ("Was die Terms and Conditions erlauben", "consent"),
        ("Der Moderator sagte „click here“, und alle lachten.", "promo"),
        ("Il a publié 12 comments sur le forum.", "comments"),
    ],
)
def test_english_words_do_not_fire_on_other_languages(line: str, english_rule: str | None
                                                      ) -> None:
    """A German or French sentence with an English word inside it is boilerplate by an
    English rule on an English page only (``english=False``: a page in another language)."""
    assert rule_for(line) == english_rule
    assert rule_for(line, english=False) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("https://www.spiegel.de/politik", "link"),
        ("© 2024 Süddeutsche Zeitung GmbH", "copyright"),
        ("Startseite › Politik › Inland", "nav"),
        ("redaktion@example.de", "contact"),
        ("12.03.2024", "date"),
        ("Von Anna Müller", "byline"),
        ("@spiegelonline #politik", "social"),
        ("Abonnez-vous à notre newsletter", "subscribe"),
        ("Lesen Sie auch: Die Wahl in Hessen", "promo"),
        ("Folgen Sie uns auf Instagram", "social"),
        ("5 Min. Lesezeit", "reading-time"),
        ("Leia também: o novo governo e a economia", "promo"),
        # A line that opens with an English label is English (themes of Zyte's pages in
        # Indonesian and Portuguese say "Filed under:" and "Tags").
        ("Filed under: Khawarij |", "tags"),
        ("Tags", "tags"),
        ("Read more: Die Wahl in Hessen", "promo"),
        ("Share", "share"),
        ("34 Comments", "comments"),
    ],
)
def test_shape_and_own_language_rules_run_on_other_languages(line: str, rule: str) -> None:
    """On a page not in English, the rules of a line's shape, of its own language's phrases
    and of English labels opening a line still run."""
    assert rule_for(line, english=False) == rule
