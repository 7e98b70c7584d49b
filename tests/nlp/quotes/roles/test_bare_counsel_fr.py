"""Issue 14: a lawyer's ``le conseil`` speaks as the lawyer named before (``Me X``) when a
clause set off by a comma follows it, as when it stands alone (real French model).

Texts written for these tests in the styles of a Dakar, an Abidjan and a Paris court report,
with the neighbour ``le conseil municipal, qui ...`` (a council).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # Dakar: the company is a civil party; its lawyer named, then "le conseil, qui ..."
    ("WariCash Sénégal s'est constituée partie civile. Son avocat, Me Aliou Badara Ndour, a "
     "plaidé la relaxe. « Ma cliente n'a rien touché », a soutenu le conseil, qui a rappelé "
     "que sa cliente avait collaboré.",
     "Ma cliente n'a rien touché", "Aliou Badara Ndour"),
    # Abidjan: the lawyer named with her title only, a prosecutor between
    ("La défense, assurée par Me Awa Diabaté, a plaidé l'acquittement. Le procureur "
     "Yao Konan a requis dix ans. « Le dossier est vide », a lancé le conseil, qui a dénoncé "
     "une enquête à charge.",
     "Le dossier est vide", "Awa Diabaté"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_bare_counsel(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is the lawyer's."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote


def test_council_with_its_clause_is_no_lawyer(pipeline: Pipeline) -> None:
    """``le conseil municipal, qui ...`` after a lawyer is the council, not the lawyer."""
    quote = french_quote_starting(
        pipeline, "Son avocat, Me Paul Diouf, a fait appel. « Le projet est suspendu », a "
        "annoncé le conseil municipal, qui a voté lundi.", "Le projet est suspendu")
    assert quote.speaker != "Paul Diouf", quote
