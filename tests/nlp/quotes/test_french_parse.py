"""French quotes whose cue or source the French model parses only with help: typography,
inverted verbs, ``que`` clauses it loses, sources it leaves without a sort."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # Typographic apostrophes: "D’après" and "d’État" read as "D'après" and "d'État".
    ("D’après la police, le conducteur roulait à plus de 150 km/h au moment de l’accident.",
     [("le conducteur roulait à plus de 150 km/h au moment de l’accident", "indirect",
       "police")]),
    ("Selon la société d’État, cette hausse est nécessaire pour financer de nouveaux barrages.",
     [("cette hausse est nécessaire pour financer de nouveaux barrages", "indirect",
       "société d’État")]),
    ("« Aucun patient ne restera sans réponse », a affirmé l’entourage de la ministre.",
     [("Aucun patient ne restera sans réponse", "direct", "entourage de la ministre")]),
    # The verb an inverted pronoun is hyphened to, whatever the model tagged it.
    ("L’économiste Pierre Fortin enseigne à Montréal. « La Banque agit trop tard », "
     "juge-t-il.",
     [("La Banque agit trop tard", "direct", "Pierre Fortin")]),
    ("La directrice Sophie Brassard a rencontré les parents. « Nous avons tout nettoyé "
     "pendant la fin de semaine », raconte-t-elle.",
     [("Nous avons tout nettoyé pendant la fin de semaine", "direct", "Sophie Brassard")]),
    # After "a-t-elle", the participle (an adjective to the model); the next paragraph's
    # quote is hers too.
    ("La mairesse Valérie Plante a visité la rue Sainte-Catherine. « Les commerçants nous "
     "l’ont demandé », a-t-elle soutenu.\n« Il y aura plus de terrasses et plus de piétons. »",
     [("Les commerçants nous l’ont demandé", "direct", "Valérie Plante"),
      ("Il y aura plus de terrasses et plus de piétons.", "direct", "Valérie Plante")]),
    # A "que" clause the model hangs on the hearer or on the verb as a modifier.
    ("Le député libéral Marc Garneau a déclaré aux journalistes que le projet de loi serait "
     "adopté avant Noël.",
     [("que le projet de loi serait adopté avant Noël", "indirect", "Marc Garneau")]),
    ("La gouverneure Carolyn Rogers a toutefois prévenu que d’autres baisses restaient "
     "possibles.",
     [("que d’autres baisses restaient possibles", "indirect", "Carolyn Rogers")]),
    # The quotation is a partial quote; the clause joined after it with its own "que" is
    # reported speech of its own.
    ("Le ministère de la santé a assuré que la situation était « suivie au jour le jour » et "
     "que des renforts de médecins avaient été mobilisés.",
     [("suivie au jour le jour", "partial", "ministère de la santé"),
      ("que des renforts de médecins avaient été mobilisés", "indirect",
       "ministère de la santé")]),
    # A pronominal verb is no passive: its subject speaks.
    ("L’association Anticor s’est félicitée d’une décision qui « rappelle que la probité "
     "n’est pas une option ».",
     [("rappelle que la probité n’est pas une option", "partial", "Anticor")]),
    # A verb of the incise the model reads as a noun or an adjective, and a new verb of it.
    ("Des parents perdent patience. « Mes enfants n’ont pas mis les pieds à l’école depuis le "
     "23 novembre », déplore Karine Dubé, mère de trois enfants.",
     [("Mes enfants n’ont pas mis les pieds à l’école depuis le 23 novembre", "direct",
       "Karine Dubé")]),
    ("Plusieurs élus ont salué son courage. « C’est une femme intègre », a réagi le "
     "conseiller Daniel Champagne.",
     [("C’est une femme intègre", "direct", "Daniel Champagne")]),
    # The one person set off by commas before a verb left without a subject is its subject.
    ("Le directeur Pascal Giguère a parlé aux sinistrés. Rencontré devant le centre "
     "d’hébergement, Robert Veilleux, 67 ans, ne cachait pas son découragement. « C’est la "
     "troisième fois en cinq ans », a-t-il lâché.",
     [("C’est la troisième fois en cinq ans", "direct", "Robert Veilleux")]),
    # A verb of saying the model reads as an adverb before its "que".
    ("Joint par Le Devoir, le président de l’Association des agences, Hugo Tremblay, "
     "soutient que ses membres comblent un besoin réel.",
     [("que ses membres comblent un besoin réel", "indirect", "Hugo Tremblay")]),
    # "-on" speaks for the office or document after its verb.
    ("« Les agences ont profité de la pénurie », indique-t-on au cabinet du ministre.",
     [("Les agences ont profité de la pénurie", "direct", "cabinet du ministre")]),
    ("« Le recours aux agences a triplé depuis 2019 », peut-on lire dans le rapport.",
     [("Le recours aux agences a triplé depuis 2019", "direct", "rapport")]),
    # "Environnement Canada", which the model reads as "Canada", is an organisation.
    ("Des résidents ont été évacués. Selon Environnement Canada, des pluies abondantes sont "
     "encore prévues lundi.",
     [("des pluies abondantes sont encore prévues lundi", "indirect", "Environnement Canada")]),
    # "faire valoir", "faire savoir": "fait" is the verb of saying, its infinitive part of it.
    ("Le procureur Jean Tremblay a fait valoir que l’accusé représentait un danger.",
     [("que l’accusé représentait un danger", "indirect", "Jean Tremblay")]),
    ("Le ministère des Affaires municipales a fait savoir qu’il suivait la situation de près.",
     [("qu’il suivait la situation de près", "indirect",
       "ministère des Affaires municipales")]),
    ("Le ministre Christian Dubé a déposé un projet de loi. « On ne peut plus payer le double "
     "pour le même travail », a-t-il fait valoir.",
     [("On ne peut plus payer le double pour le même travail", "direct", "Christian Dubé")]),
    ("Il faut savoir que la neige tombe.", []),
    # "Y a-t-il un ...": no participle, no cue.
    ("Y a-t-il un risque pour les patients ? Le ministre ne le croit pas.", []),
])
def test_french_parse_repairs(pipeline: Pipeline, body: str,
                              expected: list[tuple[str, str, str | None]]) -> None:
    """Each quote with its kind and speaker once the French parse is helped."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A ministry with its "de" phrase is that ministry, not the union named before it.
    ("Le syndicat Samu-Urgences de France a alerté mercredi sur la situation des hôpitaux. "
     "Le ministère de la santé a assuré que la situation était « suivie au jour le jour ».",
     [("suivie au jour le jour", "partial", "ministère de la santé")]),
    # A name set off after its noun and closing the sentence is the noun's apposition.
    ("« On va lire l’offre », a indiqué la présidente de la FAE, Mélanie Hubert.",
     [("On va lire l’offre", "direct", "Mélanie Hubert")]),
    # "elle" for the organisation that was the subject just before (not the woman before it).
    ("« On va lire l’offre », a indiqué la présidente de la Fédération autonome de "
     "l’enseignement, Mélanie Hubert.\nLa Fédération autonome de l’enseignement réclame une "
     "réduction du nombre d’élèves par classe. Selon elle, la surcharge des classes pousse "
     "les jeunes enseignants à quitter la profession.",
     [("On va lire l’offre", "direct", "Mélanie Hubert"),
      ("une réduction du nombre d’élèves par classe", "indirect",
       "Fédération autonome de l’enseignement"),
      ("la surcharge des classes pousse les jeunes enseignants à quitter la profession",
       "indirect", "Fédération autonome de l’enseignement")]),
    # ... of a main clause only: the subject of a clause said is no antecedent.
    ("La présidente de la Société de transport de Montréal, Isabelle Ménard, a rencontré "
     "les élus. Mme Ménard a affirmé que la STM attendait une réponse de Québec. « La balle "
     "est dans le camp du gouvernement », a-t-elle dit.",
     [("que la STM attendait une réponse de Québec", "indirect", "Isabelle Ménard"),
      ("La balle est dans le camp du gouvernement", "direct", "Isabelle Ménard")]),
    # "on" after "Du côté de X," or "Chez X," is X.
    ("Du côté de l’Élysée, on assure que le président « reste à l’écoute ».",
     [("reste à l’écoute", "partial", "Élysée")]),
    ("Chez Renault, on estime que la transition électrique sera plus lente que prévu.",
     [("que la transition électrique sera plus lente que prévu", "indirect", "Renault")]),
    # "Me" (maître) before a lawyer's name: the name is the subject's, and "-il" is him.
    ("M. Delorme, qui a toujours nié toute malversation, a été condamné. Son avocat, Me "
     "Thomas Ferrand, a annoncé son intention de faire appel. « Mon client n’a jamais touché "
     "un centime », a-t-il déclaré.",
     [("de faire appel", "indirect", "Thomas Ferrand"),
      ("Mon client n’a jamais touché un centime", "direct", "Thomas Ferrand")]),
])
def test_french_sources(pipeline: Pipeline, body: str,
                        expected: list[tuple[str, str, str | None]]) -> None:
    """Each quote with the French source the text names for it."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "Pour X," opening the sentence: its quoted words are X's, however short.
    ("Des piétons étaient partagés. Pour Hélène Roy, 74 ans, la promesse arrive « enfin ».",
     [("enfin", "partial", "Hélène Roy")]),
    ("Pour l’économiste Pierre Fortin, la hausse des taux est « une erreur de calcul ».",
     [("une erreur de calcul", "partial", "Pierre Fortin")]),
    # "Selon X," too, and "l’accusation" (the prosecution) is a group that speaks.
    ("Le Conseil du patronat a réagi. Selon Marie Claire Dubois, porte-parole, la mesure est "
     "« mal ficelée ».",
     [("mal ficelée", "partial", "Marie Claire Dubois")]),
    # The said clause holding the quotation is reported whole too (before_quotes_fr).
    ("Selon l’accusation, plusieurs appels d’offres avaient été « taillés sur mesure ».",
     [("plusieurs appels d’offres avaient été « taillés sur mesure »", "indirect",
       "accusation"),
      ("taillés sur mesure", "partial", "accusation")]),
    # Not a view someone holds: the scare quote stays dropped.
    ("Pour le moment, le « plan de match » reste secret.", []),
])
def test_french_viewpoints(pipeline: Pipeline, body: str,
                           expected: list[tuple[str, str, str | None]]) -> None:
    """A quote in a sentence opened by ``Pour X,`` is X's."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


