"""Issue 14: a French incise pronoun (``assure-t-il``) right after the sentence that brings
in one unnamed person (``Un haut fonctionnaire du ministère, qui a requis l'anonymat, va plus
loin.``) is that person's, whatever the parse made of the sentence (real French model;
:func:`newswire.nlp.quotes.marked.brought_in_fr.brought_in_speaker`).

Sentences are written for these tests in several outlets' styles (wire copy with straight
quotes, « » of the French press, Québec's curly quotes); names are invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    ('"Le calendrier est tenu", a déclaré jeudi le ministre, Paul Girard. Un haut '
     "fonctionnaire du ministère, qui a requis l'anonymat, va plus loin. \"Ce projet n'a "
     'jamais été financé", assure-t-il.', "Ce projet n'a jamais",
     "haut fonctionnaire du ministère"),
    ("« Nous rouvrirons le service en mars », a promis la directrice, Anne Roussel. À Brest, "
     "un ancien cadre de l'hôpital, aujourd'hui retraité, se montre sceptique. « On nous "
     "promet ça depuis dix ans », estime-t-il.", "On nous promet", "ancien cadre de l'hôpital"),
    ("“Le dossier avance bien”, a assuré la mairesse, Julie Tremblay. Une employée de la "
     "Ville, qui a demandé à ne pas être nommée, décrit une autre réalité. “On manque de "
     "tout depuis l'été”, confie-t-elle.", "On manque de tout", "employée de la Ville"),
    # Guard: a name apposed to the one brought in speaks under that name.
    ("« Le site restera ouvert », a promis le directeur, Marc Petit. Un ancien cadre de "
     "l'usine, Jean Morel, se montre plus critique. « Personne ne croit à ce plan », "
     "estime-t-il.", "Personne ne croit", "Jean Morel"),
    # Guard: one of the other gender is not the pronoun's.
    ("« Le pont restera fermé », a déclaré le maire, Louis Carré. Une habitante du quartier "
     "attendait devant la barrière. « Nous suivons la situation de près », a-t-il ajouté.",
     "Nous suivons la situation", "Louis Carré"),
    # Guard: a sentence whose subject is someone else brings no one in (``un voisin`` is
    # whom the one named before describes).
    ("« On n'a rien entendu de la nuit », assure Paul Lemoine, qui habite à deux maisons de "
     "là. Le retraité décrit un voisin « discret et serviable ». « Il me donnait ses "
     "tomates tous les étés », souffle-t-il.", "Il me donnait", "Paul Lemoine"),
    # Guard: the one brought in asks; the one asked answers.
    ("« Les travaux commenceront en mai », a promis la maire, Claire Dumas. Une habitante "
     "l'interpelle sur le bruit du chantier. « Nous limiterons les horaires », répond-elle.",
     "Nous limiterons les horaires", "Claire Dumas"),
    # Guard: one met as an object after the sentence's verb is brought in by nobody.
    ("« Le pont restera fermé », a déclaré le maire, Louis Carré. Le préfet a reçu un "
     "agriculteur de la commune dans la matinée. « Nous indemniserons chacun », a-t-il ajouté.",
     "Nous indemniserons chacun", "Louis Carré"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_one_brought_in_speaks(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
