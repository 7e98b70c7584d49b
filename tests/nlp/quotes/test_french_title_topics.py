"""Issue 14: a French title's topic label (``Pollution de l'Orge : « ... »``) names no
speaker: the incise after the quote does, else the body's most-quoted speaker; a label that
is a person's name still speaks (real French model).

Titles and bodies are written for these tests in the house style of French regional and
sport pages.
"""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline

_BODY = ("Riveraine de l'Orge depuis vingt ans, Martine Leclercq a vu la rivière changer de "
         "couleur en juin. « L'eau est devenue brune en une nuit », raconte Martine Leclercq. "
         "« Personne ne nous a répondu pendant des semaines », ajoute-t-elle.")

ROWS = [
    # The label's noun is no speaker; the body's one quoted person is the headline's.
    ("Pollution de l'Orge : « Nous avons alerté la mairie dès le printemps »\n\n" + _BODY,
     "Nous avons alerté", "Martine Leclercq"),
    ("Crue de l'Orge: « Nous avons alerté la mairie dès le printemps »\n\n" + _BODY,
     "Nous avons alerté", "Martine Leclercq"),
    # The incise after the quote speaks, not the league before the colon.
    ("Super League : « Rien n'est encore perdu pour nous », tempère Romain Dufresne\n\n"
     "L'entraîneur de Villefort, Romain Dufresne, a vu son équipe chuter samedi.",
     "Rien n'est encore perdu", "Romain Dufresne"),
    # The incise introduces its own unnamed speaker: hers, not the body's most-quoted
    # person's (guard, review46).
    ("Pollution de l'Orge : « On ne boit plus l'eau du robinet », raconte une voisine\n\n"
     + _BODY, "On ne boit plus", "voisine"),
    # A topic and nobody quoted in the body: no speaker, not the label's word.
    ("Marché de Noël : « Les chalets ouvriront dès vendredi soir »\n\n"
     "La ville a installé quarante chalets sur la place du Martroi cette semaine.",
     "Les chalets ouvriront", None),
    # A title opening on its quote gives anonymous voices, not the body's speaker (guard).
    ("« Nous avons tout perdu dans la nuit » : la crue de l'Orge ravage la vallée\n\n" + _BODY,
     "Nous avons tout perdu", None),
    # A person's name before the colon is the speaker (guard).
    ("Claire Fontanel : « Je ne quitterai pas le conseil municipal »\n\n"
     "L'élue d'opposition a répondu mardi aux rumeurs de démission.",
     "Je ne quitterai pas", "Claire Fontanel"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), ROWS)
def test_french_title_topics(pipeline: Pipeline, text: str, start: str,
                             speaker: str | None) -> None:
    """The title quote starting with ``start`` (the text's first line, sent as a user sends a
    plain text) is ``speaker``'s."""
    quotes = pipeline.enrich(RawArticle(id="title-topic", text=text)).quotes
    titled = [q for q in quotes if q.field == "title" and q.text.startswith(start)]
    assert titled, [(q.field, q.text) for q in quotes]
    assert titled[0].speaker == speaker, titled[0]
