"""A French unnamed source's phrase ends before the reporter's ``joint par``/``consulté
par`` and before a verb of saying the parse hung inside it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.unnamed.phrase_ends_fr import whole_name_end
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "words", "expected"), [
    # How the newspaper reached the source is no part of who the source is.
    ("Un prévisionniste de l'ONM joint par El Watan a confirmé que certains pluviomètres "
     "avaient enregistré plus de 80 mm. « C'est exceptionnel pour un début décembre », "
     "a-t-il expliqué.", "exceptionnel", "prévisionniste de l'ONM"),
    ("Selon un document interne consulté par l'AFP, la direction envisage d'étendre le "
     "modèle de « dépôts regroupés ».", "envisage", "document interne"),
    # The sentence's own verb, hung by the parse inside the subject's complement.
    ("Dans un communiqué parvenu à notre rédaction en fin d'après-midi, la direction "
     "générale du Port autonome de Dakar dit « prendre "
     "acte » des préoccupations exprimées et rappelle que « aucun licenciement n'est prévu "
     "dans le cadre du projet ».", "licenciement", "direction générale du Port autonome de Dakar"),
    ("Le document conclut que le Réseau Vitalité « n'a pas respecté ses obligations » envers "
     "les patients.", "obligations", "document"),
    # A participle with no maker says when or where the document came out, not which one.
    ("Le club a changé d'entraîneur. Le texte publié sur le site du club précise que « Marc "
     "Dutilleul n'est plus l'entraîneur de l'équipe première ».", "Dutilleul", "texte"),
    ("Selon une enquête Ifop menée pour un collectif de quotidiens et publiée jeudi, la "
     "maire sortante obtiendrait « une avance de six points sur son rival ».", "avance",
     "enquête Ifop"),
    # Guard: a participle saying who made the document stays in its phrase.
    ("Un sondage mené par la firme Léger indique que « près d'un électeur sur deux » n'a "
     "pas encore choisi.", "électeur", "sondage mené par la firme Léger"),
])
def test_a_source_phrase_ends_at_its_name(pipeline: Pipeline, body: str, words: str,
                                          expected: str) -> None:
    """``Un prévisionniste de l'ONM joint par El Watan``: the forecaster, not the paper."""
    quote = next(q for q in french_quotes(pipeline, body) if words in q.text)
    assert quote.speaker == expected


@pytest.mark.parametrize(("body", "words", "expected"), [
    # A wire: the adjective the tagger reads as a noun stays in the phrase (was "sources").
    ("Le ministre devrait démissionner dans la soirée, a-t-on appris de sources "
     "concordantes, qui évoquent « un départ négocié ».", "ministre devrait",
     "sources concordantes"),
    # Neighbours base51 already gives whole: a West African daily, after "selon", a person
    # named bare before ...
    ("Amadou Bah a quitté la réunion avant la fin. Le convoi sera escorté jusqu'à la "
     "frontière, selon des sources sécuritaires.", "convoi sera", "des sources sécuritaires"),
    # ... and a negation in the sentence.
    ("La grève ne sera pas reconduite lundi, selon des sources syndicales.", "grève ne",
     "des sources syndicales"),
    # Guard: a complement after the source keeps its phrase, as before.
    ("Le maire a été entendu par les enquêteurs, selon des sources proches de l'enquête.",
     "maire a", "des sources proches de l'enquête"),
])
def test_a_plural_source_keeps_its_adjective(pipeline: Pipeline, body: str, words: str,
                                             expected: str) -> None:
    """``de sources concordantes``: the adjective after a plural source is its own."""
    quote = next(q for q in french_quotes(pipeline, body) if words in q.text)
    assert quote.speaker == expected


@pytest.mark.parametrize(("body", "words", "expected"), [
    # A regional daily: a place with a hyphen and an elided "d’" (was "direction académique
    # des Côtes"), a person named bare before.
    ("Claire Le Bihan a lancé une pétition. La direction académique des Côtes-d’Armor "
     "indique que la fermeture relève « de la seule compétence de la commune ».",
     "seule compétence", "direction académique des Côtes-d’Armor"),
    # ... a prefecture's, with a negation in the quote and straight apostrophes.
    ("La préfecture du Val-d'Oise précise que l'arrêté « ne sera pas levé avant lundi ».",
     "ne sera pas", "préfecture du Val-d'Oise"),
    # Guard: a name after the source's comma is no part of its phrase.
    ("Selon le syndicat, Marie-Claude Dubois-Lefèvre a été « injustement licenciée en "
     "mars ».", "injustement", "syndicat"),
])
def test_a_source_phrase_keeps_a_name_whole(pipeline: Pipeline, body: str, words: str,
                                            expected: str) -> None:
    """``des Côtes-d’Armor``: a source's phrase never stops inside a name."""
    quote = next(q for q in french_quotes(pipeline, body) if words in q.text)
    assert quote.speaker == expected


@pytest.mark.parametrize(("words", "ents"), [
    # "la direction académique des Côtes-d’Armor a dit": one name across the phrase's end
    (["la", "direction", "académique", "des", "Côtes", "-", "d’", "Armor", "a", "dit"],
     [(4, 8, "LOC")]),
    # two names side by side, one at the doc's end, one at its start
    (["Papiers", "Pour", "Tous", "95", "et", "la", "CGT", "Educ'", "action"],
     [(0, 4, "ORG"), (6, 9, "ORG")]),
    # names of one word only: no phrase end falls inside them
    (["Selon", "Bercy", ",", "Paris", "et", "Lyon"], [(1, 2, "LOC"), (3, 4, "LOC"),
                                                     (5, 6, "LOC")]),
])
def test_whole_name_end_reads_the_words_tags(words: list[str], ents: list[tuple[int, int, str]]
                                             ) -> None:
    """The name found from the words' entity tags is the one ``doc.ents`` holds across the
    phrase's end, for every head and every end (review52b: no walk of every entity a phrase)."""
    doc = Doc(Vocab(), words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    for head in doc:
        for end in range(len(doc) + 1):
            expected = next((e.end for e in doc.ents if head.i < e.start < end < e.end), end)
            assert whole_name_end(head, end, FRENCH) == expected, (head.i, end)
