"""Issue 14: French court, sport and press-conference reports give each quote to the person
it is theirs (real French model).

Texts are written for these tests in the house style of French regional and African
papers: a press conference printed as questions and answers under a deck ending
``Extraits.``, incises with ``coupe`` or ``a défendu``, a lawyer called ``le conseil``, a
prosecutor called ``le parquetier`` and then ``il``, a paper in quotation marks in an incise,
a player called by position, a pupil's age set off after her first name.
"""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.entities import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes import extract_quotes
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # "coupe" is an incise verb of one who answers
    ("Samedi soir, le capitaine Julien Maréchal a fait le point avec le manager, Thomas "
     "Berthier.\n\n« La mêlée, on ne va pas se cacher derrière », a coupé Berthier quand la "
     "question lui a été posée.",
     "La mêlée, on ne va pas", "Thomas Berthier"),
    # "a défendu" too
    ("« Ce budget protège les petits producteurs », a défendu devant les élus le directeur de "
     "la coopérative, Samuel Diallo Keita.",
     "Ce budget protège", "Samuel Diallo Keita"),
    # a paper quoted in an incise is whom it was said to
    ("« Nous arrachons trop tard », a déclaré aux « Echos » le président de la chambre "
     "d'agriculture, Pierre-Henri Dufresne.",
     "Nous arrachons trop tard", "Pierre-Henri Dufresne"),
    # "le conseil" alone after "Me ..." is the lawyer, not a council
    ("Son avocat, Me Ousmane Badji Ndiaye, a plaidé la relaxe. « Mon client n'a rien "
     "signé », a soutenu le conseil.",
     "Mon client n'a rien signé", "Ousmane Badji Ndiaye"),
    # "le parquetier" is the prosecutor named before, and the "il" after him too, not the
    # defendant named as his verb's object
    ("« C'est une étrange coïncidence », a ironisé le procureur, Mamadou Lamine Sarr.\n\n"
     "Le parquetier a requis huit ans contre Cheikh Tidiane Fall. « Les preuves sont "
     "accablantes », a-t-il martelé.",
     "Les preuves sont accablantes", "Mamadou Lamine Sarr"),
    # a player's position stands for the player named before
    ("Dans les couloirs, le capitaine Mathieu Lacombe a fait son mea culpa. « On a pris une "
     "leçon », a reconnu le deuxième-ligne.",
     "On a pris une leçon", "Mathieu Lacombe"),
    # an age set off after a first name is the name's, and so is the pronoun after it
    ("Rencontrée à la sortie d'un lycée de Bab El Oued, Nesrine, 17 ans, candidate en filière "
     "sciences expérimentales, dit ne pas se sentir concernée par le débat sur la fraude. "
     "« Moi, je révise. Ceux qui trichent, c'est leur problème. Ce que je veux, c'est des "
     "sujets dans le programme », lâche-t-elle en riant.",
     "Moi, je révise", "Nesrine"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_court_and_sport(pipeline: Pipeline, body: str, start: str,
                                speaker: str) -> None:
    """The quote starting with ``start`` is the named person's."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote


def _titled_quotes(pipeline: Pipeline, title: str, body: str) -> list[Quote]:
    nlp = pipeline.models.full("fr")
    title_doc, body_doc = nlp(title), nlp(body)
    return extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc))


_CONFERENCE = (
    "Au lendemain de la victoire de son équipe, l'entraîneur s'est présenté devant la presse. "
    "Extraits.\n\n"
    "Dimanche, les joueurs de l'entraîneur Bertrand Nkoulou Mebenga ont battu le Canon grâce "
    "à un doublé de l'attaquant Samuel Eto Tchami et un but du capitaine Jean Abena Ondoua. "
    "Le technicien a répondu aux questions des journalistes.\n\n"
    "Coach, votre équipe est en tête. Peut-on parler de titre ?\n\n"
    "« Non. Nous ne sommes pas encore champions, il reste dix journées. »\n\n"
    "Votre attaquant en est à onze buts. Peut-il rejoindre la sélection ?\n\n"
    "« Il travaille beaucoup. Je lui demande simplement de marquer le dimanche. »\n")


@pytest.mark.parametrize(("title", "start", "speaker"), [
    # the headline's cue names the interviewee among the people the introduction names
    ("Football : « Le titre n'est pas joué », tempère Nkoulou Mebenga",
     "Non. Nous ne sommes pas", "Bertrand Nkoulou Mebenga"),
    ("Football : « Le titre n'est pas joué », tempère Nkoulou Mebenga",
     "Il travaille beaucoup", "Bertrand Nkoulou Mebenga"),
    # a headline naming none of them names no interviewee: the answers stay no one's
    ("Football : le leader creuse l'écart", "Il travaille beaucoup", None),
])
def test_press_conference_answers(pipeline: Pipeline, title: str, start: str,
                                  speaker: str | None) -> None:
    """Answers under an ``Extraits.`` deck are the interviewee's the headline names."""
    quotes = _titled_quotes(pipeline, title, _CONFERENCE)
    starting = [q for q in quotes if q.text.startswith(start)]
    assert starting, [q.text for q in quotes]
    assert starting[0].speaker == speaker, starting[0]
