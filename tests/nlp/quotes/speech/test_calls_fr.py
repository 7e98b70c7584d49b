"""``appeler``/``inviter`` (quelqu'un) ``à « … »`` report a call
(:mod:`newswire.nlp.quotes.speech.calls_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # A title before the name set off by commas; a quote of six words (right before the
    # rule too: a neighbour it must keep).
    ("La présidente de l'association, Aminata Koné, a appelé les autorités à « rétablir le "
     "dialogue avec les éleveurs ».",
     [("rétablir le dialogue avec les éleveurs", "Aminata Koné")]),
    # An organisation, the present tense, a quote of four words.
    ("Le syndicat appelle le gouvernement à « revoir sa copie avant l'été ».",
     [("revoir sa copie avant l'été", "syndicat")]),
    # A pronoun after a person named bare; a second person in the paragraph.
    ("Fatou Diallo, présidente des transitaires, a rencontré le ministre lundi. Elle l'a "
     "appelé à « prendre ses responsabilités ».",
     [("prendre ses responsabilités", "Fatou Diallo")]),
    # Guard: an idiom of summoning, no call: the short quote stays a scare quote.
    ("Le club a appelé l'ancien entraîneur « à la rescousse » après la défaite.", []),
    # Guard: in the passive, who is called does not speak (the short quote stays dropped).
    ("Le ministre a été appelé à « revoir sa copie » par les syndicats.", []),
    # Guard: no "à": calling someone is no call for anything.
    ("Le maire Paul Ferré a appelé les pompiers « vers minuit » samedi.", []),
])
def test_calls(pipeline: Pipeline, body: str, expected: list[tuple[str, str | None]]) -> None:
    """The quoted words after ``à`` are what the caller asked, spoken by the caller."""
    quotes = [q for q in french_quotes(pipeline, body) if q.kind != "indirect"]
    assert [(q.text, q.speaker) for q in quotes] == expected
