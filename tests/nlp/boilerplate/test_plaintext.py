"""Plain text that keeps the article: headlines become titles, datelines, tables, lists and
every line without positive evidence stay (issue 13's regressions, one table each)."""

from __future__ import annotations

from typing import Any

import pytest

from newswire.nlp.boilerplate.clean import clean_text
from newswire.nlp.boilerplate.datelines import dateline_in, find_dateline
from newswire.nlp.boilerplate.line_rules import rule_for

LEDE = ("NATO returns on Tuesday to the scene of one of its most controversial decisions, "
        "intent on repeating its vow that Ukraine will join the alliance one day.")
BODY = [
    "The council approved the budget on Monday after a three-hour debate in the chamber.",
    "Officials said the money would pay for new roads, two schools and a library extension.",
    "The mayor called the vote a turning point for the city and thanked residents for waiting.",
]


def removed(text: str, title: str = "") -> list[tuple[str, str]]:
    """(rule, line) of every line ``clean_text`` removes from ``text``."""
    return [(r.rule, r.text) for r in clean_text(title, text).boilerplate.removed_lines]


HEADLINE, BODY_LINE, REMOVED = "headline", "body", "removed"


@pytest.mark.parametrize(
    ("first", "becomes"),
    [
        ("NATO’s Stoltenberg: ‘We Cannot Let Putin Win’ in Ukraine", HEADLINE),
        ("Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.", HEADLINE),
        ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.", HEADLINE),
        ("PRESS DIGEST - Iraq - Aug 22.", HEADLINE),
        ("Jobs report gives Democrats a lift;", HEADLINE),
        ("AP-GfK Poll: Voters increasingly see Sanders as electable.", HEADLINE),
        # A lede with its dateline, and a dateline line, open the body.
        ("WASHINGTON (AP) — Bernie Sanders has scored a big win in the Democrats Abroad "
         "global primary.", BODY_LINE),
        ("SIALKOT, Pakistan 1996-12-06", BODY_LINE),
        # A first paragraph is longer than a headline.
        ("The council approved the budget on Monday after a three-hour debate in the chamber, "
         "where opposition members argued that the plan relied on optimistic forecasts.",
         BODY_LINE),
        # A lede of 21 to 25 words in sentence case, with its full stop, is no headline
        # (a story sent without its headline); long Title Case headlines stay headlines.
        ("The county council voted on Tuesday to close two of its four libraries next spring, "
         "blaming a shortfall in its state grant.", BODY_LINE),
        ("Le conseil municipal a voté mardi soir la fermeture de deux des quatre bibliothèques "
         "de la ville au printemps prochain, faute de crédits.", BODY_LINE),
        ('The mayor said on Monday that the new bridge would open "by the end of the summer, '
         'whatever the weather does."', BODY_LINE),
        ("Kasich Just Revealed The One Thing He Thinks The Party Will Do Next, And He Is "
         "Willing To Bet Money On It.", HEADLINE),
        ("As the mayor turns 70, a look at where she fits into the next city hall cabinet.",
         HEADLINE),
        # Boilerplate is no headline.
        ("By Jane Doe, Reuters", REMOVED),
        ("https://example.com/live", REMOVED),
    ],
)
def test_first_line_becomes_the_title(first: str, becomes: str) -> None:
    """Without a title, a headline-like first line is the title: neither body nor removed."""
    cleaned = clean_text("", "\n".join([first, *BODY]))
    assert cleaned.title == (first if becomes == HEADLINE else "")
    assert (first in cleaned.body.splitlines()) == (becomes == BODY_LINE)
    assert (first in [r.text for r in cleaned.boilerplate.removed_lines]) == (becomes == REMOVED)
    assert cleaned.body.splitlines()[-3:] == BODY


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Budget passes\nThe council approved the budget on Monday after a\nthree-hour debate.",
         "Budget passes"),
        ("The council approved the budget on Monday after a\nthree-hour debate in the chamber.",
         ""),
        ("The council approved the budget on Monday after a three-hour debate.", ""),
        ("", ""),
    ],
)
def test_title_only_from_a_headline(text: str, title: str) -> None:
    """A wrapped first line, a single line or nothing leave the title empty."""
    assert clean_text("", text).title == title


