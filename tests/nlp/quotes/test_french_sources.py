"""French speakers the parse hides: a name set off after a role's phrase, the source after
an incise's verb, a city's administration, an organisation's cut name, a titled subject."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # A name set off after a role's phrase (its own words end at the comma) is the role's.
    ("« Nous devons construire plus », a déclaré le vice-président aux affaires "
     "réglementaires, Mathieu Desrosiers, devant les régisseurs.",
     [("Nous devons construire plus", "Mathieu Desrosiers")]),
    ("La directrice de l’école, Julie Roy, a parlé aux parents. « Nous n’avons pas le "
     "choix », a déclaré la présidente du conseil d’administration, Hélène Caron, devant la "
     "salle.",
     [("Nous n’avons pas le choix", "Hélène Caron")]),
    # The outermost role, and a name the parse already hung on the role's noun stays there
    # (not "maire" of "L'adjointe au maire chargée du logement").
    ("Trois familles ont été relogées par la mairie. L'adjointe au maire chargée du "
     "logement, Sandrine Runel, a assuré que la ville « accompagnerait chaque famille "
     "jusqu'à son retour ».",
     [("accompagnerait chaque famille jusqu'à son retour", "Sandrine Runel")]),
    # The source after an incise's verb is its subject, not a word of the quotation, and
    # a later "elle" finds her as the one who spoke.
    ("Le maire de Laval, Gilles Roy, a rencontré les parents. « Une école, ce n’est pas une "
     "dépense », fait valoir le maire.",
     [("Une école, ce n’est pas une dépense", "Gilles Roy")]),
    ("La journaliste Camille Roy a couvert l’audience. « C’est une hausse injustifiable », a "
     "affirmé sa porte-parole, Geneviève Lachapelle, à la sortie. Elle a rappelé que la loi "
     "plafonnait les hausses.",
     [("C’est une hausse injustifiable", "Geneviève Lachapelle"),
      ("que la loi plafonnait les hausses", "Geneviève Lachapelle")]),
    # "La Ville" is the city's administration named before; "la Ville de Laval" one name.
    ("La Ville de Trois-Rivières a annoncé lundi la fermeture du pont. La Ville estime que "
     "les travaux dureront deux ans.",
     [("la fermeture du pont", "Ville de Trois-Rivières"),
      ("que les travaux dureront deux ans", "Ville de Trois-Rivières")]),
    ("« C’est trop cher », fait savoir la Ville de Laval.",
     [("C’est trop cher", "Ville de Laval")]),
    # An organisation's name the model cut after its first word, or missed.
    ("Le Centre de services scolaire des Hautes-Laurentides a confirmé que l’école fermera "
     "en juin.",
     [("que l’école fermera en juin", "Centre de services scolaire des Hautes-Laurentides")]),
    ("Union des consommateurs estime qu’une telle hausse toucherait durement les ménages.",
     [("qu’une telle hausse toucherait durement les ménages", "Union des consommateurs")]),
    # "M. Ouellette" is the subject through its title: the "il" after it is he, not the
    # woman with a first name of no gender quoted before.
    ("Le président de la STM, Frédéric Ouellette, a défendu la décision. La porte-parole de "
     "Trajectoire Québec, Annie-Claude Bérubé, a critiqué la mesure. M. Ouellette n’exclut "
     "pas d’autres compressions. « Je ne veux pas faire peur aux gens », a-t-il conclu.",
     [("Je ne veux pas faire peur aux gens", "Frédéric Ouellette")]),
    # A lawyer's title before the name set off after a role's phrase, and after "Selon".
    ("Le président, Luigi Ferrari, a plaidé non coupable. « La preuve va démontrer qu’il a "
     "été averti », a déclaré la procureure aux poursuites criminelles et pénales, Me Sophie "
     "Ndiaye-Caron, dans son exposé.",
     [("La preuve va démontrer qu’il a été averti", "Sophie Ndiaye-Caron")]),
    ("Selon Me Ndiaye-Caron, un ingénieur avait signalé que les ancrages étaient corrodés.",
     [("un ingénieur avait signalé que les ancrages étaient corrodés", "Ndiaye-Caron")]),
    # "quant à elle" repeats the subject for contrast: the mayor speaks, not the ministry.
    ("La mairesse Isabelle Roy a présenté son budget mercredi. Le ministère des Affaires "
     "municipales a fait savoir qu'une demande était à l'étude. La mairesse a quant à elle "
     "répété qu'elle n'avait pas l'intention de revoir son budget.",
     [("qu'une demande était à l'étude", "ministère des Affaires municipales"),
      ("qu'elle n'avait pas l'intention de revoir son budget", "Isabelle Roy")]),
    # "se dire" + a state: the state's complement is what was said, not "déçue" alone.
    ("La conseillère indépendante Nathalie Côté-Ferland, elle, se dit déçue du report de la "
     "bibliothèque.",
     [("déçue du report de la bibliothèque", "Nathalie Côté-Ferland")]),
    # A "que" eight words after its verb of saying is still its clause.
    ("Sa mère, Lise Simoneau, a confié à La Presse pendant la pause qu’elle n’avait pas "
     "dormi de la nuit.",
     [("qu’elle n’avait pas dormi de la nuit", "Lise Simoneau")]),
])
def test_french_sources(pipeline: Pipeline, body: str,
                        expected: list[tuple[str, str | None]]) -> None:
    """Each quote's speaker once the French parse and names are read whole."""
    assert [(q.text, q.speaker) for q in french_quotes(pipeline, body)] == expected
