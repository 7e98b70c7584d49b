"""trafilatura's fallbacks run only where its own body looks deficient (fallbacks.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import trafilatura
import trafilatura.core
import trafilatura.external
from lxml import etree

from newswire.nlp.boilerplate import fallbacks
from newswire.nlp.boilerplate.fallbacks import (
    fallbacks_may_change,
    guard_holds,
    skipping_idle_fallbacks,
)
from newswire.nlp.boilerplate.html_tree import load_page, trafilatura_body

SENTENCE = "The council approved the new budget for the coming year after a long debate."
ARTICLE = "".join(f"<p>{SENTENCE} Paragraph {i} of the report.</p>" for i in range(8))
MENU = "".join(f"<li><a href='/s{i}'>Section number {i} of the site</a></li>" for i in range(90))
LONG = SENTENCE * 4  # 316 characters


def _body(markup: str) -> etree._Element:
    return etree.fromstring(f"<body>{markup}</body>")


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        (f"<p>{LONG}</p>", LONG, False),  # long, paragraphs, nothing sanitised: kept
        (f"<p>{LONG}</p><p>x</p><table/>", LONG, False),  # fewer tables than paragraphs
        (f"<p>{SENTENCE}</p>", SENTENCE, True),  # short: jusText is tried
        ("<p></p>", "", True),  # empty
        (f"<head>{LONG}</head>", LONG, True),  # no paragraph text: readability may win
        (f"<p>{LONG}</p><table/><table/>", LONG, True),  # more tables than paragraphs
        (f"<p>{LONG}</p><figure/>", LONG, True),  # jusText's test sanitises figures
        (f"<p>{LONG}<time>today</time></p>", LONG, True),  # ... and time elements
    ],
)
def test_fallbacks_may_change(body: str, text: str, expected: bool) -> None:
    """The comparison is run when one of trafilatura's structural tests could fire."""
    assert fallbacks_may_change(_body(body), text, 250) is expected


def test_guard_holds_for_the_installed_trafilatura() -> None:
    """The skip is engaged with the trafilatura installed: an upgrade that changes the
    functions it copies fails here (re-check them, the hashes and the WCXB figures)."""
    with skipping_idle_fallbacks():
        pass  # installs the replacement
    assert guard_holds()
    assert trafilatura.core._extract_and_compare is fallbacks._extract_and_compare


def _readability_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real: Callable[..., Any] = trafilatura.external.try_readability

    def counted(tree: Any) -> Any:
        calls.append(1)
        return real(tree)

    monkeypatch.setattr(trafilatura.external, "try_readability", counted)
    return calls


@pytest.mark.parametrize(
    ("markup", "readability_runs"),
    [
        (f"<article>{ARTICLE}</article>", 0),  # the article is all paragraphs: not asked
        # A menu beside it changes nothing: the own body is still sound.
        (f"<nav><ul>{MENU}</ul></nav><article>{ARTICLE}</article>", 0),
        (f"<article><p>{SENTENCE}</p></article>", 1),  # short: asked
        # No paragraph, only a list: asked.
        ("<article><ul>" + "".join(f"<li>{SENTENCE} Item {i}.</li>" for i in range(8))
         + "</ul></article>", 1),
    ],
)
def test_readability_runs_only_where_the_body_looks_deficient(
    monkeypatch: pytest.MonkeyPatch, markup: str, readability_runs: int,
) -> None:
    """newswire's call runs readability on a short or flagged body only."""
    calls = _readability_calls(monkeypatch)
    tree = load_page(f"<html><body>{markup}</body></html>")
    assert tree is not None
    body = trafilatura_body(tree, "https://example.com/news/budget-approved")
    assert body is not None
    assert SENTENCE in "".join(body.itertext())
    assert len(calls) == readability_runs


def test_trafilatura_alone_keeps_its_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside newswire's call (a bench's "trafilatura alone"), the comparison always runs."""
    with skipping_idle_fallbacks():
        pass  # installs the replacement
    calls = _readability_calls(monkeypatch)
    trafilatura.extract(f"<html><body><article>{ARTICLE}</article></body></html>")
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("inside", "recall", "comments", "backup_made"),
    [
        (True, False, False, False),  # newswire's call: made only if the comparison runs
        (True, True, False, True),  # the recall retry compares on every page
        (True, False, True, True),  # comments on: trafilatura reads it for a forum
        (False, False, False, True),  # trafilatura alone
    ],
)
def test_cleaned_backup_made_only_where_it_may_be_read(
    inside: bool, recall: bool, comments: bool, backup_made: bool,
) -> None:
    """trafilatura's copy of the cleaned tree (jusText's input) is left out inside newswire's
    call, balanced focus, comments off: the comparison makes it when it runs."""
    from contextlib import nullcontext

    from trafilatura.settings import Extractor

    with skipping_idle_fallbacks():
        pass  # installs the replacement
    tree = load_page(f"<html><body><article>{ARTICLE}</article></body></html>")
    options = Extractor(recall=recall, comments=comments)
    with skipping_idle_fallbacks() if inside else nullcontext():
        cleaned, backup = trafilatura.core._prepare_tree(tree, options, None)
    assert (backup is not None) is backup_made
    assert SENTENCE in "".join(cleaned.itertext())


@pytest.mark.parametrize(
    "markup",
    [
        f"<article><p>{SENTENCE}</p><figure><p>{SENTENCE} A caption.</p></figure></article>",
        f"<article><p>{SENTENCE}</p></article>",
        "<article><ul>" + "".join(f"<li>{SENTENCE} {i}.</li>" for i in range(8))
        + "</ul></article>",
    ],
)
def test_comparison_reads_the_backup_trafilatura_makes(
    monkeypatch: pytest.MonkeyPatch, markup: str,
) -> None:
    """Where the comparison runs, jusText's input, made only then, is the tree trafilatura's
    own backup is (the same cleaning of the same raw tree)."""
    seen: list[bytes] = []
    real = trafilatura.external.compare_extraction

    def spy(cleaned_tree: Any, *args: Any) -> Any:
        seen.append(etree.tostring(cleaned_tree))
        return real(cleaned_tree, *args)

    monkeypatch.setattr(trafilatura.external, "compare_extraction", spy)
    page = f"<html><body>{markup}</body></html>"
    tree = load_page(page)
    assert tree is not None
    ours = trafilatura_body(tree, None)
    theirs = trafilatura.bare_extraction(page, include_comments=False, output_format="txt")
    assert len(seen) == 2
    assert seen[0] == seen[1]
    assert ours is not None
    assert theirs is not None
    assert etree.tostring(ours) == etree.tostring(theirs.body)
