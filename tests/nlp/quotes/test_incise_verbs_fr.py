"""French incises with ``sourire`` and ``justifier`` are cues: the name after them speaks."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # "sourit" inside the guillemets cuts them: both parts are his.
    ("D'ici là, à Lans-en-Vercors, on scrute le ciel. « On a des bonnes nouvelles pour "
     "mercredi, paraît-il, sourit Bruno Achard. On croise les doigts. »",
     ["Bruno Achard", "Bruno Achard"]),
    # "sourit" after typographic quotes, the role's holder named earlier.
    ("Dans le rôle principal, la comédienne Sabrina Toulouse, venue du théâtre, a elle aussi "
     "été remarquée : elle repart avec le prix d’interprétation. “Inès m’a demandé de ne "
     "jamais jouer la fatigue, mais de la laisser venir”, sourit l’actrice de 41 ans.",
     ["Sabrina Toulouse"]),
    # "a justifié" with the role's holder set off after it.
    ("« Nous ne faisons pas ce choix de gaieté de cœur », a justifié le directeur général, "
     "Pascal Vermeulen, dans un message adressé aux salariés.", ["Pascal Vermeulen"]),
    # Guard: a verb of saying already known, as before.
    ("« On croise les doigts », confie Bruno Achard.", ["Bruno Achard"]),
])
def test_more_verbs_of_incises(pipeline: Pipeline, body: str, expected: list[str]) -> None:
    """``», sourit Bruno Achard``: an incise with a verb newly listed names its speaker."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == expected
