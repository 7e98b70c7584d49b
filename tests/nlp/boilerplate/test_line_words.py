"""Boilerplate phrases in other languages than English, line by line and in a whole text."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.clean import clean_text
from newswire.nlp.boilerplate.line_rules import rule_for


@pytest.mark.parametrize(("line", "expected"), [
    ("Abonnez-vous pour lire la suite de cet article", "subscribe"),
    ("Suivez-nous sur Facebook et Instagram", "social"),
    ("À lire aussi : la sécheresse menace les récoltes", "promo"),
    ("Nous utilisons des cookies pour améliorer votre expérience.", "consent"),
    ("Publié le 12 mars 2025 à 10h32", "dateline"),
    ("Folgen Sie uns auf Facebook", "social"),
    ("Jetzt abonnieren und keine Nachricht verpassen", "subscribe"),
    ("Mehr zum Thema: Verkehrswende in Baden-Württemberg", "promo"),
    ("Veröffentlicht am 12.03.2025", "dateline"),
    ("Síguenos en Twitter", "social"),
    ("Lees ook: het kabinet valt", "promo"),
    # Prose that merely uses the words is kept.
    ("Les agriculteurs se sont abonnés à un service de prévision météo depuis le printemps.", None),
    ("Die Landwirte folgen seit Jahren den Empfehlungen der Behörden.", None),
    ("Le gouvernement a publié le 12 mars un décret sur l'eau.", None),
])
def test_foreign_lines(line: str, expected: str | None) -> None:
    """A line opening with another language's boilerplate phrase is named by its rule."""
    assert rule_for(line) == expected


def test_german_tail_is_stripped() -> None:
    """A German article loses its social and promo lines and keeps its prose."""
    body = ("Bundeskanzler Olaf Scholz hat am Dienstag den französischen Präsidenten in Berlin "
            "empfangen.\nFolgen Sie uns auf Facebook\nMehr zum Thema: Europa")
    cleaned = clean_text("Scholz trifft Macron", body)
    assert cleaned.body.startswith("Bundeskanzler Olaf Scholz")
    assert [line.rule for line in cleaned.boilerplate.removed_lines] == ["social", "promo"]