def test_given_title_is_kept_and_first_line_stays_body() -> None:
    """With a title from the input, the text's first line is body as before."""
    cleaned = clean_text("City Approves Budget", "\n".join(BODY))
    assert (cleaned.title, cleaned.body.splitlines()) == ("City Approves Budget", BODY)


@pytest.mark.parametrize(
    ("line", "dateline", "place"),
    [
        (f"BUCHAREST, Romania (AP) — {LEDE}", "BUCHAREST, Romania (AP) —", "Bucharest"),
        ("SIALKOT, Pakistan 1996-12-06", "SIALKOT, Pakistan 1996-12-06", "Sialkot"),
        ("AL-AIN, United Arab Emirates 1996-12-06", "AL-AIN, United Arab Emirates 1996-12-06",
         "Al-Ain"),
        ("Washington (AFP) – Uncertainty in advance of next month's US election is weighing on "
         "business investment, a survey of purchasing managers showed.", "Washington (AFP) –",
         "Washington"),
        (f"WASHINGTON, June 24 (UPI) — {LEDE}", "WASHINGTON, June 24 (UPI) —", "Washington"),
        (f"ST. LOUIS — {LEDE}", "ST. LOUIS —", "St. Louis"),
        (f"STATE COLLEGE, Pa. - {LEDE}", "STATE COLLEGE, Pa. -", "State College"),
        (f"NEW YORK (CNNMoney) - {LEDE}", "NEW YORK (CNNMoney) -", "New York"),
        (f"RIO DE JANEIRO, Aug 31 (Reuters) - {LEDE}", "RIO DE JANEIRO, Aug 31 (Reuters) -",
         "Rio de Janeiro"),
        # Accented capitals (French, Spanish, Portuguese places).
        (f"MONTRÉAL — {LEDE}", "MONTRÉAL —", "Montréal"),
        (f"Bogotá (AFP) – {LEDE}", "Bogotá (AFP) –", "Bogotá"),
        # Press releases: the wire between slashes or between unspaced dashes.
        (f"CALGARY, Alberta, Nov. 6, 2026 /PRNewswire/ -- {LEDE}",
         "CALGARY, Alberta, Nov. 6, 2026 /PRNewswire/ --", "Calgary"),
        (f"SAN FRANCISCO--(BUSINESS WIRE)--{LEDE}", "SAN FRANCISCO--(BUSINESS WIRE)--",
         "San Francisco"),
        # South Asian and West African wires: place, date and agency with no dash, or a colon.
        (f"New Delhi, Dec 4 (PTI) {LEDE}", "New Delhi, Dec 4 (PTI)", "New Delhi"),
        (f"KARACHI, Dec 4 (APP): {LEDE}", "KARACHI, Dec 4 (APP):", "Karachi"),
        (f"LAGOS, Dec. 4 (NAN) {LEDE}", "LAGOS, Dec. 4 (NAN)", "Lagos"),
    ],
)
def test_datelines_are_found_and_kept(line: str, dateline: str, place: str) -> None:
    """A dateline stays in the body and is given with its place and exact offsets."""
    text = "\n".join(["NATO meets in Romania", "Nadim Ladki", line, *BODY])
    cleaned = clean_text("", text)
    assert line in cleaned.body.splitlines()
    assert cleaned.boilerplate.removed_lines == []
    found = find_dateline(cleaned.body)
    assert found is not None
    assert (found.text, found.place, found.field) == (dateline, place, "body")
    assert cleaned.body[found.start:found.end] == dateline


