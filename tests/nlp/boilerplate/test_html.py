"""Web pages: trafilatura plus post-processing on real pages, and hostile input."""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from newswire.nlp.boilerplate.clean import EMPTY, Cleaned, clean_html
from newswire.nlp.boilerplate.links import link_kind
from tests.conftest import SHARED
from tests.nlp.boilerplate.test_page_kind import wcxb_page, word_f1

AEB = SHARED / "data" / "zyte-aeb"
TOKEN = re.compile(r"\w+")


def aeb_page(prefix: str) -> tuple[str, str]:
    """One benchmark page (HTML) and its expected article body, by id prefix."""
    if not AEB.exists():
        pytest.skip("../shared/data/zyte-aeb is not beside this checkout")
    (path,) = AEB.glob(f"html/{prefix}*.html.gz")
    key = path.name.split(".")[0]
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return f.read(), truth()[key]


@cache
def truth() -> dict[str, str]:
    data = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    return {k: v.get("articleBody", "") for k, v in data.items()}


def shingle_recall(expected: str, got: str) -> float:
    """Share of the expected text's word 4-grams found in ``got`` (the benchmark's shingles)."""
    def grams(text: str) -> Counter[tuple[str, ...]]:
        t = TOKEN.findall(text)
        return Counter(tuple(t[i:i + 4]) for i in range(max(1, len(t) - 3)))
    e, g = grams(expected), grams(got)
    return sum((e & g).values()) / max(1, sum(e.values()))


def test_article_split_by_adverts_is_recovered() -> None:
    """An article cut into sibling containers (Wired) is extracted whole, not its first part."""
    html, expected = aeb_page("d48aeb9cf2")
    cleaned = clean_html(html)
    assert shingle_recall(expected, cleaned.body) > 0.95


@pytest.mark.parametrize(
    ("prefix", "gone"),
    [
        ("08f7937627", "Pick Six Newsletter"),
        ("08f7937627", "Browns player on Mason Rudolph's role in fight with Myles Garrett"),
        ("360c732d1f", "Read more: Alibaba poised"),
        ("ba4dfe2d3e", "DON'T MISS"),
        ("ba4dfe2d3e", "BLACK DEATH PLAGUE fears"),
        ("4a44ab3e4c", "Like this story? Share it with a friend!"),
        ("70cb2d5bca", "Follow Newsbeat on Instagram"),
    ],
)
def test_promo_that_trafilatura_keeps_is_removed(prefix: str, gone: str) -> None:
    """Headline repeats, teasers, newsletter and share widgets left by trafilatura go."""
    html, _ = aeb_page(prefix)
    cleaned = clean_html(html)
    assert gone not in cleaned.body
    assert any(gone in r.text for r in cleaned.boilerplate.removed_lines)


def test_removed_teasers_keep_their_links() -> None:
    """Links of removed blocks are kept as data with their anchor text."""
    html, _ = aeb_page("360c732d1f")
    cleaned = clean_html(html)
    labels = {link.label for link in cleaned.boilerplate.links}
    assert any("Alibaba poised" in label for label in labels)
    assert all(link.url for link in cleaned.boilerplate.links)


def test_body_keeps_the_article(pipeline_free_pages: list[tuple[str, str]]) -> None:
    """On a handful of real pages, nearly all of the expected article survives cleaning."""
    for html, expected in pipeline_free_pages:
        assert shingle_recall(expected, clean_html(html).body) > 0.9


@pytest.fixture(scope="module")
def pipeline_free_pages() -> list[tuple[str, str]]:
    return [aeb_page(p) for p in ("042bb7b5fe", "5caf91b8a4", "702d1da63b", "c7e39ac49f")]


