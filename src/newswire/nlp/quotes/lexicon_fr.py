"""The French lexicon: verbs of saying, ``selon``, pronouns, nouns of sources, titles, and
first names by gender; an instance of the one :class:`~newswire.nlp.quotes.lexicon.Lexicon`.

French news reports speech with an inverted cue (``« ... », a déclaré le ministre``, ``a-t-il
dit``) and with ``selon X``; ``estime`` and ``juge`` are as often said as thought, so they
count. ``fr_core_news_sm`` lemmatises some forms badly (``estime`` -> ``estime``), so the
inflected forms of each verb are listed too (:mod:`newswire.nlp.entities.french.speech_verbs_fr`,
where the entity rules read them).  Nouns are lemmas (singular): ``les manifestants`` is a
group, ``le ministre`` a person with that title, ``le rapport`` a document.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.french.french_words import DE, THE_SINGULAR
from newswire.nlp.entities.french.speech_verbs_fr import SPEECH_FORMS, SPEECH_VERBS, verb_forms
from newswire.nlp.quotes.lexicon import Lexicon, words
from newswire.nlp.quotes.lexicon_en import ENGLISH

__all__ = ["AUXILIARIES", "CAMPS", "CONJUNCTION_QUE", "DE", "DYING", "FRENCH", "INCISE",
           "INVERTED_PERSONS", "MAX_QUESTION_WORDS", "NEGATIONS", "QUE", "QUE_REACH",
           "REFLEXIVES", "REFUSING", "SPEECH_FORMS", "SPEECH_VERBS", "THE_SINGULAR",
           "person_name", "verb_forms"]

#: The adverbs French denies a verb with (``ne ... pas``): ``n'a pas voulu``, ``n'a jamais
#: répondu`` (read by the refusals and the dash exchanges alike).
NEGATIONS = words("pas jamais aucunement point plus")
#: Verbs (lemmas) of dying: one who died did not speak (read by the vox pops' first names
#: and the incise pronouns alike).
DYING = frozenset(("mourir", "décéder", "succomber", "périr"))
#: Verbs that refuse what their infinitive says (``a refusé de commenter``).
REFUSING = words("refuser décliner")
#: ``que`` and its elided forms: what opens a clause said under a French verb.
QUE = frozenset(("que", "qu’", "qu'"))
#: The reflexive pronoun of a pronominal verb (``s'emporte``, ``se félicite``, ``se dit``).
REFLEXIVES = frozenset(("se", "s’", "s'"))
#: A subject pronoun hyphened after its verb that stands for someone (``a-t-il``,
#: ``s'inquiète-t-elle``); ``-on`` (``dit-on``) names nobody.
INVERTED_PERSONS = frozenset(("-il", "-elle", "-ils", "-elles"))
#: Words a verb of saying's ``que`` may stand after it, read by ``clauses_fr`` and
#: ``que_clauses_fr`` alike: ``a confié à La Presse pendant la pause que``.
QUE_REACH = 8
#: Words before ``que`` that make it a conjunction, not the opening of a said clause
#: (``a requis l'anonymat parce qu'ils ...``, ``alors que``, ``bien que``).
CONJUNCTION_QUE = frozenset(("parce", "alors", "bien", "tandis", "pendant", "dès", "ainsi",
                             "avant", "après", "sans", "pour", "afin", "lors", "depuis",
                             "encore", "même", "tant", "sitôt", "jusqu'à"))
#: Auxiliaries of a compound incise, between the comma and the verb: ``, a réagi``,
#: ``, avait raconté``.
AUXILIARIES = frozenset(("a", "avait", "ont", "avaient", "aura", "aurait"))
#: An interview's question is a paragraph of at most this many words (``interviews_fr``,
#: ``exchanges_fr``): a longer one is the article's, whatever it ends with.
MAX_QUESTION_WORDS = 60
#: ``La majorité lui a répondu``, ``Dans l'opposition, on dénonce``: French political writing
#: names a camp of elected members by these nouns alone, never a body named before (read by
#: ``bodies.described_bodies`` and ``fr_parse.side_openings_fr``).
CAMPS = frozenset(("majorité", "opposition"))
#: A capitalised word of a person's name (``Brégeon-Ferrand``, ``Jean-Marc``).
_NAME_WORD = r"[A-ZÀ-Ý][\w’'\-]+"


def person_name(most_words: int) -> re.Pattern[str]:
    """A person's name as a French page prints it in a label or a byline: two to
    ``most_words`` words, capitalised or a particle (``Jean-Marc Le Goff``, ``Anne de
    Lacroix``, ``Jeanne d'Arc``)."""
    return re.compile(rf"{_NAME_WORD}(?: (?:{_NAME_WORD}|de|du|d[’']\w+)){{1,{most_words - 1}}}")

_ORG_NOUNS_WORDS = """
    entreprise société groupe ministère gouvernement parti syndicat association agence
    commission conseil tribunal cour banque mairie préfecture police gendarmerie armée
    ambassade parquet institut fondation fédération club équipe direction assemblée sénat
    exécutif opposition majorité collectif coalition alliance organisation union office
    autorité régulateur firme compagnie constructeur opérateur journal quotidien chaîne
    radio site hebdomadaire élysée matignon cabinet bureau organisme regroupement centrale
    ordre collège université municipalité arrondissement établissement hôpital clinique
    régie caisse coopérative corporation confédération comité secrétariat administration
    ville mrc sûreté centre service poursuite couronne rectorat réseau institution plateforme
    observatoire instance juridiction coordination délégation inspection chambre
    intersyndicale présidence
"""
_FEMALE_FR_WORDS = """
    mme madame mademoiselle mlle dre docteure présidente directrice députée sénatrice
    ministre-présidente chancelière avocate porte-parole-adjointe fondatrice secrétaire-générale
    marie anne sophie nathalie isabelle catherine christine valérie élisabeth elisabeth
    ségolène marine rachida najat agnès aurore clémentine sandrine martine françoise brigitte
    delphine amélie céline julie claire hélène laurence mathilde pauline charlotte léa manon
    chloé emma lucie yaël aurélie émilie caroline véronique sylvie monique nicole florence
    juliette ursula giorgia roberta annalena carole corinne fabienne géraldine muriel nadia
    sarah alice louise jeanne margot rima aya
    geneviève josée chantal mélanie karine stéphanie mélissa maude josiane johanne annie
    marie-ève marie-josée
    mairesse professeure rectrice vice-rectrice vice-présidente doyenne cheffe gouverneure
    vérificatrice protectrice entraîneuse bâtonnière chercheuse greffière
"""
_MALE_FR_WORDS = """
    m monsieur président directeur député sénateur chancelier avocat fondateur
    emmanuel jean pierre michel françois nicolas jacques bruno gérald édouard gabriel jordan
    éric olivier laurent philippe patrick alain bernard christophe thierry sébastien stéphane
    julien antoine alexandre mathieu vincent jérôme yannick fabien raphaël benoît olaf
    volodymyr luc marc louis hugo arthur gilles denis yves rené georges henri didier hervé
    pascal lionel arnaud jean-luc jean-marie jean-michel jean-pierre jean-yves jean-noël
    jean-claude jean-louis gérard roland xavier franck frédéric guillaume damien clément
    romain maxime florian kylian zinédine
    réjean gaétan sylvain normand ghislain serge réal yvon marc-andré pierre-luc
    jean-françois jean-sébastien
    valéry
"""
# Documents (lemmas). The last line: the papers of courts, sport, science and consumer news
# cited by ``selon``/``d'après`` (``Selon l'acte d'accusation``, ``D'après la dénonciation``,
# ``Selon l'exposé conjoint des faits``, ``selon la feuille de match``, ``D'après le protocole
# de l'essai``, ``D'après le dernier comparatif de l'association``): no list held them, so the
# source had no kind and the quote no speaker (frorgs52).
_DOCUMENT_NOUNS = """
    rapport étude sondage enquête plainte communiqué lettre courrier note texte décret loi
    projet arrêté jugement décision avis document tweet message publication ordonnance
    proposition bilan audit recours requête tribune pétition motion accord traité plan
    budget programme chiffre donnée statistique analyse prévision règlement mémoire bulletin
    registre rapport-synthèse
    acte dénonciation exposé procès-verbal protocole feuille comparatif présentation
    cartographie compilation
"""
# Unnamed people: "des responsables", "les manifestants" (lemmas, so singular).
_GROUP_NOUNS = """
    responsable source expert analyste observateur militant habitant manifestant syndicaliste
    élu salarié agriculteur éleveur opposant proche conseiller partisan témoin enquêteur
    économiste chercheur scientifique spécialiste riverain parent élève étudiant enseignant
    médecin soignant électeur sympathisant détracteur critique membre collaborateur
    porte-parole représentant diplomate entourage accusation défense urgentiste infirmier
    infirmière pompier policier chauffeur commerçant restaurateur producteur consommateur
    usager patient locataire propriétaire travailleur employé employée ouvrier fonctionnaire
    pharmacien autorité dirigeant camionneur agent parlementaire ministre-adjoint
    juriste avocat enseignante étudiante résident résidente citoyen citoyenne
"""
_ROLE_NOUNS = """
    président présidente ministre maire juge député députée sénateur sénatrice directeur
    directrice porte-parole secrétaire préfet préfète procureur procureure avocat avocate
    chef patron patronne dirigeant dirigeante fondateur fondatrice candidat candidate
    commissaire ambassadeur ambassadrice chancelier chancelière gouverneur roi reine pape
    général conseiller conseillère responsable présidente-directrice président-directeur
    maire-adjoint adjoint adjointe élu élue syndicaliste économiste médecin professeur
    mairesse professeure recteur rectrice vice-recteur vice-rectrice vice-président
    vice-présidente doyen doyenne cheffe gouverneure vérificateur vérificatrice protecteur
    protectrice coroner entraîneur entraîneuse capitaine sous-ministre bâtonnier bâtonnière
    président-directeur présidente-directrice chercheur chercheuse préfète greffier greffière
    sélectionneur sélectionneuse
"""
_UTTERANCE_NOUNS = """
    déclaration propos message tweet lettre communiqué discours réponse entretien interview
    remarque mot parole courrier
"""
_ALL_FORMS = "|".join(sorted((re.escape(f) for f in SPEECH_FORMS), key=len, reverse=True))
#: ``, a déclaré le ministre.``, ``, a-t-il dit``, ``, lance-t-elle``: where a line of dialogue
#: hands over to its cue.
INCISE = re.compile(
    rf",\s+(?:(?:a|avait|ont|avaient|aura|aurait)(?:-t-(?:il|elle|on))?\s+)?(?:{_ALL_FORMS})"
    r"(?:-t)?(?:-(?:il|elle|ils|elles|on))?\b",
    re.IGNORECASE,
)

FRENCH = Lexicon(
    speech_verbs=SPEECH_VERBS,
    speech_forms=SPEECH_FORMS,
    according=(("selon",), ("d'", "après"), ("d’", "après"), ("de", "source"),
               ("de", "sources")),
    # "a-t-il dit": the inverted pronoun keeps its hyphen (a component makes it the subject);
    # "lui", "eux" as in "selon lui": the stressed forms after a preposition.
    person_pronouns={"il": "m", "elle": "f", "-il": "m", "-elle": "f", "lui": "m"},
    group_pronouns=words("ils elles -ils -elles eux"),
    # "le syndicat ... il", "la police ... elle": an organisation has a gender in French.
    organisation_pronouns=words("il elle -il -elle lui"),
    thing_pronouns=frozenset(),  # "il" may be a thing too: it is read as a person
    relative_pronouns=words("qui que lequel laquelle lesquels"),
    definite=THE_SINGULAR | words("les ce cet cette"),
    indefinite=words("un une"),
    viewpoint=words("pour"),
    viewpoint_cues=words("pour selon"),
    quantifiers=words("un une les le la l' l’ de du d' d’ ces ce cet cette"),
    kept_quantifiers=words("des certains certaines plusieurs quelques nombreux nombreuses "
                           "tous toutes deux trois quatre cinq divers diverses "
                           # "son cabinet", "nos informations", "ses services": a French
                           # possessive says whose source it is; the bare noun loses it
                           "son sa ses leur leurs notre nos votre vos"),
    whole_document_phrases=True,
    pronouns_skip_quoted=True,
    compound_names_follow_first_part=True,
    places_end_body_names=True,
    # In French news a bare "direction" is the management of the company or institution the
    # story is about; matched to an organisation named before by its sort (an agency's) or by
    # the word, it became a ministry, a regulator or an employers' body named in between
    # ("Direction générale de l'aviation civile", "ministère de l'Industrie").
    management_nouns=words("direction"),
    org_nouns=words(_ORG_NOUNS_WORDS),
    document_nouns=words(_DOCUMENT_NOUNS),
    group_nouns=words(_GROUP_NOUNS),
    role_nouns=words(_ROLE_NOUNS),
    utterance_nouns=words(_UTTERANCE_NOUNS),
    title_abbreviations={"m": "monsieur", "mme": "madame", "mlle": "mademoiselle",
                         "dr": "docteur", "pr": "professeur", "me": "maître"},
    honorifics=ENGLISH.honorifics | words("m mm mme mmes mlle me maître honorable"),
    # A French first name keeps its French gender: "Jean" is a man's (a woman's in English).
    female_words=ENGLISH.female_words - words(_MALE_FR_WORDS) | words(_FEMALE_FR_WORDS),
    male_words=ENGLISH.male_words - words(_FEMALE_FR_WORDS) | words(_MALE_FR_WORDS),
    incise=INCISE,
    # "Il craint que les employés subissent ...": what a source thinks or fears, a belief
    # (its "que" clause only; "croire"/"penser" of "je", "nous", "vous" name no source).
    thought_verbs=words("croire penser craindre redouter douter soupçonner"),
    generic_subjects=words("je j' j’ nous vous on moi"),
    topic_headline_main_speaker=True,
)