@pytest.mark.parametrize(
    "line",
    [
        "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.",
        "PRESS DIGEST - Iraq - Aug 22.",
        "AP-GfK Poll: Voters increasingly see Sanders as electable.",
        f"BREAKING — {LEDE}",
        "INDIANA'S DEMOGRAPHICS FAVOR CRUZ, BUT ECONOMY FAVORS TRUMP - The polls show the two "
        "men far apart in the state before its primary.",
        "The council said - after a long debate - that the budget would pass next week.",
        # No dash: a date and a bracketed agency are both needed, and a capital after them.
        "Smith, Dec 4 (file photo) The man was seen leaving the court on Thursday.",
        "Apple said on Dec 4 (Reuters) that sales rose in every region it serves.",
        "Lagos (NAN) The tribunal on Thursday reserved judgment in the petition.",
        "Mumbai, Dec 4 (PTI) said the police had arrested three men on Thursday.",
    ],
)
def test_lines_that_are_no_dateline(line: str) -> None:
    """Headlines behind a slug, capitals and "BREAKING —" name no place."""
    assert dateline_in(line) is None


def test_dateline_only_at_the_top() -> None:
    """A dateline-like line deep in the body is not the story's dateline."""
    text = "\n".join([*BODY, f"WASHINGTON (AP) — {LEDE}"])
    assert find_dateline(text) is None


RESULTS = [
    "TENNIS - RESULTS AT HAMLET CUP.",
    "COMMACK, New York 1996-08-21",
    "Results from the",
    "Waldbaum Hamlet Cup tennis tournament on Wednesday (prefix",
    "number denotes seeding):",
    "Second round",
    "1 - Michael Chang (U.S.) beat Sergi Bruguera (Spain) 6-3 6-2",
    "6-3 6-4",
    "AMERICAN LEAGUE",
    "EASTERN DIVISION",
    "W L PCT GB",
    "OAKLAND AT BOSTON",
    "SEATTLE AT BALTIMORE",
    "TORONTO AT CHICAGO",
    "W D L G / F G / A P",
    "1. Ray Belim (Britain) / James Weaver (Britain) / J.J.Lehto",
    "Jul 31, 1996 Jan 31, 1996",
    "May",
    "June",
    "1996-08-22",
    "Sunday.",
    "Gross foreign debt May $27,246.5 million (April $28,716.8 million)",
    "Source: Weather Services Corporation",
]


def test_results_tables_and_lists_are_content() -> None:
    """Scores, standings, schedules, table headers and their sources are all kept."""
    cleaned = clean_text("", "\n".join(RESULTS))
    assert cleaned.boilerplate.removed_lines == []
    assert cleaned.title == RESULTS[0]
    assert cleaned.body.splitlines() == RESULTS[1:]


@pytest.mark.parametrize(
    "line",
    [
        # The AFP line once removed as "survey": "US" is the country, not "us".
        "Washington (AFP) – Uncertainty in advance of next month's US election is weighing on "
        "business investment, a survey of purchasing managers showed on Tuesday.",
        # A quote with its cue, not a survey prompt, though it says "you" and "questionnaire".
        '"Every operator selling holidays should be reading this judgment tonight," she said. '
        '"You cannot outsource safety to a questionnaire."',
        'A spokeswoman said: "You can fill in the questionnaire until Friday."',
        "12:50 p.m.",  # a live blog's section time
        "10:30 p.m.",
        "Like her heroine, Ms. Sherry worked on the Bear Stearns trading floor, then a notoriously "
        "rowdy place.",
        "In a blog post on Friday, Twitter said violent threats had long been against its terms "
        "of service. It added that it has worked with groups that counter extremist recruitment.",
        "''Follow us,'' Ms. Gil said, and the boys, intrigued, trailed behind, en route to the "
        "plaza at the Bronx criminal courthouse.",
        "Digital ads were a key focus for super PACs, which spent more than $10 million on "
        "advertising on Facebook, Twitter, YouTube, Google and the like.",
        "He said:",
        "Source: NATO.",
        "___.",
    ],
)
def test_real_lines_are_never_rule_matches(line: str) -> None:
    """Lines once removed inside articles carry no evidence of boilerplate now."""
    assert rule_for(line) is None
    assert removed("\n".join([BODY[0], line, *BODY[1:]]), "Budget") == []