def test_headline_speaks_after_its_topic(pipeline: Pipeline) -> None:
    """``Hôpital : les urgentistes dénoncent « ... »``: the subject of the verb of saying
    after the colon speaks the headline's quote, not the topic before it."""
    nlp = pipeline.models.full("fr")
    title_doc = nlp("Hôpital : les urgentistes dénoncent un hiver « à haut risque »")
    body_doc = nlp("Le syndicat Samu-Urgences de France a alerté mercredi sur la situation.")
    quotes = extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc))
    assert [(q.kind, q.speaker, q.speaker_kind) for q in quotes] == [
        ("headline", "urgentistes", "group")]


@pytest.mark.parametrize(("title", "expected"), [
    ("Le gouvernement ne reculera pas, assure la première ministre",
     [("Le gouvernement ne reculera pas", "indirect", "Élisabeth Borne")]),
    ("Retraites : le gouvernement ne reculera pas, assure la première ministre",
     [("le gouvernement ne reculera pas", "indirect", "Élisabeth Borne")]),
])
def test_title_ending_with_its_cue(pipeline: Pipeline, title: str,
                                   expected: list[tuple[str, str, str | None]]) -> None:
    """A French title ``claim, assure la première ministre`` reports the claim, spoken by
    whom the body names in that role."""
    nlp = pipeline.models.full("fr")
    title_doc = nlp(title)
    body_doc = nlp("La première ministre, Élisabeth Borne, a réaffirmé dimanche sa "
                   "détermination devant les députés.")
    quotes = extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc))
    assert [(q.text, q.kind, q.speaker) for q in quotes if q.field == "title"] == expected


@pytest.mark.parametrize(("body", "name", "verb"), [
    # "Mamadou" is a NOUN to the model; only its entity label says it names a person.
    ("« Les promesses orales, nous les connaissons », a prévenu Mamadou Ndiaye Fall.",
     "Mamadou", "prévenu"),
])
def test_a_name_tagged_as_a_noun_is_the_incise_subject(pipeline: Pipeline, body: str,
                                                       name: str, verb: str) -> None:
    """A person the model tags NOUN after an incise's verb is its subject: ``parse_fr`` reads
    newswire's label (``PERSON``), which the labels component gave the model's ``PER``."""
    doc = pipeline.models.full("fr")(body)
    word = next(t for t in doc if t.text == name)
    assert (word.pos_, word.ent_type_, word.dep_, word.head.text) == (
        "NOUN", "PERSON", "nsubj", verb)