def test_benchmark_f1_beats_trafilatura() -> None:
    """Over all 181 benchmark pages, F1 stays at or above 0.97 (trafilatura alone: 0.960)."""
    if not AEB.exists():
        pytest.skip("../shared/data/zyte-aeb is not beside this checkout")
    precisions, recalls = [], []
    for path in sorted(AEB.glob("html/*.html.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            body = clean_html(f.read()).body
        expected = truth()[path.name.split(".")[0]]
        recalls.append(shingle_recall(expected, body))
        precisions.append(shingle_recall(body, expected) if body else 0.0)
    p, r = statistics.mean(precisions), statistics.mean(recalls)
    assert 2 * p * r / (p + r) >= 0.97


PARAGRAPH = "<p>The council voted on Monday to approve the new budget for schools and roads.</p>"


@pytest.mark.parametrize(
    ("name", "html"),
    [
        ("empty", ""),
        ("blank", "   \n\t "),
        ("malformed", "<html><body><p>Unclosed <b>bold <i>it</p></div></span><<<>>>&&&;</body"),
        ("only a script", "<html><head><script>var a = 1;</script></head>"
                          "<body><script>alert('x')</script></body></html>"),
        ("no article", "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                       "</body></html>"),
        ("binary", bytes(range(256)).decode("latin-1") * 200),
        ("nul bytes", "<html>\x00\x00<body>\x00<p>te\x00xt</p></body></html>"),
        ("deep nesting", "<div>" * 50_000 + PARAGRAPH + "</div>" * 50_000),
        ("only markup", "<html><body>" + "<div><span></span></div>" * 1000 + "</body></html>"),
        ("not html", '{"id": 1, "text": "json, not a web page"}'),
    ],
)
def test_bad_input_gives_an_empty_body(name: str, html: str) -> None:
    """Hostile pages raise nothing and give an empty body (the pipeline dead-letters them)."""
    cleaned = clean_html(html)
    assert isinstance(cleaned, Cleaned)
    assert cleaned.body == "", name


def test_five_megabyte_page() -> None:
    """A 5 MB page is handled without an exception and keeps its article."""
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    paragraphs = [
        f"<p>Paragraph {i} says that {' '.join(words[(i + j) % 10] for j in range(30))}.</p>"
        for i in range(25_000)
    ]
    html = "<html><body><article>" + "".join(paragraphs) + "</article></body></html>"
    assert len(html) > 5_000_000
    cleaned = clean_html(html)
    assert cleaned.body.startswith("Paragraph 0 says")


def test_empty_result_is_the_empty_constant() -> None:
    """The empty result is an ordinary Cleaned with nothing in it."""
    assert (EMPTY.title, EMPTY.body, EMPTY.boilerplate.removed_lines) == ("", "", [])


@pytest.mark.parametrize(
    ("url", "label", "kind"),
    [
        ("https://twitter.com/quicktake", "Twitter", "social"),
        ("https://www.youtube.com/user/Bloomberg", "YouTube", "social"),
        ("https://youtu.be/abc", "", "video"),
        ("https://bit.ly/2TwO8Gm", "Subscribe to our YouTube channel", "subscribe"),
        ("https://cor.us/surveys/27AF30", "Have a story to tell?", "survey"),
        ("https://example.com/a?utm_source=feed", "More", "tracking"),
        ("https://example.com/news/1", "Other story", "other"),
        ("bit.ly/2TwO8Gm", "", "tracking"),
        ("www.twitter.com/quicktake", "", "social"),
    ],
)
def test_link_kind(url: str, label: str, kind: str) -> None:
    """Links are classified by host, path and label."""
    assert link_kind(url, label) == kind


def test_path_helper_points_at_shared() -> None:
    """The tests read the benchmark through the shared path helper."""
    assert isinstance(SHARED, Path)


@pytest.mark.parametrize(
    ("name", "html"),
    [
        ("no body", "<html><head><title>Budget</title></head></html>"),
        ("frameset", "<html><frameset cols='50%,50%'><frame src='a.html'><frame src='b.html'>"
                     "</frameset></html>"),
        ("only scripts", "<html><body>" + "<script>var x = 'The council voted';</script>" * 50
                         + "</body></html>"),
        ("only a title", "<html><head><title>City approves budget</title></head><body></body>"
                         "</html>"),
    ],
)
def test_pages_without_text(name: str, html: str) -> None:
    """Pages with no body, frames only or scripts only give an empty body, no exception."""
    assert clean_html(html).body == "", name


def test_fifty_megabyte_page_is_cut_not_fatal() -> None:
    """A 50 MB page is cut to MAX_HTML_CHARS and still gives the article it starts with."""
    html = "<html><body><article>" + PARAGRAPH * 20 + "</article>" + "<div>x</div>" * 4_200_000
    assert len(html) > 50_000_000
    assert "council voted" in clean_html(html).body


@pytest.mark.parametrize(
    ("charset", "text"),
    [
        ("iso-8859-1", "Der Stadtrat stimmte am Montag für den neuen Haushalt für Schulen."),
        ("shift_jis", "The council voted on Monday — “finally” — to approve the budget."),
        ("utf-8", "Le conseil a voté lundi le nouveau budget des écoles et des routes."),
    ],
)
def test_lying_or_foreign_page(charset: str, text: str) -> None:
    """A page whose declared charset is wrong, or in another language, keeps its text."""
    html = (f"<html><head><meta charset='{charset}'></head><body><article>"
            + f"<p>{text}</p>" * 5 + "</article></body></html>")
    assert text in clean_html(html).body


@pytest.mark.parametrize("key", ["4193", "0133"])
def test_article_keeps_its_collapsed_panels(key: str) -> None:
    """An article's accordion panels (display:none, an -icon class) and listicle slides,
    which trafilatura drops between paragraphs it kept, are read back in place (WCXB tune
    pages)."""
    import trafilatura

    html, url, expected = wcxb_page(key)
    cleaned = clean_html(html, url)
    alone = trafilatura.extract(html, url=url) or ""
    assert cleaned.page_kind == "article"
    assert word_f1(expected, cleaned.body) > word_f1(expected, alone) + 0.2


HIDDEN_BELOW = ("Residents may apply for the new school grant online before the end of March "
                "this year.")


@pytest.mark.parametrize(("after", "kept"), [
    (f"<div style='display:none'><p>{HIDDEN_BELOW}</p></div>", False),
    (f"<div class='faq-panel'><p>{HIDDEN_BELOW}</p></div>", True),
])
def test_article_prose_hidden_below_its_text(after: str, kept: bool) -> None:
    """Prose hidden below an article's last paragraph is no longer appended (it gained
    nothing on WCXB dev once the gaps between kept paragraphs came back); shown, it stays."""
    prose = "The council voted on Monday to approve the new budget for schools and roads"
    paragraphs = "".join(f"<p>{prose}, said the mayor in statement number {i}.</p>"
                         for i in range(6))
    html = ("<html><head><meta property='og:type' content='article'><title>Budget passed"
            "</title></head><body><article><h1>Budget passed</h1><div class='post'>"
            f"{paragraphs}{after}</div></article></body></html>")
    cleaned = clean_html(html)
    assert cleaned.page_kind == "article"
    assert (HIDDEN_BELOW in cleaned.body) is kept


@pytest.mark.parametrize(("key", "kind", "heading"), [
    ("0455", "article", "A New Benchmark"),
    ("4233", "article", "What is a Mesh Network?"),
    ("4115", "article", "Where to Start?"),
    ("4105", None, "Step 1 - Backing up your data"),
    ("4857", None, "The Website Builders We’ll Compare"),
])
def test_article_keeps_its_subheadings(key: str, kind: str | None, heading: str) -> None:
    """An article's subheadings that trafilatura drops between kept paragraphs come back as
    their own line, right before the prose they head, also on a page that does not say its
    kind but whose URL names a headline (WCXB tune pages)."""
    html, url, _ = wcxb_page(key)
    cleaned = clean_html(html, url)
    lines = cleaned.body.splitlines()
    assert cleaned.page_kind == kind
    assert heading in lines
    assert len(lines[lines.index(heading) + 1].split()) >= 8


@pytest.mark.parametrize(("key", "kind", "line"), [
    ("4519", "article", "Support for education and training should supplement research funding."),
    ("0041", "article", "SEO isn’t dead, it’s just different."),
    ("0317", None, "Accessibility: Data and applications can be used from anywhere, allowing for "
                   "remote work and collaboration."),
])
def test_article_keeps_paragraphs_between_kept_ones(key: str, kind: str | None, line: str) -> None:
    """Paragraphs and list items trafilatura drops between the paragraphs it kept come back
    (told article, or untold with a headline URL; WCXB tune pages)."""
    html, url, _ = wcxb_page(key)
    cleaned = clean_html(html, url)
    assert cleaned.page_kind == kind
    assert line in cleaned.body.splitlines()


@pytest.mark.parametrize(("key", "line"), [
    ("4799", "- Freebird60 Full Kit ($160): Compact 60% layout with CNC aluminum case, QMK/VIA "
             "support, and multiple plate options."),
    ("4113", "- organic cotton"),
])
def test_article_keeps_its_own_linked_lists(key: str, line: str) -> None:
    """An article's list of linked products with their descriptions, or of short linked
    names, is no teaser list and stays (WCXB tune pages)."""
    html, url, _ = wcxb_page(key)
    cleaned = clean_html(html, url)
    assert cleaned.page_kind == "article"
    assert line in cleaned.body.splitlines()


@pytest.mark.parametrize(("key", "kind", "line"), [
    ("2967", "listing",
     "Gamblers make big profits on Iran strikes, raising insider trading concerns"),
    ("1591", "forum", "I listen to EDM and rock mostly, sometimes touching into the edges of pop. "
                      "Avicii, Calvin Harris, Ellie Goulding, Martin Garrix, David Guetta, Arctic "
                      "Monkeys, Palace, Castlecomer, Phoenix, etc. I like bass, and I like a clean "
                      "sound."),
])
def test_other_kinds_keep_items_between_kept_ones(key: str, kind: str, line: str) -> None:
    """On listings and forums too, items and posts trafilatura drops between the ones it kept
    come back (WCXB tune pages)."""
    html, url, _ = wcxb_page(key)
    cleaned = clean_html(html, url)
    assert cleaned.page_kind == kind
    assert line in cleaned.body.splitlines()


COUNCIL_PAGE = (
    "<html{lang}><head><title>{title}</title><meta property='og:type' content='article'>"
    "</head><body><header><a href='/'>Home</a></header><article><h1>{title}</h1>"
    + "".join(f"<p>{{{k}}}</p>" for k in ("p1", "p2", "line", "p3"))
    + "</article><footer>Impressum</footer></body></html>")
COUNCIL = {
    "de": {
        "title": "Der Stadtrat beschließt den Haushalt",
        "p1": "Der Stadtrat hat am Montag nach einer dreistündigen Debatte den Haushalt für "
              "das kommende Jahr beschlossen, mit großer Mehrheit.",
        "p2": "Das Geld soll in neue Straßen, zwei Schulen und eine Erweiterung der "
              "Stadtbibliothek fließen, sagte die Bürgermeisterin.",
        "line": "Der Newsletter der Stadt kostet seit Januar acht Euro.",
        "p3": "Die Opposition kritisierte die Pläne als zu teuer und kündigte an, im Frühjahr "
              "erneut über die Schulden zu sprechen.",
    },
    "en": {
        "title": "The council passes the budget",
        "p1": "The council approved the budget for next year on Monday after a three-hour "
              "debate, by a large majority of its members.",
        "p2": "The money will pay for new roads, two schools and an extension of the city "
              "library, the mayor told reporters afterwards.",
        "line": "The city's newsletter has cost eight euros since January.",
        "p3": "The opposition called the plans too expensive and said it would raise the "
              "question of the debt again in the spring.",
    },
}


@pytest.mark.parametrize(
    ("text", "lang", "claimed", "kept"),
    [
        ("de", ' lang="de"', None, True),
        ("de", "", None, True),  # no claim: the text says German
        ("de", "", "de", True),  # the input's claim
        ("en", ' lang="en"', None, False),
        ("en", "", None, False),
    ],
)
def test_english_trigger_words_leave_other_languages_alone(
    text: str, lang: str, claimed: str | None, kept: bool,
) -> None:
    """The same article page in German keeps a short sentence with "Newsletter" in it that
    the English subscribe rule takes out of the English page (WCXB dev is English only: this
    is pinned here, not measured)."""
    fields = COUNCIL[text]
    cleaned = clean_html(COUNCIL_PAGE.format(lang=lang, **fields),
                         "https://example.org/2024/03/council-budget", language=claimed)
    assert cleaned.page_kind == "article"
    assert fields["p2"] in cleaned.body
    assert (fields["line"] in cleaned.body) is kept


@pytest.mark.parametrize("line", [
    "Well, technically, it is not illegal: you agreed to the airline's terms and conditions "
    "when you booked, and our lawyer says they do not forbid it.",
    "Tell us about your commute in our survey, the council asked residents last spring.",
    "Photos by residents show the damaged bridge, which the city closed on Monday.",
    "Credits: the film lists 300 names, more than any other made in the city this year.",
    "Schools | Roads | Library Extension",
    "By Air And Sea – How The Rescue Worked",
    # Byline- and credit-shaped, and no credit: a subheading, a video's title, a spec.
    "By Functionality",
    "By The Numbers",
    "Video: Colonial Van Lines University",
    "Graphics: Nvidia RTX 4050",
])
def test_article_keeps_sentences_with_consent_and_survey_words(line: str) -> None:
    """On an article page a sentence with consent or survey words, one opening like a photo
    credit or a byline, and a line of short parts like breadcrumbs stay: those line rules
    paid on neither WCXB half there, nor on sites they were never tuned on."""
    fields = dict(COUNCIL["en"], line=line)
    cleaned = clean_html(COUNCIL_PAGE.format(lang=' lang="en"', **fields),
                         "https://example.org/2024/03/council-budget")
    assert cleaned.page_kind == "article"
    assert line in cleaned.body


@pytest.mark.parametrize(("line", "rule"), [
    ("Photo: Shutterstock", "photo-credit"),
    ("Credit: Andriy Onufriyenko / Getty Images", "photo-credit"),
    ("Image: © Silke Woweries/Getty Images", "photo-credit"),
    ("© Reuters", "photo-credit"),
    ("By Rick Steves", "byline"),
    ("by Emily Baron Cadloff, Modern Farmer", "byline"),
    ("By Jane Doe and John Roe", "byline"),
])
def test_article_drops_bare_credit_lines(line: str, rule: str) -> None:
    """On an article page a short line that only credits a picture or the article leaves the
    body (its name would be a mention of the article), kept among the removed lines."""
    fields = dict(COUNCIL["en"], line=line)
    cleaned = clean_html(COUNCIL_PAGE.format(lang=' lang="en"', **fields),
                         "https://example.org/2024/03/council-budget")
    assert cleaned.page_kind == "article"
    assert line not in cleaned.body
    assert (line, rule) in {(r.text, r.rule) for r in cleaned.boilerplate.removed_lines}