WRAPPED = [
    "The council approved the budget on Monday after a three-hour",
    "debate in the chamber, where opposition members argued that",
    "the plan relied on optimistic forecasts for tax income and",
    "warned of a shortfall. The mayor thanked residents for their",
    "patience and said the first road works would start in the",
    "spring.",
]


@pytest.mark.parametrize(
    "lines",
    [
        WRAPPED,
        [*BODY, "Officials did not say", "when work would begin"],
        [*BODY, "12:50 p.m.", BODY[0], "1:05 p.m.", BODY[1]],
    ],
)
def test_no_line_goes_for_its_position(lines: list[str]) -> None:
    """Wrapped last lines, short last lines and a live blog's times stay."""
    cleaned = clean_text("Budget", "\n".join(lines))
    assert cleaned.boilerplate.removed_lines == []
    assert cleaned.body.splitlines() == lines


@pytest.mark.parametrize(
    ("lines", "rules"),
    [
        # A menu of section names, wherever it stands.
        ([*BODY[:2], "Home", "World", "Sport", "Contact Us", BODY[2]], ["menu"] * 4),
        # A list of people is no menu.
        ([*BODY[:2], "Donald Trump", "Ted Cruz", "Marco Rubio", BODY[2]], []),
        # A style sheet pasted with the text.
        ([*BODY, ".bio-text {", "text-align: left;", "}"], ["code"] * 3),
        # "Source:" among footer lines is the publisher's; alone it is a chart's credit.
        ([*BODY, "Follow us on Twitter", "Source: Bloomberg Quicktake: Now", "Responses"],
         ["social", "source", "comments"]),
        # Everything after a comment thread's heading, once the article had its prose.
        ([*BODY, "12 Comments", "I think the council should be ashamed of itself, frankly.",
          "Great news for the city."], ["comments"] * 3),
        # ... and after the story's credits.
        ([*BODY, "(Reporting by Jane Doe; Editing by John Smith)",
          "This article was updated to correct the mayor's name."], ["credits", "footer"]),
        # A comment counter in a byline is no comment thread.
        (["by India Post News Weekly 0 Comments", *BODY], ["comments"]),
        # Teasers under a removed "Related" heading, up to the article's next paragraph.
        ([BODY[0], "Related:", "Storm closes schools across the county", *BODY[1:]],
         ["promo", "teaser"]),
    ],
)
def test_context_rules(lines: list[str], rules: list[str]) -> None:
    """Each context rule removes what it recognises and nothing else."""
    assert [rule for rule, _ in removed("\n".join(lines), "Budget")] == rules


def test_page_header_before_the_repeated_headline() -> None:
    """On a whole page, what comes before the headline repeated at the top is the header."""
    headline = "City Approves Budget After Three-Hour Debate"
    page = ["Subscribe", "Log in", "Trending: Election results", headline, *BODY,
            "The budget takes effect in January, and the first road works are due in spring."]
    cleaned = clean_text(f"{headline} | The Daily Planet", "\n".join(page))
    assert [r.rule for r in cleaned.boilerplate.removed_lines][:4] == [
        "subscribe", "page-header", "page-header", "title"]
    assert cleaned.body.splitlines() == page[4:]


def test_sample_sent_as_text_only(seed_text: str, gold: dict[str, Any]) -> None:
    """The sample as {"text": whole file}: headline as title, the same 13 lines and 9 links go."""
    cleaned = clean_text("", seed_text)
    assert cleaned.title == gold["title"]
    assert [r.text for r in cleaned.boilerplate.removed_lines] == gold["boilerplate_lines"]
    assert [link.url for link in cleaned.boilerplate.links] == gold["stripped_links"]
    assert cleaned.body.splitlines()[0] == gold["body"]["first_line"]
    assert cleaned.boilerplate.source_hint == gold["source_hint"]
