"""A fact check's claim signed after a dash on its line (``CLAIM: “...” — Gov. Ray Dillard
of Missouri``) is the signer's: past the label before it, with the signer's state after the
name and a double-barrelled surname (``quotes/byline.py``; real model, text written for these
tests after a tuning article's shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check

_CHECK = "Fact check of the debate.\n\n{claim}\n\nTHE FACTS: Mostly true."


@pytest.mark.parametrize(("body", "expected"), [
    (_CHECK.format(claim="CLAIM: \"We have had more than two million illegal crossings.\" — "
                         "Gov. Ray Dillard"),
     [("We have had more than two million", "Ray Dillard", "person")]),
    (_CHECK.format(claim="CLAIM: \"Violent crime in my state is down 30 percent since I took "
                         "office.\" — Gov. Ray Dillard of Missouri"),
     [("Violent crime in my state is down", "Ray Dillard", "person")]),
    (_CHECK.format(claim="CLAIM: \"Gas prices doubled under the current administration.\" — "
                         "Gov. Amanda Pryor-Keating of South Carolina"),
     [("Gas prices doubled", "Amanda Pryor-Keating", "person")]),
    # A sentence going on after the name is no signature.
    (_CHECK.format(claim="\"Gas prices doubled under the current administration.\" — Gov. "
                         "Amanda Keating of South Carolina said that at every stop"),
     [("Gas prices doubled", None, "unknown")]),
])
def test_a_claim_is_its_signers(pipeline: Pipeline, body: str,
                                expected: list[Expected]) -> None:
    """``CLAIM: “...” — Gov. Ray Dillard of Missouri``: Ray Dillard's."""
    check(pipeline, body, expected)
