"""French sentences the parser cuts where no punctuation does
(:mod:`newswire.nlp.quotes.fr_parse.sentences_fr`): after an elided word, and before a comma."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes

# Shapes of the tuning articles za9, za11 and n13 (the parse cuts them only in context).
_AFTER_ELISION = (
    "Pour la critique Mathilde Ravenel, le choix du jury est « courageux ». « On aurait pu "
    "couronner un film plus spectaculaire. Récompenser celui-ci, c’est dire que le cinéma "
    "social a encore sa place, et qu’il peut être beau », juge-t-elle.\n"
    "D’après les derniers chiffres du Centre national du cinéma et de l’image animée (CNC), "
    "les premiers films représentent environ un tiers des films français agréés chaque année, "
    "mais moins de 10 % des entrées.")
_BEFORE_A_COMMA = (
    "La Confédération paysanne, elle, estime que la sécheresse doit servir à « remettre à "
    "plat » la répartition de l’eau. « On continue de délivrer des autorisations pour des golfs "
    "pendant qu’on coupe l’eau aux maraîchers », dénonce Élodie Roig, porte-parole "
    "départementale du syndicat.")
_INCISE_CUT_OFF = (
    "Dans un communiqué, l'entreprise explique devoir « adapter durablement ses capacités de "
    "production à un marché en profonde mutation ». Les exportations de la marque vers la "
    "Chine et Hong Kong ont reculé de 38% depuis le début de l'année, précise-t-elle.\n"
    "Le directeur général, Philippe Brenet, quatrième génération à la tête de la maison fondée "
    "en 1889, a reçu Le Temps dans son bureau qui surplombe les ateliers. L'homme a les traits "
    "tirés. « C'est le jour le plus difficile de ma carrière. Ma famille a traversé la crise du "
    "quartz, nous n'avons jamais licencié dans ces proportions », confie-t-il.")


@pytest.mark.parametrize(("body", "expected"), [
    # "D’" ended the sentence before: "après ..." opened none, and "D’après X," said nothing.
    (_AFTER_ELISION,
     ("les premiers films représentent environ un tiers des films français agréés chaque "
      "année, mais moins de 10 % des entrées", "indirect")),
    # "La Confédération paysanne || , elle, estime": the clause had no subject but "elle".
    (_BEFORE_A_COMMA,
     ("que la sécheresse doit servir à « remettre à plat » la répartition de l’eau",
      "Confédération paysanne")),
    # "... de l'année || , précise-t-elle.": the incise was a sentence of its own.
    (_INCISE_CUT_OFF,
     ("Les exportations de la marque vers la Chine et Hong Kong ont reculé de 38% depuis le "
      "début de l'année", "entreprise")),
])
def test_cut_sentences_joined(pipeline: Pipeline, body: str, expected: tuple[str, str]) -> None:
    """A sentence cut after an elided word or before a comma is read whole again."""
    quotes = french_quotes(pipeline, body)
    text, second = expected
    assert any(q.text == text and second in (q.kind, q.speaker) for q in quotes)


@pytest.mark.parametrize(("body", "expected"), [
    # "M. | Laflamme-Ouellet | estime que": three sentences, the verb had no subject.
    ("Le syndicat des cols bleus n'est pas convaincu. « Les gens ont le droit de se "
     "plaindre. »\nM. Laflamme-Ouellet estime que la Ville a recours de plus en plus à des "
     "sous-traitants pour des tâches que ses membres effectuaient autrefois.",
     ("que la Ville a recours de plus en plus à des sous-traitants pour des tâches que ses "
      "membres effectuaient autrefois", "Laflamme-Ouellet")),
    # "Demers-Lizotte | a ajouté qu'": a hyphenated name ends no sentence.
    ('Le gardien n\'a rien pu faire. "On a été laissés à nous-mêmes."\nDemers-Lizotte a '
     'ajouté qu\'il ne blâmait pas son gardien, qui a selon lui été "laissé à lui-même" sur au '
     'moins trois des cinq buts.',
     ('qu\'il ne blâmait pas son gardien, qui a selon lui été "laissé à lui-même" sur au moins '
      'trois des cinq buts', "Demers-Lizotte")),
])
def test_names_end_no_sentence(pipeline: Pipeline, body: str, expected: tuple[str, str]) -> None:
    """A title (``M.``) or a hyphenated name is no sentence's end: its verb keeps its subject."""
    quotes = french_quotes(pipeline, body)
    assert (expected[0], expected[1]) in [(q.text, q.speaker) for q in quotes]
