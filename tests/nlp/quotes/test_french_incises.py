"""French cues the guillemets or the sentence splitter hid: an incise inside the quotation
marks cuts them, and no sentence starts between an incise's verb and its speaker."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The parser cut a sentence after "estime": the speaker was a sentence of its own.
    ("« Il est très rare qu’un constructeur soit poursuivi au criminel », estime Julie "
     "Fortin-Abara, professeure de droit à l’Université de Montréal.",
     [("Il est très rare qu’un constructeur soit poursuivi au criminel",
       "Julie Fortin-Abara")]),
])
def test_french_sentences_keep_their_speaker(pipeline: Pipeline, body: str,
                                             expected: list[tuple[str, str | None]]) -> None:
    """No sentence starts right after a word: an incise's speaker stays in its sentence."""
    assert [(q.text, q.speaker) for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The incise inside the guillemets speaks for both parts (not the man quoted before).
    ("La mairesse Isabelle Rondeau a présenté le budget. « Nous avons tout revu », a dit le "
     "ministre Jean Roy. « On a regardé chaque ligne, a-t-elle ajouté. Ce qui reste, ce sont "
     "des services. »",
     [("Nous avons tout revu", "Jean Roy"), ("On a regardé chaque ligne", "Isabelle Rondeau"),
      ("Ce qui reste, ce sont des services.", "Isabelle Rondeau")]),
    # A named incise, past the full stop of "M.".
    ("La mairesse Isabelle Rondeau a présenté le budget. M. Roy était présent. « On peut "
     "discuter des détails, a affirmé M. Roy. Mais les chiffres sont les chiffres. »",
     [("On peut discuter des détails", "Roy"),
      ("Mais les chiffres sont les chiffres.", "Roy")]),
    # Participles listing what was done are no incise: the quotation stays whole.
    ("« Nous avons tout essayé, dénoncé les abus, alerté les autorités », a dit Isabelle "
     "Rondeau.",
     [("Nous avons tout essayé, dénoncé les abus, alerté les autorités", "Isabelle Rondeau")]),
])
def test_french_incise_inside_quotation(pipeline: Pipeline, body: str,
                                        expected: list[tuple[str, str | None]]) -> None:
    """A cue set inside the guillemets after a comma cuts the quotation around it."""
    assert [(q.text, q.speaker) for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "-elle" is the woman quoted just before, not the one named before her (a subject).
    ("Une femme de 36 ans, Karine Simoneau, a perdu la vie dans l’effondrement.\n\n"
     "Selon la procureure Sophie Caron, l’accusé avait été averti à trois reprises.\n\n"
     "« Ce n’était pas une fatalité, a-t-elle poursuivi. C’était un choix. »",
     [("l’accusé avait été averti à trois reprises", "Sophie Caron"),
      ("Ce n’était pas une fatalité", "Sophie Caron"), ("C’était un choix.", "Sophie Caron")]),
    # A man quoted before: "-elle" is not he, but the woman named before him.
    ("La mairesse Isabelle Rondeau a présenté le budget.\n\n"
     "Selon le conseiller Jean Tremblay, la hausse est trop forte.\n\n"
     "« On a regardé chaque ligne, a-t-elle répliqué. Le reste est incompressible. »",
     [("la hausse est trop forte", "Jean Tremblay"),
      ("On a regardé chaque ligne", "Isabelle Rondeau"),
      ("Le reste est incompressible.", "Isabelle Rondeau")]),
])
def test_french_incise_pronoun_goes_on(pipeline: Pipeline, body: str,
                                       expected: list[tuple[str, str | None]]) -> None:
    """An incise's inverted pronoun is the person quoted just before when the gender fits."""
    assert [(q.text, q.speaker) for q in french_quotes(pipeline, body)] == expected

