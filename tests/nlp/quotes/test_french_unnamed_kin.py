"""Issue 14: French quotes of one unnamed member of a group, of someone's relative, and of a
person called by a demonym go to that person (real French model).

Texts are written for these tests in the house style of French, Belgian, Swiss and Québec
papers: ``résume l'un d'eux`` after a group, ``La mère de l'accusé ... a-t-elle dit`` in a
court report, ``lâche la Lausannoise`` and ``a glissé l'ancien défenseur lensois`` after
the person is named; and where none of these rules may reach (``la Fédération``, ``la
Couronne`` speak as bodies; ``la mère de famille`` is the woman named before).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # one of a group just told, unnamed: the phrase speaks, as one person
    ("À la sortie de l'audience, les proches des résidents se disaient partagés. « On attend "
     "une peine qui marque », résumait l'un d'eux.",
     "On attend une peine", "l'un d'eux"),
    ("Plusieurs élues de la majorité reconnaissent que le texte est symbolique. « C'est un "
     "message politique, rien de plus », admet l'une d'elles.",
     "C'est un message politique", "l'une d'elles"),
    # someone's relative is a person of their own, and the "elle" after her is hers
    ("L'avocate générale, Hélène Durand, a requis quinze ans. La mère de l'accusé, entendue "
     "en fin de journée, a demandé pardon à la famille. « Je pense à cette femme tous les "
     "jours », a-t-elle dit.",
     "Je pense à cette femme", "mère de l'accusé"),
    ("Le maire, Paul Girard, a confié son émotion.\n\nSur Facebook, la fille du septuagénaire a "
     "publié mercredi un long message. « Mon père était un homme doux, qui n'a jamais fait de "
     "mal à personne », a-t-elle écrit.",
     "Mon père était un homme doux", "fille du septuagénaire"),
    # "la mère de famille" is the woman named before, not a relative of a family
    ("Il était 2 heures quand l'odeur a réveillé Samira Benhaddou. « J'ai vu la fumée passer "
     "sous la porte », raconte la mère de famille.",
     "J'ai vu la fumée", "Samira Benhaddou"),
    # a demonym after "le"/"la" is the person named before, not a people or a place
    ("Infirmière aux urgences depuis onze ans, Céline Pasche a signé la lettre. « Des "
     "patients attendent douze heures sur un brancard », lâche la Lausannoise.",
     "Des patients attendent", "Céline Pasche"),
    # ... the one named in the sentence before the quote, whatever their role there
    ("Le capitaine Benoît Pirson a salué le point. Puis vint la délivrance, par Mbuyi, "
     "défenseur central monté aux avant-postes, dont Jordan Mbuyi se souviendra. "
     "\"J'ai fermé les yeux\", rigolait le Bruxellois.",
     "J'ai fermé les yeux", "Jordan Mbuyi"),
    # a place's adjective after an epithet is no name beside it
    ("Joint par La Voix du Nord, Laurent Vasseur n’a pas souhaité s’étendre. “Je suis déçu "
     "mais pas surpris. Dans le foot, c’est comme ça”, a glissé l’ancien défenseur lensois.",
     "Je suis déçu", "Laurent Vasseur"),
    # a body's noun of those endings speaks as the body
    ("Le chauffeur, Marc Roy, comparaissait mardi. « Il savait que c'était dangereux », a "
     "soutenu la Couronne.",
     "Il savait que c'était dangereux", "Couronne"),
    # a country, a paper or a company after a lower-case article is no demonym epithet: it
    # speaks as itself, never as the person named before (review44b)
    ("Le ministre Paul Girard était à Rome mardi. « Nous condamnons cette attaque », a réagi "
     "le Vatican dans un communiqué.", "Nous condamnons cette attaque", "Vatican"),
    ("Le président Ali Khan a été reçu à l'Élysée. « Nous démentons toute implication », a "
     "répondu le Pakistan.", "Nous démentons toute implication", "Pakistan"),
    ("Le directeur, Marc Favre, a présenté les comptes lundi. « Le bénéfice a doublé », annonce "
     "la Lausannoise dans un communiqué.", "Le bénéfice a doublé", "Lausannoise"),
    # an age or "jeune fille" makes no one's relative: the girl named before
    ("Emma Petit a vu l'incendie depuis sa fenêtre. « J'ai crié très fort », raconte la jeune "
     "fille de 16 ans.", "J'ai crié très fort", "Emma Petit"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_unnamed_kin_and_demonyms(pipeline: Pipeline, body: str, start: str,
                                         speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
