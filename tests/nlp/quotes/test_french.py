"""French quotes on real French news sentences: « », dialogue dashes, inverted cues, selon."""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes, lexicon_for
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH


def french_quotes(pipeline: Pipeline, body: str, author: str | None = None) -> list[Quote]:
    """The quotes of a French body, with its entities, through the French pipeline."""
    nlp = pipeline.models.full("fr")
    title_doc, body_doc = nlp(""), nlp(body)
    return extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc),
                          author=author)


def french_quote_starting(pipeline: Pipeline, body: str, start: str) -> Quote:
    """The first quote of a French body whose text starts with ``start`` (fails if none)."""
    quotes = french_quotes(pipeline, body)
    starting = [q for q in quotes if q.text.startswith(start)]
    assert starting, [q.text for q in quotes]
    return starting[0]


@pytest.mark.parametrize(("body", "expected"), [
    ("« Nous ne laisserons personne sur le bord de la route », a déclaré Élisabeth Borne lors "
     "d'un déplacement à Lille.",
     [("Nous ne laisserons personne sur le bord de la route", "direct", "Élisabeth Borne")]),
    ("La maire de Paris, Anne Hidalgo, a affirmé que les travaux seraient terminés avant l'été.",
     [("que les travaux seraient terminés avant l'été", "indirect", "Anne Hidalgo")]),
    ("Selon Bruno Le Maire, la croissance française atteindra 1 % cette année.",
     [("la croissance française atteindra 1 % cette année", "indirect", "Bruno Le Maire")]),
    ("Interrogé sur France Inter, Jean-Luc Mélenchon a estimé que le gouvernement « a perdu sa "
     "majorité ».",
     [("a perdu sa majorité", "partial", "Jean-Luc Mélenchon")]),
    ("Thierry Breton s'est exprimé à Bruxelles.\n— Nous ne reculerons pas, a-t-il prévenu "
     "devant la presse.",
     [("Nous ne reculerons pas", "direct", "Thierry Breton")]),
    ("« Les négociations avancent », explique Laurent Berger, secrétaire général de la CFDT.",
     [("Les négociations avancent", "direct", "Laurent Berger")]),
    # An office nobody named holds speaks as its phrase, through the pronoun too (round
    # thirty-one: the fresh gold credits never-named officeholders so; it was None before).
    ("Le Premier ministre a répondu aux syndicats. « La porte reste ouverte », dit-il.",
     [("La porte reste ouverte", "direct", "Premier ministre")]),
    # "Pour Thomas Berger," opens a viewpoint: "il" is Thomas Berger, not the prefect.
    ("Le préfet, Jean-Marc Ribaud, a reçu une délégation. Il a affirmé que les demandes "
     "seraient transmises.\nPour Thomas Berger, éleveur à Dieulefit, la situation est inédite. "
     "« Je n'ai jamais acheté autant de fourrage », explique-t-il.",
     [("que les demandes seraient transmises", "indirect", "Jean-Marc Ribaud"),
      ("la situation est inédite", "indirect", "Thomas Berger"),  # his view (french26)
      ("Je n'ai jamais acheté autant de fourrage", "direct", "Thomas Berger")]),
    # "M. Legault", "Mme Bélanger": the person named in full before.
    ("Le premier ministre François Legault a défendu sa réforme. « Le réseau doit changer », a "
     "déclaré M. Legault devant les journalistes.",
     [("Le réseau doit changer", "direct", "François Legault")]),
    ("La ministre Sonia Bélanger était présente. Mme Bélanger a précisé que les urgences "
     "restaient sa priorité.",
     [("que les urgences restaient sa priorité", "indirect", "Sonia Bélanger")]),
    # The parse makes the source of "selon" the root: what was said follows its comma.
    ("« Nous ne pouvons plus accepter cela », a déclaré Christian Dubé en conférence de "
     "presse.\nSelon l'Institut national d'excellence en santé et services sociaux, le temps "
     "d'attente moyen a augmenté de 12 % depuis 2021.",
     [("Nous ne pouvons plus accepter cela", "direct", "Christian Dubé"),
      ("le temps d'attente moyen a augmenté de 12 % depuis 2021", "indirect",
       "Institut national d'excellence en santé et services sociaux")]),
    # The parse joins a name set off by commas as a conjunct: it is the apposition's name.
    ("La Fédération interprofessionnelle de la santé du Québec s'est montrée sceptique. Sa "
     "présidente, Julie Bouchard, estime que le plan « ne règle rien au manque de personnel ».",
     [("ne règle rien au manque de personnel", "partial", "Julie Bouchard")]),
    # ... or as a modifier of the noun, after the noun's own words.
    ("Trois familles ont été relogées par la mairie. L'adjointe au maire chargée du logement, "
     "Sandrine Runel, a assuré que la ville « accompagnerait chaque famille jusqu'à son "
     "retour ».",
     [("accompagnerait chaque famille jusqu'à son retour", "partial", "Sandrine Runel")]),
])
def test_french_quotes(pipeline: Pipeline, body: str,
                       expected: list[tuple[str, str, str | None]]) -> None:
    """Each quote with its kind and named speaker; a speaker never named stays None."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected
    for quote in quotes:
        for span in (quote.cue, quote.speaker_mention, quote.sentence):
            assert span is None or body[span.start:span.end] == span.text


def test_inverted_pronoun_takes_the_person_before(pipeline: Pipeline) -> None:
    """``a-t-elle ajouté`` names the woman last named, as the pronoun's antecedent."""
    body = ("Claire Dumoulin préside la chambre d'agriculture de la Drôme. « Certaines "
            "exploitations ne passeront pas l'hiver », a-t-elle ajouté devant les manifestants.")
    [quote] = french_quotes(pipeline, body)
    assert quote.speaker == "Claire Dumoulin"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "-elle"


