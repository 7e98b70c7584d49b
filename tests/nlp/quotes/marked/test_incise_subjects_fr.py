"""French incises whose verb the parse tagged a noun or adjective, or whose subject comes
after where or to whom it was said (:mod:`newswire.nlp.quotes.marked.incise_subjects_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.marked.incise_subjects_fr import incise_subject_cue
from tests.nlp.quotes.test_french import french_quotes

#: The model runs the radio's place into the person's name here (``Creuse Mathieu Lavaud``).
_GLUED = ("\"J'ai trouvé mes brebis mortes au petit matin. Certaines bougeaient encore. Il a "
          "fallu les abattre\", raconte au micro d'ici Creuse Mathieu Lavaud, l'éleveur "
          "touché, encore choqué.")


@pytest.mark.parametrize(("body", "expected"), [
    # "a réagi" tagged an adjective; "sur place" between the verb and the role; the holder
    # is apposed to the role.
    ("« C'est un drame épouvantable », a réagi sur place le maire, Karim Oudjane, arrivé "
     "vers 4 heures.", ["Karim Oudjane"]),
    # "raconte" tagged an adjective, "à l'AFP" between it and the name.
    ("« J'ai trouvé mes bêtes éventrées au petit matin », raconte à l'AFP "
     "Mathieu Lavaud, l'éleveur concerné.", ["Mathieu Lavaud"]),
    # Guard: an incise the parse read is read as before.
    ("« Pour un infarctus, c'est trop », calcule Michel Azéma, 67 ans.", ["Michel Azéma"]),
    # Guard: a name after "de" is whom it was said to, not who said it: the unnamed
    # neighbour speaks, by his phrase (frspeak36: before, nobody was read).
    ("« C'est un drame », raconte au micro de Marie Dupuis un voisin.", ["voisin"]),
    # A time phrase between the verb and the subject is when it was said, not who said it.
    ("« Le chantier avance », a réagi la semaine dernière sur place le maire, Henri Vasseur.",
     ["Henri Vasseur"]),
])
def test_incise_subject_after_an_adjunct(pipeline: Pipeline, body: str,
                                         expected: list[str]) -> None:
    """``« ... », a réagi sur place le maire, X``: the incise's subject speaks, past where or
    to whom it was said, whatever tag the parse gave its verb."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The entities stage has the person alone; the quote's speaker is that person.
    (_GLUED + " Mathieu Lavaud, lui, est rentré vers Bourganeuf.", ["Mathieu Lavaud"]),
    # Likewise when the stage has the place as a place of its own.
    ("\"J'ai trouvé mes vaches blessées au petit matin. Il a fallu appeler le vétérinaire\", "
     "raconte au micro d'ici Creuse Mathieu Lavaud, l'éleveur concerné, encore marqué. Les "
     "services de l'Etat en Creuse ont été prévenus. Mathieu Lavaud, lui, attend toujours.",
     ["Mathieu Lavaud"]),
    # Guard: a name the model did not glue is read as before.
    ("\"J'ai trouvé mes brebis mortes au petit matin. Il a fallu les abattre\", raconte au "
     "micro d'ici Creuse Julien Mercier, l'éleveur touché. La préfecture de la Creuse n'a pas "
     "répondu. Julien Mercier, lui, est rentré vers Bourganeuf.", ["Julien Mercier"]),
])
def test_a_place_glued_before_the_name_is_not_the_speakers(pipeline: Pipeline, body: str,
                                                          expected: list[str]) -> None:
    """``raconte au micro d'ici Creuse Mathieu Lavaud``: the person the entities stage found,
    not the model's name with the radio's place run into it."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("« Nous allons reconstruire », a déclaré la semaine dernière le ministre, Bruno Martin.",
     "Bruno"),
    ("« Nous avons eu très peur », a affirmé la nuit dernière le capitaine.", "capitaine"),
    ("« Tout a brûlé », a déclaré le lendemain un habitant.", "habitant"),
    ("« Nous avons tout perdu », a confié la veille à franceinfo une commerçante.",
     "commerçante"),
])
def test_incise_subject_skips_a_time_phrase(pipeline: Pipeline, body: str,
                                            expected: str) -> None:
    """``a déclaré la semaine dernière le ministre``: the incise's subject is past the time
    noun (``semaine``, ``nuit``, ``lendemain``, ``veille``), never the time noun itself."""
    doc = pipeline.models.full("fr")(body)
    close = max(t.i for t in doc if t.text == "»")
    cue = incise_subject_cue(doc, list(range(close + 1, len(doc))), FRENCH)
    assert cue is not None
    assert cue.speaker is not None
    assert cue.speaker.text == expected
