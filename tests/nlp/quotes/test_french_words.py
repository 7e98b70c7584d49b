"""French words the tokenizer cuts and the model learnt whole: hyphenated names and nouns."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("text", "expected"), [
    ("Hydro-Québec demande une hausse.", ["Hydro-Québec", "demande", "une", "hausse", "."]),
    ("la présidente-directrice générale", ["la", "présidente-directrice", "générale"]),
    ("Saint-Jean-sur-Richelieu", ["Saint-Jean-sur-Richelieu"]),
    # Inverted pronouns, spaced dashes and numbers stay as the tokenizer cut them.
    ("a-t-il dit", ["a", "-t", "-il", "dit"]),
    ("Montréal - Québec", ["Montréal", "-", "Québec"]),
    ("la COVID-19 en 2020-2021", ["la", "COVID-19", "en", "2020", "-", "2021"]),
])
def test_hyphenated_words_are_one_token(pipeline: Pipeline, text: str,
                                        expected: list[str]) -> None:
    """A run of words joined by hyphens with no space is one token; offsets are kept."""
    doc = pipeline.models.full("fr")(text)
    assert [t.text for t in doc] == expected
    assert "".join(t.text_with_ws for t in doc) == text


@pytest.mark.parametrize(("body", "expected"), [
    # Split, "Hydro-" was a place and "Québec" a person who spoke.
    ("Hydro-Québec demande une hausse de ses tarifs. Selon Hydro-Québec, la demande "
     "d’électricité doublera d’ici 2050.",
     [("une hausse de ses tarifs", "indirect", "Hydro-Québec", "organization"),
      ("la demande d’électricité doublera d’ici 2050", "indirect", "Hydro-Québec",
       "organization")]),
    # The union's name ended at "Loto".
    ("Le Syndicat des employés de Loto-Québec affirme que la direction n’a présenté aucun "
     "plan.",
     [("que la direction n’a présenté aucun plan", "indirect",
       "Syndicat des employés de Loto-Québec", "organization")]),
    # The hyphen of "présidente-directrice" was the verb's subject.
    ("« Nous devons construire », a déclaré la présidente-directrice générale, Claudine "
     "Bouchard.",
     [("Nous devons construire", "direct", "Claudine Bouchard", "person")]),
])
def test_hyphenated_speakers(pipeline: Pipeline, body: str,
                             expected: list[tuple[str, str, str, str]]) -> None:
    """Each quote with its speaker and kind when the speaker's name is hyphenated."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker, q.speaker_kind) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "la société d’État" is the Crown corporation named before ("d’État" says its sort).
    ("Hydro-Québec demande une hausse de ses tarifs à la Régie de l’énergie. Selon la société "
     "d’État, cette hausse est nécessaire pour financer de nouveaux barrages.",
     [("une hausse de ses tarifs à la Régie de l’énergie", "indirect", "Hydro-Québec",
       "organization"),
      ("cette hausse est nécessaire pour financer de nouveaux barrages", "indirect",
       "Hydro-Québec", "organization")]),
    # "mairesse" (lemma "maire") is the woman titled so.
    ("La mairesse de Longueuil, Catherine Fournier, a rencontré les citoyens. La mairesse a "
     "déclaré que la Ville ne reculerait pas.",
     [("que la Ville ne reculerait pas", "indirect", "Catherine Fournier", "person")]),
    # Verbs of saying the lexicon lacked: "enchaîner", "maintenir", "prétendre".
    ("Le maire Bruno Marchand a reçu les commerçants.\n« Nous allons rouvrir la rue au "
     "printemps », enchaîne-t-il.",
     [("Nous allons rouvrir la rue au printemps", "direct", "Bruno Marchand", "person")]),
    # ... and "maintient", which the parse hung on "enseignants" as a modifier.
    ("Le recteur Daniel Jutras prétend que les frais augmenteront. Le syndicat des "
     "enseignants maintient que les salaires stagnent.",
     [("que les frais augmenteront", "indirect", "Daniel Jutras", "person"),
      ("que les salaires stagnent", "indirect", "syndicat des enseignants", "organization")]),
    # Courts: "la poursuite" and "la Couronne" are the prosecution, an organisation.
    ("L’entreprise fait face à une accusation de négligence criminelle, une première au "
     "Québec, selon la poursuite.",
     [("L’entreprise fait face à une accusation de négligence criminelle, une première au "
       "Québec", "indirect", "poursuite", "organization")]),
    # "le rectorat", the education authority of an academy, is an organisation.
    ("L'école va perdre une classe. Du côté du rectorat de Normandie, on rappelle que le "
     "nombre d'élèves a baissé de 8 %.",
     [("que le nombre d'élèves a baissé de 8 %", "indirect", "rectorat de Normandie",
       "organization")]),
])
def test_french_words_of_sources(pipeline: Pipeline, body: str,
                                 expected: list[tuple[str, str, str, str]]) -> None:
    """Each quote with its speaker when a French word names the source or its saying."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker, q.speaker_kind) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An incise after an unquoted clause reports that clause (a conjunct to the parse).
    ("La présidente Isabelle Ménard a parlé. Aucune station de métro ne fermera, a-t-elle "
     "assuré.",
     [("Aucune station de métro ne fermera", "indirect", "Isabelle Ménard")]),
    ("La Société de transport de Montréal réduira son service. Les tarifs augmenteront de 3 %, "
     "précise la société.",
     [("Les tarifs augmenteront de 3 %", "indirect", "Société de transport de Montréal")]),
    ("Le projet sera abandonné, affirme-t-on au cabinet du ministre.",
     [("Le projet sera abandonné", "indirect", "cabinet du ministre")]),
    ("Il faudra dix ans pour réparer le pont, estime l’ingénieur Marc Roy.",
     [("Il faudra dix ans pour réparer le pont", "indirect", "Marc Roy")]),
    # A verb after a comma whose object is no source shares the subject before: no incise.
    ("Elle dénonce la situation, déplore le manque de personnel à Montréal.", []),
])
def test_french_incises_after_clauses(pipeline: Pipeline, body: str,
                                      expected: list[tuple[str, str, str]]) -> None:
    """The clause before an inverted verb of saying is what its subject said."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Le ministère de l’Économie n’a pas voulu dire s’il avait été informé de la fermeture.",
     [("dire s’il avait été informé de la fermeture", "stance", "ministère de l’Économie"),
      ("s’il avait été informé de la fermeture", "speech", "ministère de l’Économie")]),
    ("Le ministère de la Santé n’a pas répondu à nos questions sur les lits fermés.",
     [("à nos questions sur les lits fermés", "stance", "ministère de la Santé")]),
    ("La Société de transport de Montréal a refusé de commenter le dossier.",
     [("de commenter le dossier", "stance", "Société de transport de Montréal")]),
    ("L’entreprise Boréalis n’a pas donné suite à nos demandes d’entrevue.",
     [("à nos demandes d’entrevue", "stance", "Boréalis")]),
    ("Le cabinet du ministre n’a pas souhaité commenter.",
     [("commenter", "stance", "cabinet du ministre")]),
    # Refusing or not answering something that is not speech refuses nothing said.
    ("Le locataire n’a pas répondu au téléphone. Elle a refusé de payer la facture.", []),
])
def test_french_refusals(pipeline: Pipeline, body: str,
                         expected: list[tuple[str, str, str]]) -> None:
    """A refusal to speak is a stance of its subject, as in English."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.cue_kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "Pour X," with X named opens X's view, past an aside about X.
    ("Pour l'organisme Trajectoire Québec, qui représente les usagers, la décision risque de "
     "faire fuir des milliers de passagers.",
     [("la décision risque de faire fuir des milliers de passagers", "belief",
       "Trajectoire Québec")]),
    ("Pour l’économiste Jean-Pierre Girard, de l’Université du Québec à Chicoutimi, la "
     "fermeture était prévisible.",
     [("la fermeture était prévisible", "belief", "Jean-Pierre Girard")]),
    # Whom something concerns, or when: no view.
    ("Pour les familles, la hausse représente 200 $ de plus par année. Pour le moment, rien "
     "n'est décidé.", []),
])
def test_french_viewpoint_claims(pipeline: Pipeline, body: str,
                                 expected: list[tuple[str, str, str]]) -> None:
    """The unquoted sentence after a named ``Pour X,`` is X's view."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.cue_kind, q.speaker) for q in quotes] == expected