@pytest.mark.parametrize(("body", "expected"), [
    ("Gérald Darmanin, ministre de l'Intérieur, s'est rendu à Marseille. « Nous ne lâcherons "
     "rien », a déclaré le ministre.", ("Gérald Darmanin", "person")),
    ("La maire de Lyon, Claire Martin, a visité l'usine. Elle a estimé que le site devait "
     "rester ouvert.", ("Claire Martin", "person")),
    ("Des manifestants ont affirmé que la réforme était injuste.", ("Des manifestants", "group")),
    ("Le rapport souligne que les dépenses ont augmenté de 5 %.", ("rapport", "document")),
    # "Selon lui" goes through the pronoun, as "he said" does.
    ("Laurent Brun, secrétaire général de la CGT-Cheminots, a rencontré la ministre. Selon "
     "lui, la grève sera reconduite jusqu'à lundi.", ("Laurent Brun", "person")),
    # The management of an organisation speaks as the organisation.
    ("La direction de la SNCF a estimé que le trafic serait normal mardi.",
     ("SNCF", "organization")),
    # The name set off after the noun, which the parse hangs on the verb.
    ("« Les stocks sont vides », a déclaré sa présidente, Nadine Lefort, lors d'un point "
     "presse à Lyon.", ("Nadine Lefort", "person")),
    # The name right after its noun, and the noun later, are the organisation.
    ("Le syndicat Force Ouvrière a déposé un préavis de grève pour lundi. Selon le "
     "syndicat, trente postes sont menacés.", ("Force Ouvrière", "organization")),
    # A lower-case ministry keeps what says which one it is.
    ("Le ministère de l'agriculture a assuré que les aides seraient versées en mars.",
     ("ministère de l'agriculture", "organization")),
    # The elided article the model took for the subject (read as typed, it is the article):
    # the group keeps what says whose entourage it is.
    ("« Rien n'est décidé », a indiqué l’entourage du président.",
     ("entourage du président", "group")),
    # "-il" is the man, not the woman named after him: "Jean" (a woman's name in English)
    # and "Marie-" tell.
    ("Jean Dumas dirige le service. Marie-Laure Petit y travaille depuis dix ans. "
     "« Nous manquons de bras », a-t-il ajouté.", ("Jean Dumas", "person")),
])
def test_french_sources_of_every_kind(pipeline: Pipeline, body: str,
                                      expected: tuple[str, str]) -> None:
    """The French lexicon's titles, groups and documents name the source as in English."""
    [quote] = french_quotes(pipeline, body)
    assert (quote.speaker, quote.speaker_kind) == expected


def test_cues_read_the_lexicon_of_the_doc_language(pipeline: Pipeline) -> None:
    """A French doc is read with the French words; given the English ones, it has no cue."""
    nlp = pipeline.models.full("fr")
    body = "La maire de Paris, Anne Hidalgo, a affirmé que les travaux seraient terminés."
    title_doc, body_doc = nlp(""), nlp(body)
    entities = extract_entities(title_doc, body_doc)
    assert lexicon_for(body_doc.lang_) is FRENCH
    assert [q.speaker for q in extract_quotes(title_doc, body_doc, entities)] == ["Anne Hidalgo"]
    assert extract_quotes(title_doc, body_doc, entities, ENGLISH) == []



_BEAUNE = ("Le ministre des Transports, Clément Beaune, a appelé les syndicats à la "
           "responsabilité.\n« Le dialogue reste ouvert », a-t-il ajouté sur franceinfo.\n")


@pytest.mark.parametrize(("body", "speaker"), [
    (_BEAUNE + "À la gare Saint-Lazare, les usagers prenaient leur mal en patience. « C'est la "
     "troisième fois ce mois-ci que j'arrive en retard au travail », soupire Nadia, infirmière "
     "à Argenteuil.", "Nadia"),
    (_BEAUNE + "« Nous attendons des propositions concrètes. »", "Clément Beaune"),
    (_BEAUNE + "« Nous attendons des propositions », entre deux réunions.", "Clément Beaune"),
])
def test_continuation_stops_at_its_own_incise(pipeline: Pipeline, body: str,
                                              speaker: str | None) -> None:
    """A quote followed by ``», soupire Nadia`` keeps no earlier speaker (it is Nadia's, now
    that ``soupirer`` is a verb of saying); a bare one does."""
    assert french_quotes(pipeline, body)[-1].speaker == speaker


def test_headline_topic_before_a_colon_is_no_speaker(pipeline: Pipeline) -> None:
    """``Urgences : ...`` names the story's topic, a word the body writes in lower case: the
    headline's quote is not a person's called Urgences but the subject's of the verb of
    saying after the colon (``les médecins dénoncent``)."""
    nlp = pipeline.models.full("fr")
    title_doc = nlp("Urgences : les médecins dénoncent un hiver « à haut risque »")
    body_doc = nlp("Les services d'urgences ferment la nuit dans dix départements. Le manque "
                   "de médecins aux urgences inquiète les élus.")
    quotes = extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc))
    assert [(q.kind, q.speaker) for q in quotes] == [("headline", "médecins")]
