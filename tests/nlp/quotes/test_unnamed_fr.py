"""A French speaker the writer does not name, introduced by ``un``/``une``, speaks by its
phrase (``un moniteur``); a role's adjectives after it do not hide its apposed holder."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # An unnamed one, after the incise's verb: the phrase, as the reader is told.
    ("Les réservations s'effondrent. « Les familles appellent tous les jours. On leur dit la "
     "vérité », résume un moniteur.", ("moniteur", "person")),
    ("Même tonalité chez les pongistes. « Depuis deux ans, on refuse des inscriptions, faute "
     "de place », regrette une bénévole du club, qui n'a pas souhaité donner son nom.",
     ("bénévole du club", "person")),
    ("Plusieurs habitants croisés à la sortie se disaient soulagés, mais méfiants. « Reporter, "
     "ce n'est pas sauver », glissait un retraité, abonné à la piscine depuis son ouverture.",
     ("retraité", "person")),
    # Guards: a named incise stays the name's; plural ``des`` is never one person.
    ("Le maire a parlé lundi. « Le chantier avance », a assuré Henri Vasseur.",
     ("Henri Vasseur", "person")),
    ("La grève continue. « On ne lâchera rien », affirment des salariés.",
     (None, "unknown")),
])
def test_an_unnamed_one_speaks_by_its_phrase(pipeline: Pipeline, body: str,
                                             expected: tuple[str, str]) -> None:
    """``», résume un moniteur``: one unnamed person, named by the phrase (it had none)."""
    quote = french_quotes(pipeline, body)[0]
    assert (quote.speaker, quote.speaker_kind) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hangs the name on the verb, after the role's adjective and a comma.
    ("Bayonne a battu Toulouse au stade Jean-Dauger. « On n'a jamais lâché. À la mi-temps, "
     "personne n'a crié dans le vestiaire », a raconté le capitaine bayonnais, Xabi Larralde, "
     "encore essoufflé en zone mixte.", "Xabi Larralde"),
    # Guard: no adjective, as before.
    ("Bayonne a battu Toulouse. « Le carton change tout », a estimé le manager, Peio "
     "Arrieta.", "Peio Arrieta"),
])
def test_a_name_after_the_role_and_its_adjective(pipeline: Pipeline, body: str,
                                                 expected: str) -> None:
    """``a raconté le capitaine bayonnais, Xabi Larralde,``: the name set off after the
    role's adjective is its holder (not a name from earlier in the article)."""
    assert french_quotes(pipeline, body)[0].speaker == expected