def test_headline_inverted_cue_after_a_french_colon(pipeline: Pipeline) -> None:
    """``Compressions à la STM : « ... », préviennent les syndicats``: the topic before a
    spaced colon names nobody (it was the person ``Compressions``); the quote's cue does."""
    nlp = pipeline.models.full("fr")
    title_doc = nlp("Compressions à la STM : « Les usagers vont payer le prix », préviennent "
                    "les syndicats")
    body_doc = nlp("La Société de transport de Montréal réduira le service de 23 lignes.")
    quotes = extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc))
    assert [(q.kind, q.speaker) for q in quotes][:1] == [("headline", "syndicats")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Le président du syndicat, Frédéric Lavoie, a parlé. Il craint aussi que les employés "
     "subissent une hausse de la charge de travail.",
     [("que les employés subissent une hausse de la charge de travail", "belief",
       "Frédéric Lavoie")]),
    ("Les commerçants croient que la rue rouvrira.",
     [("que la rue rouvrira", "belief", "commerçants")]),
    # "je", "nous", "on" name no source of a belief.
    ("Je pense que c'est une erreur. On croit que tout ira bien.", []),
])
def test_french_beliefs(pipeline: Pipeline, body: str,
                        expected: list[tuple[str, str, str]]) -> None:
    """What a French source thinks or fears (``croire``, ``penser``, ``craindre``)."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.cue_kind, q.speaker) for q in quotes] == expected


def test_viewpoint_holder_named_after_a_role_speaks_next(pipeline: Pipeline) -> None:
    """``Pour la professeure en économie de l’environnement Claire Vézina, ...``: the name
    (hung by the parse on ``environnement``) is the role's, the view's holder, whom the next
    ``estime-t-elle`` stands for, not the woman who spoke before."""
    body = ("« Le rapport est sans équivoque », a déclaré Geneviève Aubin, porte-parole de la "
            "coalition.\nPour la professeure en économie de l’environnement Claire Vézina, de "
            "l’Université Laval, le dossier illustre une tension croissante. « On veut "
            "électrifier les transports », estime-t-elle.")
    assert [q.speaker for q in french_quotes(pipeline, body)][-1] == "Claire Vézina"


@pytest.mark.parametrize(("body", "expected"), [
    # The comma closing the viewpoint hangs on the holder's apposition: still a viewpoint.
    ("Pour l'économiste Bernard Olivennes, professeur associé à Dauphine, le débat est en "
     "partie mal posé. « L'abattement a un vrai coût », estime-t-il.", "Bernard Olivennes"),
    # After a quote ending its sentence (``. »``), ``Pour`` opens the next one.
    ("« On lui faisait confiance », a dit Louise Bergeron. « Il venait aux fêtes. » Pour la "
     "professeure de droit Hélène Fournier, de l'Université de Sherbrooke, le cas illustre "
     "une faille connue. « La procuration est un outil précieux », a-t-elle expliqué.",
     "Hélène Fournier"),
    # Guard: "pour" inside a sentence opens no viewpoint; "elle" stays the one quoted.
    ("« On lui faisait confiance », a dit Louise Bergeron. Elle a témoigné pour la "
     "professeure Hélène Fournier. « C'est une trahison », a-t-elle ajouté.",
     "Louise Bergeron"),
])
def test_viewpoint_closed_by_an_apposition(pipeline: Pipeline, body: str, expected: str) -> None:
    """A ``Pour X, ...`` viewpoint whose closing comma the parse hung on X's apposition, or
    opening the sentence after a closed quote, makes X whom the next ``-t-il`` stands for."""
    assert [q.speaker for q in french_quotes(pipeline, body)][-1] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A verb opened by "s'" right after the mark is an incise whatever the verb; the parse
    # takes "s'" for its subject and hangs the name on it as an apposition.
    ("« Ça fait deux ans qu'on signale les problèmes », s'emporte Moussa Keïta, 38 ans, qui "
     "habite au rez-de-chaussée. Le chauffeur-livreur sort son téléphone. « Personne ne "
     "répondait jamais. »", ["Moussa Keïta", "Moussa Keïta"]),
    ("« Ça fait deux ans », s'agace la mairesse, Julie Roy.", ["Julie Roy"]),
    # Guard: a verb of the lexicon after "s'" was read before, and still is.
    ("« Ça fait deux ans », s'indigne Moussa Keïta.", ["Moussa Keïta"]),
    # After a question the sentence is cut at the mark: the hyphened pronoun is the subject.
    ("Lucie Rongère attend son premier enfant. « Et si ça arrive en pleine nuit, sous la "
     "neige ? », s'inquiète-t-elle.", ["Lucie Rongère"]),
    # The model tags the "-t" of these a proper noun: it was taken for the noun after.
    ("Lucie Rongère attend son premier enfant. « C'est injuste ! », s'exclame-t-elle.",
     ["Lucie Rongère"]),
    ("Paul Martin attend les résultats. « Quelle histoire ! », s'écrie-t-il.", ["Paul Martin"]),
    # Guard: a name after the verb still comes first.
    ("« Et si ça arrive en pleine nuit ? », s'emporte Moussa Keïta.", ["Moussa Keïta"]),
])
def test_reflexive_incise(pipeline: Pipeline, body: str, expected: list[str]) -> None:
    """``« ... », s'emporte X``: the name after a reflexive verb of an incise speaks."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Un rapport de l'Observatoire régional de la santé, publié en mars, révèle que près d'un "
     "médecin sur trois songe à quitter la région d'ici cinq ans.",
     "que près d'un médecin sur trois songe à quitter la région d'ici cinq ans"),
    ("Le rapport relève que les délais d'attente ont doublé depuis 2020.",
     "que les délais d'attente ont doublé depuis 2020"),
])
def test_stem_changing_verbs_of_saying(pipeline: Pipeline, body: str, expected: str) -> None:
    """``révèle``, ``relève``: forms of -er verbs whose stem takes a grave accent say too."""
    assert expected in [q.text for q in french_quotes(pipeline, body)]
