"""A French unnamed one who speaks (``Une ancienne aide-soignante ... a accepté de
témoigner``) is whom the next ``il``/``elle`` stands for, not a person named earlier."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The unnamed one says something: the pronoun after is theirs (w3, zb3 of the tuning).
    ("La directrice, Françoise Dupouy, n'a pas répondu. Une ancienne aide-soignante a accepté "
     "de témoigner. Elle avait alerté la direction à plusieurs reprises. « On nous répondait "
     "qu'il n'y avait pas d'argent », a-t-elle glissé.", "ancienne aide-soignante"),
    ("Marc-André Lussier, courtier, a vendu ses parts en mars. Un autre acheteur a affirmé "
     "avoir tout perdu. « Il y en a qui ont perdu leurs économies », a-t-il souligné.",
     "autre acheteur"),
    # Guards: one who says nothing (``est mort``) stands for no one the pronoun quotes; the
    # gender of ``une`` keeps ``il`` on the man named before.
    ("Un homme de 71 ans est mort dans l'incendie. Le maire, Karim Oudjane, est arrivé vers "
     "4 heures. Il a promis que « personne ne dormirait dehors ».", "Karim Oudjane"),
    ("Le maire, Karim Oudjane, est arrivé vers 4 heures. Une voisine a raconté la nuit. « On "
     "relogera tout le monde », a-t-il insisté.", "Karim Oudjane"),
])
def test_an_unnamed_one_who_speaks_is_the_next_pronoun(pipeline: Pipeline, body: str,
                                                       expected: str) -> None:
    """``a-t-elle glissé`` after ``Une ancienne aide-soignante a accepté de témoigner``: hers."""
    assert french_quotes(pipeline, body)[-1].speaker == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A definite role titled so before stands for its holder (w1 of the tuning).
    ("« On ne fermera pas cet équipement sans avoir tout essayé », a lancé le maire, Yannick "
     "Caradec, en ouverture de la séance.\n\nSon colistier, Hervé Guillou, ancien "
     "maître-nageur, a rappelé que 1 200 écoliers apprennent à nager chaque année. « Si on "
     "ferme, où vont-ils aller ? », a-t-il affirmé.\n\nLe maire a répondu que la commune "
     "n'avait « jamais envisagé » de priver les scolaires de leurs créneaux. Il a indiqué "
     "qu'une convention pourrait être signée avec la piscine de Quimper.", "Yannick Caradec"),
    # Guard: a role with its holder's name in its own words stands for no one else (q3:
    # the party the model typed a person, titled "sénateurs", took the "il").
    ("Les sénateurs Les Républicains menacent de rejeter la partie recettes du projet de loi "
     "de finances si l'exécutif ne renonce pas à la hausse de la taxe sur les transmissions "
     "d'entreprise.\n\nLa séance de mardi soir promettait d'être tendue ; elle l'a été. Au "
     "Palais du Luxembourg, le rapporteur général de la commission des finances, le sénateur "
     "de la Sarthe Philippe Vaugirard, a ouvert la discussion par un avertissement sans "
     "détour. « Nous ne voterons pas un budget qui fait payer aux entreprises familiales "
     "l'incapacité de l'État à tenir ses dépenses », a-t-il lancé depuis la tribune, sous les "
     "applaudissements de la droite.", "Philippe Vaugirard"),
])
def test_a_titled_role_stands_for_its_holder(pipeline: Pipeline, body: str,
                                             expected: str) -> None:
    """``Le maire a répondu ... Il a indiqué``: the mayor named before, not his colleague."""
    assert french_quotes(pipeline, body)[-1].speaker == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The parse makes the ``qui`` aside the sentence's verb: the unnamed one is the subject
    # of nothing, and its ``qui`` goes on to say (zl11, zl7 of the tuning).
    ("Daniel Mérion-Sylvestre promet des travaux. Un restaurateur de Deshaies, qui souhaite "
     "rester anonyme, explique avoir dû fermer plusieurs jours en pleine saison touristique. "
     "« Sans eau, pas de cuisine. J'ai perdu des milliers d'euros », dit-il.",
     "restaurateur de Deshaies"),
    ("Salma Berrada El Idrissi se dit confiante. Une fondatrice d'une jeune pousse dans "
     "l'agritech, qui a requis l'anonymat, estime que les succès médiatisés masquent la "
     "réalité. « On célèbre les licornes en oubliant le cimetière derrière », ironise-t-elle.",
     "fondatrice d'une jeune pousse dans l'agritech"),
    # Guards: a ``qui`` clause that says nothing brings in no one the pronoun quotes; nor
    # does one of a noun after a preposition (w5: ``d'un mouvement de grève qui s'annonce``).
    ("Frédéric Nouaille, secrétaire général du SNCTA, a parlé lundi. À la veille d'un "
     "mouvement de grève qui s'annonce très suivi, les passagers s'inquiètent. « Il n'y a "
     "jamais eu de vraies négociations », a-t-il dénoncé.", "Frédéric Nouaille"),
    ("Le maire, Karim Oudjane, est arrivé vers 4 heures. Un homme, qui dormait au premier "
     "étage, est mort dans l'incendie. « Personne ne dormira dehors », a-t-il promis.",
     "Karim Oudjane"),
    # ... nor one of a thing, though its clause says something (a report is no one ``il`` quotes).
    ("Le maire, Karim Oudjane, est arrivé vers 4 heures. Un rapport, qui souligne les retards, "
     "explique la situation. « Les délais sont intenables », a-t-il insisté.", "Karim Oudjane"),
])
def test_an_unnamed_one_speaking_past_its_aside(pipeline: Pipeline, body: str,
                                                expected: str) -> None:
    """``Un restaurateur ..., qui souhaite rester anonyme, explique ... dit-il``: his."""
    assert french_quotes(pipeline, body)[-1].speaker == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An unnamed one whose verb says nothing, right before a quote in the same paragraph
    # (zp1, zv5 of the tuning): the pronoun of that quote's incise is theirs.
    ("Le ministre Thomas Verlinden a défendu le calendrier devant les députés. Interrogé par "
     "Le Soir, un ingénieur du projet se montre peu surpris. « Tout le monde savait que le "
     "sous-sol était un casse-tête », glisse-t-il.", "ingénieur du projet"),
    ("La directrice Sophie Renard a défendu le projet. Une infirmière de l'hôpital, rencontrée "
     "devant l'entrée, se montre inquiète. « On a tenu avec des bouts de ficelle », "
     "confie-t-elle.", "infirmière de l'hôpital"),
    # Guards: no noun for a person (``homme`` and ``affirmation`` end as no doer's noun), or
    # the quote in another paragraph.
    ("Le ministre Thomas Verlinden a défendu le calendrier. Un homme de 71 ans est mort dans "
     "l'incendie. « Nous ferons toute la lumière sur ce drame », a-t-il assuré.",
     "Thomas Verlinden"),
    ("Le ministre Thomas Verlinden a défendu le calendrier. Un ingénieur du projet se montre "
     "peu surpris.\n\n« Nous tiendrons les délais », a-t-il assuré.", "Thomas Verlinden"),
])
def test_an_unnamed_one_right_before_a_quote(pipeline: Pipeline, body: str,
                                             expected: str) -> None:
    """``un ingénieur ... se montre peu surpris. « ... », glisse-t-il``: his, though
    ``se montrer`` says nothing."""
    assert french_quotes(pipeline, body)[-1].speaker == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A thing named by a noun with a doer's ending right before the quote is no one: the
    # pronoun stays the named speaker's (``dossier``, ``restaurant``, ``usine``, ``journée``,
    # ``quartier`` end like ``policier``, ``habitant``, ``voisine``, ``retraitée``).
    ("Jean Dupont, le maire, est inquiet. Un dossier sensible attend la commune. « Nous "
     "ferons face », assure-t-il.", "Jean Dupont"),
    ("Le maire Jean Dupont est inquiet. Un restaurant du centre a fermé ses portes. « Nous "
     "ferons face », assure-t-il.", "Jean Dupont"),
    ("La maire Marie Dupont est inquiète. Une usine de la région a fermé mardi. « Nous "
     "ferons face », assure-t-elle.", "Marie Dupont"),
    ("La maire Marie Dupont est inquiète. Une journée de grève est prévue jeudi. « Nous "
     "ferons face », assure-t-elle.", "Marie Dupont"),
    ("Le maire Jean Dupont est inquiet. Un quartier entier reste sans électricité. « Nous "
     "ferons face », assure-t-il.", "Jean Dupont"),
    # A person's noun that inflects for gender still stands in (``voisin``/``voisine``).
    ("Le maire Jean Dupont est inquiet. Un voisin du chantier se montre plus serein. « On "
     "verra bien », glisse-t-il.", "voisin du chantier"),
])
def test_a_thing_right_before_a_quote_is_no_one(pipeline: Pipeline, body: str,
                                                expected: str) -> None:
    """``Un dossier sensible attend la commune. « ... », assure-t-il``: the named mayor's."""
    assert french_quotes(pipeline, body)[-1].speaker == expected
