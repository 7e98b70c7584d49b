"""Whether a page is in English, for the rules whose evidence is English words."""

from __future__ import annotations

import pytest
from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.line_rules import rule_for
from newswire.nlp.boilerplate.page_language import PageEnglish, reads_english

GERMAN = ("Der Stadtrat hat am Montag nach einer langen Debatte den Haushalt beschlossen. "
          "Das Geld soll in neue Straßen, zwei Schulen und eine Bibliothek fließen.")
ENGLISH = ("The council approved the budget on Monday after a three-hour debate. The money "
           "will pay for new roads, two schools and a library extension.")
FRENCH = ("Le conseil municipal a adopté le budget lundi après un long débat. L'argent "
          "financera de nouvelles routes, deux écoles et une bibliothèque.")


def body(*paragraphs: str) -> etree._Element:
    root = etree.Element("body")
    for text in paragraphs:
        etree.SubElement(root, "p").text = text
    return root


@pytest.mark.parametrize(
    ("text", "claimed", "expected"),
    [
        (ENGLISH, "en", True),
        (ENGLISH, None, True),
        (GERMAN, "de", False),
        (GERMAN, None, False),
        (GERMAN, "en", False),  # a template's lang="en" on a German page: the text says
        (FRENCH, None, False),
        ("Kurz.", "de", False),  # too short to contradict the claim
        ("Kurz.", None, True),  # too short to tell, no claim: the rules run as they did
    ],
)
def test_reads_english(text: str, claimed: str | None, expected: bool) -> None:
    """The page's claim weighed against its text, as the pipeline weighs it; an unknown
    language counts as English."""
    assert reads_english("", body(text), claimed) is expected
    assert bool(PageEnglish("", body(text), claimed)) is expected


class _Unasked:
    """A page's language that must not be asked for."""

    def __bool__(self) -> bool:
        raise AssertionError("the page's language was asked for")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Der Stadtrat hat den Haushalt beschlossen.", None),
        ("Tags", "tags"),
        ("Startseite › Politik › Inland", "nav"),
        ("© 2024 Süddeutsche Zeitung GmbH", "copyright"),
        ("https://www.spiegel.de/politik", "link"),
        ("Lesen Sie auch: Die Wahl in Hessen", "promo"),
    ],
)
def test_language_is_asked_only_by_english_word_rules(line: str, rule: str | None) -> None:
    """rule_for reads the page's language only when a rule of English words anywhere in a
    line hits (PageEnglish identifies it then): these lines never ask."""
    assert rule_for(line, _Unasked()) == rule  # type: ignore[arg-type]


def test_body_is_sampled_when_made() -> None:
    """PageEnglish reads the body when made, not when asked: the body changes after."""
    page = body(GERMAN)
    english = PageEnglish("", page, None)
    for paragraph in page:
        paragraph.text = ENGLISH
    assert bool(english) is False


def test_no_body_reads_as_claimed() -> None:
    """Without extracted text the claim decides, and without a claim the rules run."""
    assert reads_english("", None, None) is True
    assert reads_english("", None, "fr") is False
