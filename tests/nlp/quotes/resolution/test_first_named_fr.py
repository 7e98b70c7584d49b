"""Issue 14: a French vox pop's lone first name set off by a comma (``Léa, 29 ans,``) is the
person the ``dit-elle`` after it stands for, not the one quoted in full before (real French
model).

Texts are written for these tests in the styles of regional dailies, national papers, Belgian,
Swiss and African dailies; each row's neighbour is a person named in full and quoted just
before, with the same gender, so the old reading (the quote before goes on) gives that one.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # a first name and an age, in a verbless sentence, after a woman quoted in full
    ("Au micro, sa présidente, Sylvie Brunet-Gacon, a dénoncé un abandon. « C'est une "
     "question d'égalité », a-t-elle lancé.\n\nParmi les manifestants, Léa, 29 ans, enceinte "
     "de sept mois. « Je n'ai pas dormi de la nuit », s'inquiète-t-elle.",
     "Je n'ai pas dormi", "Léa"),
    # the model reads the first name as a place; its age says it is a person
    ("Le maire, Jean-Marc Hocquard, a présenté le projet. « Nous avons voté le budget », "
     "a-t-il dit.\n\nKarim, 41 ans, père de trois enfants, se montrait plus compréhensif. "
     "« Il faut bien que quelqu'un paie le toit », estime-t-il.",
     "Il faut bien", "Karim"),
    # set off after a noun of kin, in a Swiss daily's style: passes on base56 (the quote's
    # speaker was already found without the rule), kept as a guard, pins nothing of the rule
    ("«Je ne partirai pas», lance Georges Salamin, 74 ans, éleveur, croisé à Sierre. Sa "
     "voisine, Marie-Claude, a déjà trouvé un logement à Sion. Le géologue cantonal, Anne "
     "Rochat, a rappelé les risques. «Personne ne reviendra avant l'été», a-t-elle dit.\n\n"
     "Plus loin, Martine, retraitée, range ses cartons. «J'ai pleuré en fermant la porte», "
     "souffle-t-elle.",
     "J'ai pleuré", "Martine"),
    # a trade set off after the first name, in an Ivorian daily's style
    ("« Nous voterons en février », a assuré la ministre, Awa Koné Traoré.\n\nAu marché "
     "d'Adjamé, Clarisse, commerçante de pagnes, hausse les épaules. « Le prix du riz ne "
     "baisse pas », lance-t-elle.",
     "Le prix du riz", "Clarisse"),
    # an epithet after the vox pop's quote is the vox pop's too, not the mayor's
    ("« Le site restera ouvert », a promis le maire, Thierry Vaillant.\n\nKévin, 27 ans, "
     "intérimaire depuis deux ans, ne souhaite pas donner son nom. « Je fais le même travail "
     "que les autres. » Le jeune homme dit vouloir « juste un peu de stabilité ».",
     "juste un peu de stabilité", "Kévin"),
    # a role after a vox pop is the one who holds it, never the passer-by
    ("« Le site restera ouvert », a promis le maire, Thierry Vaillant.\n\nKévin, 27 ans, "
     "intérimaire, attend la suite. « On verra bien », souffle-t-il. Le maire, lui, a fait "
     "savoir qu'il demandait « une rencontre avec le préfet ».",
     "une rencontre avec le préfet", "Thierry Vaillant"),
    # a child of the one quoted, set off after a possessive, is one she speaks of (review56 F5)
    ("« On ne s'en sort plus », dit Marie Dupont, mère de famille à Brest. Sa fille, Léa, "
     "8 ans, joue dans la cour. « Je travaille la nuit pour payer la cantine », "
     "ajoute-t-elle.",
     "Je travaille la nuit", "Marie Dupont"),
    # one the news befalls (a victim, one indicted) is spoken of, not speaking (review56 F7)
    ("La maire, Anne Hidalgo, a rendu hommage à la victime. Lola, 12 ans, avait été tuée en "
     "octobre. « Paris ne l'oubliera jamais », a-t-elle déclaré.",
     "Paris ne l'oubliera jamais", "Anne Hidalgo"),
    ("Le procureur, Marc Durand, a détaillé l'enquête. Karim, 23 ans, a été mis en examen "
     "pour meurtre. « Les faits sont d'une extrême gravité », a-t-il précisé.",
     "Les faits sont", "Marc Durand"),
    # the one quoted before goes on when no one is brought in between
    ("« Nous ne céderons pas », a affirmé le délégué syndical, Paul Mercier. Le piquet de "
     "grève tiendra jusqu'à lundi. « Nous irons jusqu'au bout », a-t-il ajouté.",
     "Nous irons jusqu'au bout", "Paul Mercier"),
    # a town set off by a comma after a preposition is no one
    ("« Le dossier avance », a dit la maire, Mathilde Roux. À Nancy, les travaux commencent "
     "lundi. « Nous serons prêts », a-t-elle assuré.",
     "Nous serons prêts", "Mathilde Roux"),
    # the surname of one named in full is that person, not a new one
    ("Le ministre, Pierre Martin, a reçu les syndicats. « Le dialogue reprend », a-t-il dit. "
     "Martin, lui, ne cache pas son agacement. « On perd du temps », regrette-t-il.",
     "On perd du temps", "Pierre Martin"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_vox_pop_first_name(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is the vox pop's (or, with none, the one before)."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote


@pytest.mark.parametrize("body", [
    "Au marché, Karim, ² ans, père de trois enfants, se montrait plus compréhensif. « On fera "
    "avec », estime-t-il.",
    "Le maire Jean Dupont a défendu le projet. Parmi les manifestants, Léa, ³⁴ ans, enceinte "
    "de sept mois. « On ne lâchera rien », dit-elle.",
])
def test_a_superscript_age_is_read_without_failing(pipeline: Pipeline, body: str) -> None:
    """A superscript digit where an age stands (``Karim, ² ans``) is no age and fails nothing."""
    from newswire.models import RawArticle

    event = pipeline.enrich(RawArticle(id="t", text=body))
    assert [q.text for q in event.quotes], event
