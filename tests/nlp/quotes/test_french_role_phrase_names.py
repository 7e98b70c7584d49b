"""Issue 14: a French incise naming the speaker by a role phrase and then, after a comma,
by the holder's name last in the sentence (``a lancé le secrétaire général de la
fédération, El Hadji Oumar Sarr.``) gives the quote to the person (real French model).

Sentences are written for these tests in the house style of French regional and African
papers.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

_LEAD = "Le syndicat a réagi mardi à l'annonce du plan social. "

ROWS = [
    (_LEAD + "« Le dossier est incomplet et nous le dirons au préfet », affirme sa secrétaire "
     "régionale, Céline Morand.", "Le dossier est incomplet", "Céline Morand"),
    (_LEAD + "« Les familles attendent des réponses depuis des mois », a affirmé leur "
     "vice-présidente aux relations publiques, Annie Tremblay-Gagnon.",
     "Les familles attendent", "Annie Tremblay-Gagnon"),
    (_LEAD + "« Nous irons jusqu'au bout de cette grève », a lancé le secrétaire général de la "
     "fédération, El Hadji Moussa Diop.", "Nous irons jusqu'au bout", "Moussa Diop"),
    # A name of the other sex than the role's noun is the complement's person, not the
    # role's holder (guards, review46: the mother's, the brother's words stay theirs).
    ("Le club a rendu hommage samedi à son ancien attaquant. « Il a toujours été courageux, "
     "même blessé », a réagi la mère du joueur, Paul Verdier.", "Il a toujours été courageux",
     "mère du joueur"),
    ("Le procès s'est ouvert lundi à Nanterre. « Elle était pleine de vie et de projets », a "
     "témoigné le frère de la victime, Sarah Benali.", "Elle était pleine de vie",
     "frère de la victime"),
    # The role's phrase goes on after the comma, no name ends the sentence (guard).
    (_LEAD + "« Les familles attendent des réponses depuis des mois », résume leur "
     "vice-présidente aux relations publiques, à la sortie de la réunion.",
     "Les familles attendent", "leur vice-présidente"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_role_phrase_names(pipeline: Pipeline, body: str, start: str,
                                  speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
