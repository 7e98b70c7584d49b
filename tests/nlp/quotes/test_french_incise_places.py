"""Issue 14: a French incise with to whom, where or how the source spoke before its subject
(``a confié à l'AFP X``, ``a assuré à la tribune X``, ``a commenté dans un communiqué X``)
gives the quote to that subject (real French model).

Texts are written for these tests in the house style of French and Belgian papers; and an
agency's name after the preposition's noun (``à l'agence TAP le directeur ..., X``), which
must not be taken for the speaker.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    ("\"On a l'impression de parler à un mur\", a confié à l'AFP Laëtitia Roumagnac, "
     "contrôleuse depuis douze ans à Toulouse.", "On a l'impression", "Laëtitia Roumagnac"),
    ("\"Ce n'est pas une menace, c'est un constat comptable\", a assuré à la tribune "
     "Pierre-Henri Vasseur, président de l'Assemblée des départements de France.",
     "Ce n'est pas une menace", "Pierre-Henri Vasseur"),
    ("\"Après beaucoup de réflexion, nous sommes convaincus\", a commenté dans un communiqué "
     "Anne-Catherine Dumoulin, présidente du conseil.", "Après beaucoup de réflexion",
     "Anne-Catherine Dumoulin"),
    # the agency's name is the preposition's phrase: the role after it speaks, by its name
    ("« Cette mesure est nécessaire. Elle sera levée dès que possible », a déclaré à l'agence "
     "TAP le directeur de l'exploitation à la SONEDE, Hatem Ben Slimane.",
     "Cette mesure est nécessaire", "Hatem Ben Slimane"),
    # guards: the name after the preposition's noun is that medium's, not a speaker
    ("Le ministre a réagi mardi matin. « Nous ne céderons pas », a déclaré à la radio RTL.",
     "Nous ne céderons pas", None),
    ("Le ministre a réagi mardi. « Nous ne céderons pas », a déclaré sur la chaîne BFMTV.",
     "Nous ne céderons pas", None),
    # round thirty-eight (frnat55): the outlet named with no article, or with its preposition
    # in one word, before the name (zzzt8, zb13), or before a definite office (zzzzb11, zzzj9)
    ("« Nous irons jusqu'au bout », explique au Figaro Nathalie Berthier, secrétaire "
     "générale du syndicat.", "Nous irons jusqu'au bout", "Nathalie Berthier"),
    # (this row and the next pass on base55 too: the model's own parse gets them; neighbours)
    ("« Rien n'est acté à ce stade », confie au Soir Pascal Dubreucq, député fédéral.",
     "Rien n'est acté", "Pascal Dubreucq"),
    ("« La ligne ne changera pas », a assuré sur RTL la porte-parole du gouvernement, "
     "Sophie Marchal.", "La ligne ne changera pas", "Sophie Marchal"),
    ("« Rien n'est joué pour les paroisses », a confié à La Croix Jean-Paul Mercier, "
     "évêque de Nantes.", "Rien n'est joué", "Jean-Paul Mercier"),
    # from the tribune, at a press conference, a definite office and its name (zzzt14, zzzp9)
    ("« Le texte sera retiré », a déclaré depuis la tribune le ministre de l'Intérieur, "
     "Marc Delorme.", "Le texte sera retiré", "Marc Delorme"),
    # (passes on base55 too, as does the next row: neighbours)
    ("« Nous sommes prêts à discuter », a expliqué en conférence de presse la présidente de "
     "la région, Claire Vidal.", "Nous sommes prêts", "Claire Vidal"),
    # a word of when between the verb and an unnamed source (zzzzi1)
    ("« On ne pouvait pas faire autrement », résumait mardi un conseiller de l'Elysée.",
     "On ne pouvait pas faire", "conseiller de l'Elysée"),
    # guards (pass on base55): the one spoken to is not the speaker; an inverted pronoun
    # keeps its reading
    ("« Tenez bon », a dit à Lucie Fabre son adjoint, Karim Sall.", "Tenez bon", "Karim Sall"),
    ("Pierre Roy était à Lille lundi. « Nous ne céderons pas », a-t-il assuré à la presse le "
     "12 mars.", "Nous ne céderons pas", "Pierre Roy"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_incise_places(pipeline: Pipeline, body: str, start: str,
                              speaker: str | None) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
