"""Whether a page is in English, for the rules whose evidence is English words."""

from __future__ import annotations

import pytest
from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.page_language import reads_english

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


def test_no_body_reads_as_claimed() -> None:
    """Without extracted text the claim decides, and without a claim the rules run."""
    assert reads_english("", None, None) is True
    assert reads_english("", None, "fr") is False
