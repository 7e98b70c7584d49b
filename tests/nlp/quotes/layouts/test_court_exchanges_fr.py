"""Dash lines of a court exchange announced by its questioner alone alternate between that
court officer and the one person the article says is tried
(:mod:`newswire.nlp.quotes.layouts.court_exchanges_fr`; real model).

Texts are written for these tests, in the styles of other desks than the ones read.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes

_LINES = ("— Où est passé l'argent des dépôts ?\n\n"
          "— Je ne sais plus. Dans les fournisseurs, sans doute.\n\n"
          "— Vous n'avez jamais commandé de matériaux.\n\n"
          "— Si, au début. Après, tout est allé trop vite.\n\n")
_LINE_TEXTS = ["Où est passé l'argent des dépôts ?",
               "Je ne sais plus. Dans les fournisseurs, sans doute.",
               "Vous n'avez jamais commandé de matériaux.",
               "Si, au début. Après, tout est allé trop vite."]
_NOBODY = [None, None, None, None]

# a Québec daily: the accused set off after his name, a lawyer bare before, ``Me`` asks
_QUEBEC = ("Le procès de Mathieu Gravel, accusé de fraude envers des aînés, se poursuit au "
           "palais de justice de Sherbrooke. Son avocate, Me Julie Poirier, plaide la "
           "mauvaise gestion.\n\n"
           "L'échange avec le procureur de la Couronne, Me Louis Bérubé, a été tendu.\n\n")
# a Belgian assizes report: ``Jugé depuis …`` opens the sentence, the presiding judge asks
_ASSIZES = ("Jugé depuis lundi pour l'incendie de sa maison, Kevin Dumont, 33 ans, a nié "
            "toute intention criminelle. « Je n'ai rien allumé », a-t-il répété.\n\n"
            "La présidente, Anne Leclercq, est revenue longuement sur la nuit des faits.\n\n")
# a Swiss court desk: ``est jugé`` after the name and age, an extract announced
_SWISS = ("Karim Benali, 29 ans, est jugé pour le braquage d'une bijouterie de Lausanne. "
          "Le procureur général, Marc Favre, a requis six ans.\n\n"
          "Le président du tribunal, Pierre Rochat, a repris le dossier. Voici un extrait :\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    (_QUEBEC + _LINES, ["Louis Bérubé", "Mathieu Gravel", "Louis Bérubé", "Mathieu Gravel"]),
    (_ASSIZES + _LINES, ["Anne Leclercq", "Kevin Dumont", "Anne Leclercq", "Kevin Dumont"]),
    (_SWISS + _LINES, ["Pierre Rochat", "Karim Benali", "Pierre Rochat", "Karim Benali"]),
    # Guard: no court officer in the paragraph before the lines (an interview).
    ("Karim Benali, 29 ans, est jugé pour le braquage d'une bijouterie.\n\n"
     "Notre journaliste, Léa Morand, a rencontré sa sœur, Nadia Benali.\n\n" + _LINES,
     _NOBODY),
    # Guard: the paragraph before names two people; who asks is not said.
    (_QUEBEC.replace("Me Louis Bérubé,", "Me Louis Bérubé, et le juge Paul Tardif") + _LINES,
     _NOBODY),
    # Guard: a witness brought in after the accused is the one questioned (review52's shape).
    ("Patrice Lemay, 52 ans, est accusé de voies de fait sur son voisin.\n\n"
     "La victime, Gilles Fortier, a témoigné mardi au palais de justice de Longueuil.\n\n"
     "La procureure de la Couronne, Me Anne Dionne, a été patiente.\n\n" + _LINES, _NOBODY),
    # Guard: the one named beside the officer's word is an expert heard, no officer.
    ("Le procès de Karim Haddad, accusé d'avoir tué son frère, se poursuit à Namur.\n\n"
     "L'expert psychiatre Paul Lenoir a été entendu par la présidente.\n\n" + _LINES, _NOBODY),
    # Guard: a negation; nobody the article says is tried answers.
    ("Le procès de l'incendie de la rue Principale s'est ouvert à Moncton. Marc Tessier "
     "n'est pas accusé dans ce dossier.\n\n"
     "La juge, Sylvie Caron, a interrompu l'audience.\n\n" + _LINES, _NOBODY),
    # Guard (passes on base55), review53's F1: a lawyer's scrum, an official's press
    # conference: the officer answers journalists, no one tried is questioned; a
    # federation's president is no judge.
    ("Maxime Caron, accusé de fraude, a comparu brièvement.\n\nSon avocate, Me Chantal "
     "Dubé, a rencontré les journalistes à sa sortie.\n\n" + _LINES, _NOBODY),
    # Guard (passes on base55): a federation's president.
    ("Accusé de détournement, le trésorier Marc Girard a été suspendu.\n\nLe président de "
     "la fédération, Luc Bernard, a commenté la décision lundi.\n\n" + _LINES, _NOBODY),
    # Guard (passes on base55): ... and worded with no press word: a statement at the door
    # says no one is questioned.
    ("Accusée de fraude fiscale, l'ex-mairesse Lucie Demers a été libérée sous conditions."
     "\n\nLe procureur, Me Denis Caron, a fait une brève déclaration à la sortie de la "
     "salle.\n\n" + _LINES, _NOBODY),
    # Guard (passes on base55), review53's F2: a witness called as an object, or unnamed,
    # is the one questioned.
    ("Le procès de Mathieu Lavoie, accusé de fraude, s'est poursuivi mardi.\n\nLa Couronne a "
     "fait entendre son ancienne comptable, Lise Bernier.\n\nLa procureure, Me Julie Gagnon, "
     "a voulu comprendre les virements.\n\n" + _LINES, _NOBODY),
    # Guard (passes on base55): an unnamed witness.
    ("Le prévenu, Yannick Morel, 33 ans, est jugé pour escroquerie.\n\nLe témoin principal, "
     "un comptable, a été entendu en premier.\n\nLa présidente, Hélène Garnier, est revenue "
     "sur les comptes.\n\n" + _LINES, _NOBODY),
    # A regional daily's ``comparaissait`` says who is tried (the subject of comparaître).
    ("Il a gardé le regard baissé. Thierry Vasseur, 58 ans, ancien trésorier d'un club de "
     "rugby, comparaissait jeudi devant le tribunal correctionnel de Dax pour abus de "
     "confiance.\n\nL'échange avec la présidente, Mme Claire Duprat, a été tendu.\n\n"
     + _LINES, ["Claire Duprat", "Thierry Vasseur", "Claire Duprat", "Thierry Vasseur"]),
    # Guard: ``comparaître`` as a witness's verb (``comparaissait comme témoin``) still
    # leaves the one questioned unsaid when the article names another person tried.
    ("Le procès de Marc Lemoine, accusé d'escroquerie, s'est poursuivi. Paul Girard, 41 ans, "
     "comparaissait comme témoin.\n\nL'échange avec la présidente, Mme Claire Duprat, a été "
     "tendu.\n\n" + _LINES, _NOBODY),
    # review55 F5: a kin of the accused with the same surname came to testify: she is the one
    # questioned, not him (a regional daily's style)
    ("Franck Dubois, 45 ans, est accusé d'escroquerie. Sa sœur, Martine Dubois, est venue "
     "témoigner.\n\nL'échange avec la procureure, Me Anne Vial, a été tendu.\n\n" + _LINES,
     _NOBODY),
    # review55 F6: two people tried, the second ``est aussi accusé``: the text does not say
    # which one answers
    ("Samir Haddad, 29 ans, est jugé pour trafic de stupéfiants. Il n'est pas le seul : "
     "Julien Petit, 31 ans, est aussi accusé.\n\nLe juge, Paul Lemaire, a repris la "
     "chronologie.\n\n" + _LINES, _NOBODY),
])
def test_court_exchange(pipeline: Pipeline, body: str, expected: list[str | None]) -> None:
    """A court exchange announced by its questioner alternates questioner and accused."""
    quotes = {q.text: q.speaker for q in french_quotes(pipeline, body)}
    assert [quotes.get(text, "not found") for text in _LINE_TEXTS] == expected


_IN_MARKS = ("Jugée pour favoritisme, l'ancienne maire Hélène Vidal a nié toute faute.\n\n"
             "A la barre, Mme Vidal a reconnu des erreurs. L'échange avec le président du "
             "tribunal, Jean Roche, a marqué l'audience.\n\n"
             "« Vous signiez les bons de commande sans les lire ?\n\n"
             "– Je faisais confiance à mes services.\n\n"
             "– Même pour votre propre cousin ?\n\n"
             "– Je ne savais pas que c'était lui. »\n")
_IN_MARKS_TEXTS = ["Vous signiez les bons de commande sans les lire ?",
                   "Je faisais confiance à mes services.", "Même pour votre propre cousin ?",
                   "Je ne savais pas que c'était lui."]


def test_exchange_in_one_pair_of_marks(pipeline: Pipeline) -> None:
    """A court dialogue printed in one pair of quotation marks, a dash at each change of
    speaker (a national daily's style), alternates officer and accused from its first line."""
    quotes = {q.text.rstrip(" »"): q.speaker for q in french_quotes(pipeline, _IN_MARKS)}
    assert [quotes.get(text, "not found") for text in _IN_MARKS_TEXTS] == [
        "Jean Roche", "Hélène Vidal", "Jean Roche", "Hélène Vidal"]
