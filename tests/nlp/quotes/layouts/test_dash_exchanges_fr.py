"""Dash lines after a French paragraph saying who questions whom alternate between the two
(:mod:`newswire.nlp.quotes.layouts.dash_exchanges_fr`; real model).

Texts are written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from newswire.models import Field_
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.layouts.dash_exchanges_fr import with_dash_speakers
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.resolution.named import Speaker
from tests.nlp.quotes.test_french import french_quotes

_OPENING = ("Le procès de Julien Marchetti s'est ouvert lundi devant le tribunal correctionnel "
            "de Nancy.\n\n")
_ASKED = ("Le président du tribunal, Bernard Lacombe, a interrogé Julien Marchetti sur la "
          "soirée.\n\n")
_LINES = ("— Pourquoi êtes-vous revenu sur les lieux ?\n\n"
          "— Je voulais m'excuser. Je ne pensais pas qu'il porterait plainte.\n\n"
          "— Vous aviez bu, ce soir-là ?\n\n"
          "— Un peu, comme tout le monde.\n\n")
_LINE_TEXTS = ["Pourquoi êtes-vous revenu sur les lieux ?",
               "Je voulais m'excuser. Je ne pensais pas qu'il porterait plainte.",
               "Vous aviez bu, ce soir-là ?", "Un peu, comme tout le monde."]


@pytest.mark.parametrize(("body", "expected"), [
    (_OPENING + _ASKED + _LINES,
     ["Bernard Lacombe", "Julien Marchetti", "Bernard Lacombe", "Julien Marchetti"]),
    # Guard: no paragraph says who asks; the lines keep no speaker.
    (_OPENING + "La salle était comble pour cette première journée.\n\n" + _LINES,
     [None, None, None, None]),
])
def test_dash_exchange(pipeline: Pipeline, body: str, expected: list[str | None]) -> None:
    """An announced dash exchange alternates asker and asked, the asker first."""
    quotes = {q.text: q.speaker for q in french_quotes(pipeline, body)}
    assert [quotes.get(text, "not found") for text in _LINE_TEXTS] == expected


@pytest.mark.parametrize(("field", "expected"), [
    # The asker's line, as the body gives it.
    ("body", "Bernard Lacombe"),
    # review54b A7 (zq7): a headline quote whose offsets fall on the body's first dash line
    # keeps no speaker: a headline's offsets are not the body's.
    ("title", None),
])
def test_headline_offsets(pipeline: Pipeline, field: Field_, expected: str | None) -> None:
    """Only a body quote takes a dash line's speaker; a headline quote at the same offsets
    keeps its own (none here)."""
    body = _OPENING + _ASKED + _LINES
    tmap = TextMap(pipeline.models.full("fr")(body), [], FRENCH)
    line = next(q for q in french_quotes(pipeline, body) if q.text == _LINE_TEXTS[0])
    quote = line.model_copy(update={"field": field, "speaker": None})

    def resolve(token: Token) -> Speaker:
        return Speaker(name="Bernard Lacombe", kind="person")

    assert with_dash_speakers([quote], tmap, resolve)[0].speaker == expected


_BROADCAST = ("Les urgences de Vierzon fermeront la nuit dès lundi.\n\n"
              "Invitée de la matinale de France Bleu, la ministre de la Santé, Claire Fabrègue, "
              "a été interrogée sur ces fermetures.\n\n"
              "« Les soignants disent qu'ils n'en peuvent plus. Que leur répondez-vous ?\n\n"
              "– Je les entends, et je les ai reçus la semaine dernière.\n\n"
              "– Combien de postes seront créés ?\n\n"
              "– Deux cents d'ici l'été, c'est un engagement ferme. »\n\n"
              "Le syndicat reste sceptique.\n")
_BROADCAST_TEXTS = ["Les soignants disent qu'ils n'en peuvent plus. Que leur répondez-vous ?",
                    "Je les entends, et je les ai reçus la semaine dernière.",
                    "Combien de postes seront créés ?",
                    "Deux cents d'ici l'été, c'est un engagement ferme. »"]
_MAYOR = "Le bourgmestre de Namur, Hervé Delcourt, a présenté mardi son plan de mobilité. "
_PRESS_LINES = ("— Les commerçants craignent une baisse de fréquentation. Les comprenez-vous ?\n\n"
                "— Oui, mais les études montrent le contraire dans d'autres villes.\n\n"
                "— Et si ce n'est pas le cas ?\n\n"
                "— Nous corrigerons le tir, je m'y engage.\n")
_PRESS_TEXTS = ["Les commerçants craignent une baisse de fréquentation. Les comprenez-vous ?",
                "Oui, mais les études montrent le contraire dans d'autres villes.",
                "Et si ce n'est pas le cas ?", "Nous corrigerons le tir, je m'y engage."]


@pytest.mark.parametrize(("body", "texts", "expected"), [
    # A radio interview (France Bleu): a passive ``interroger`` with no agent, the dialogue
    # in one pair of marks, a dash at each change of speaker: the minister answers, the
    # outlet's questions keep no speaker.
    (_BROADCAST, _BROADCAST_TEXTS, [None, "Claire Fabrègue", None, "Claire Fabrègue"]),
    # A Belgian daily's interview: ``Il a accepté de répondre à nos questions``, the pronoun
    # resolved to the mayor named just before.
    (_MAYOR + "Il a accepté de répondre à nos questions.\n\n" + _PRESS_LINES, _PRESS_TEXTS,
     [None, "Hervé Delcourt", None, "Hervé Delcourt"]),
    # A Swiss site's ``a répondu aux questions du Temps`` after a quote of the same person.
    ("La conseillère d'Etat Nathalie Berset a défendu le budget devant le Grand Conseil. "
     "Elle a ensuite répondu aux questions du Temps.\n\n"
     + _PRESS_LINES, _PRESS_TEXTS, [None, "Nathalie Berset", None, "Nathalie Berset"]),
    # Guard, a negation: the mayor would not answer; the lines are no one's.
    (_MAYOR + "Il n'a pas souhaité répondre à nos questions.\n\n" + _PRESS_LINES, _PRESS_TEXTS,
     [None, None, None, None]),
    # Guard, a refusal.
    (_MAYOR + "Il a refusé de répondre aux questions des journalistes.\n\n" + _PRESS_LINES,
     _PRESS_TEXTS, [None, None, None, None]),
    # Guard: a passive asking verb whose subject is a thing, no person: nobody.
    (_MAYOR + "Le projet a été questionné en conseil communal.\n\n" + _PRESS_LINES,
     _PRESS_TEXTS, [None, None, None, None]),
])
def test_outlet_interview(pipeline: Pipeline, body: str, texts: list[str],
                          expected: list[str | None]) -> None:
    """In an interview announced by the one asked (``a été interrogé``, ``a répondu aux
    questions de``), every second line is theirs; the outlet's questions keep no speaker."""
    quotes = {q.text: q.speaker for q in french_quotes(pipeline, body)}
    assert [quotes.get(text, "not found") for text in texts] == expected
