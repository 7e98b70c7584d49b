"""A French speaker the writer does not name, introduced by ``un``/``une``, speaks by its
phrase (``un moniteur``)."""

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
    # A noun of one person ending in s/x (review36a's note: it was read as plural).
    ("L'usine a fermé en juin. « C'est fini, on ne reviendra pas », raconte un fils de "
     "l'ancien patron.", ("fils de l'ancien patron", "person")),
    ("La maison a brûlé dans la nuit. « On a tout perdu », dit un époux, encore sous le choc.",
     ("époux", "person")),
    # ... ``villageois`` too, though lowercase: an inhabitant needs a capital, a villager not.
    ("La maison a brûlé dans la nuit. « On a tout perdu », raconte un villageois, encore sous "
     "le choc.", ("villageois", "person")),
    # Guards: a named incise stays the name's; plural ``des`` is never one person; a
    # singular noun in s that names no person (``un devis``) is no one.
    ("Les travaux attendront. « La toiture est à refaire entièrement », conclut un devis "
     "transmis à la mairie.", (None, "unknown")),
    # ``-ais``/``-ois`` make an inhabitant only with a capital: ``un palais``, ``un relais``
    # name no one (round twenty's closing note).
    ("La décision est tombée. « C'est une honte », dénonce un palais de justice.",
     (None, "unknown")),
    ("La course a repris. « On passe le témoin », annonce un relais de la course.",
     (None, "unknown")),
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
