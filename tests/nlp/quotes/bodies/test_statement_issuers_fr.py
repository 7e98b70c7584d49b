"""A French ``Le texte``, ``Le communiqué``, ``La lettre`` going on about a statement an
organisation issued speaks as that organisation; a person's letter, a report, a paper
someone received or consulted keep their phrase:
:mod:`newswire.nlp.quotes.bodies.statement_issuers_fr` (real model; sentences written for
these tests in the styles of several outlets, none copied from a set)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # A wire's ``Dans un communiqué, X a ...`` then ``Le texte`` (was "texte").
    ("Dans un communiqué publié lundi, le ministère de la Santé publique a annoncé une "
     "campagne de vaccination. Le texte précise que les doses seront « gratuites pour tous "
     "les enfants ».",
     "gratuites pour", "ministère de la Santé publique"),
    # A regional daily's ``X a publié un communiqué`` then ``Le communiqué``, a person named
    # bare in the paragraph before.
    ("Moussa Diop a été reçu à la primature mardi.\n\n"
     "La Fédération nationale des éleveurs a ensuite publié un communiqué. Le communiqué "
     "affirme que « des couloirs de transhumance sécurisés » seront ouverts.",
     "des couloirs", "Fédération nationale des éleveurs"),
    # A negation in the statement's sentence.
    ("La Confédération des syndicats autonomes n'a pas tardé à réagir dans un communiqué. Le "
     "texte ne juge pas « acceptable » une hausse de 12 % des tarifs.",
     "acceptable", "Confédération des syndicats autonomes"),
    # ``Dans un communiqué rendu public ...`` the parse leaves with no verb as its root
    # (frorgs51): the subject after the fronted phrase's comma.
    ("Dans un communiqué rendu public samedi à Dakar, le ministère de l'Hydraulique précise "
     "que les coupures dureront trois jours. Le texte rappelle que l'eau restera « potable "
     "et contrôlée chaque jour ».", "potable", "ministère de l'Hydraulique"),
    # A body's post on its social page (frorgs51): a club's, then a body named by its sort
    # only, the post set off by a participle; a negation in the paragraph before.
    ("Sur son compte Instagram, le Stade lavallois a publié un message aux supporters après "
     "la défaite. « On ne lâche rien, rendez-vous samedi », indique la publication.",
     "On ne lâche", "Stade lavallois"),
    ("La mairie n'a pas souhaité réagir. Sur sa page Facebook, un collectif de parents "
     "d'élèves a exprimé sa colère. « Nos enfants ne sont pas des cobayes », peut-on lire "
     "dans la publication, largement partagée.", "Nos enfants", "collectif de parents d'élèves"),
    # Guard: a person's post keeps its phrase, as before (a person's kind is not a body's).
    ("Sur sa page Facebook, le maire Jean Roussel a réagi dans la soirée. « Je suis choqué par "
     "ces images », peut-on lire dans la publication.", "Je suis choqué", "publication"),
    # Guards, as before the rule: a person's open letter keeps its phrase ...
    ("Dans une lettre ouverte publiée jeudi, l'écrivain Amadou Sow interpelle le "
     "gouvernement. La lettre dénonce « un mépris profond pour les artistes ».",
     "un mépris", "lettre"),
    # ... a report speaks as itself ...
    ("L'Observatoire national de la pauvreté a publié mardi son rapport annuel. Le texte "
     "souligne que « la précarité progresse dans les villes moyennes ».",
     "la précarité", "texte"),
    # ... and the newspaper that consulted a letter did not write it.
    ("Dans une lettre que Le Soleil a pu consulter, la direction du port annonce des départs. "
     "La lettre évoque « une restructuration devenue inévitable ».",
     "une restructuration", "lettre"),
])
def test_statement_speaks_as_the_body_that_issued_it(pipeline: Pipeline, body: str,
                                                     quote: str, speaker: str) -> None:
    """The speaker of a quote whose subject is a definite statement noun."""
    assert french_quote_starting(pipeline, body, quote).speaker == speaker
