"""French verbs of saying and their inflected forms.

``fr_core_news_sm`` lemmatises some forms badly (``estime`` -> ``estime``), so each verb's
forms are listed: the regular verbs in -er are inflected below, the others' forms written
out. Read by the quotes stage's lexicon (:mod:`newswire.nlp.quotes.lexicon_fr`, which
exports them as before) and by the French entity rules that keep a verb of saying out of a
name (:mod:`.speaking_names_fr`, :mod:`.orgnames_fr`, :mod:`.portfolios_fr`): kept here,
since ``nlp.entities`` never imports ``nlp.quotes``.
"""

from __future__ import annotations

__all__ = ["SPEECH_FORMS", "SPEECH_VERBS", "verb_forms"]

#: Regular verbs in -er: their forms are made below.
_ER_VERBS_WORDS = """
    déclarer affirmer ajouter expliquer indiquer souligner préciser annoncer estimer assurer
    confier raconter répliquer rappeler insister lancer marteler dénoncer regretter confirmer
    nier juger commenter noter observer demander tweeter témoigner plaider réclamer exhorter
    accuser critiquer saluer féliciter ironiser exclamer lâcher glisser résumer détailler
    argumenter revendiquer proclamer signaler relever mentionner révéler dévoiler avouer
    objecter protester insurger fustiger déplorer menacer jurer certifier
    réitérer répéter conseiller recommander exiger implorer souffler murmurer crier hurler
    alerter considérer tonner raisonner analyser interroger rétorquer avancer évoquer
    constater nuancer trancher soupirer indigner étonner désoler inquiéter
    relater rapporter informer communiquer divulguer reprocher blâmer remercier plaisanter
    blaguer écrier fulminer offusquer scander chuchoter clamer arguer invoquer corriger
    rectifier relativiser minimiser rassurer supplier décrier qualifier pronostiquer contester
    réfuter confesser questionner enchaîner continuer illustrer compléter soulever remarquer
    riposter proposer dénoter prôner déclamer narrer conter railler tempêter pester recenser
    justifier
    couper
"""
_ER_VERBS = frozenset(_ER_VERBS_WORDS.split())
_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "ant", "era",
               "eront", "ons", "ez")
#: Irregular verbs and their forms.
_IRREGULAR = {
    "dire": "dit dits dite disent disait disaient dira diront disant",
    "reconnaître": "reconnaît reconnait reconnu reconnue reconnaissent reconnaissait",
    "admettre": "admet admis admettent admettait",
    "promettre": "promet promis promettent promettait",
    "répondre": "répond répondu répondent répondait",
    "écrire": "écrit écrivent écrivait",
    "conclure": "conclut conclu concluent",
    "poursuivre": "poursuit poursuivi poursuivent poursuivait",
    "soutenir": "soutient soutenu soutiennent soutenait",
    "prévenir": "prévient prévenu préviennent prévenait",
    "avertir": "avertit averti avertissent avertissait",
    "prédire": "prédit prédisent prédisait",
    "démentir": "dément démenti démentent démentait",
    "réagir": "réagit réagi réagissent réagissait réagissaient",
    "renchérir": "renchérit renchéri renchérissent renchérissait",
    "réjouir": "réjouit réjoui réjouie réjouis réjouissent réjouissait",
    "garantir": "garantit garanti garantissent garantissait",
    "applaudir": "applaudit applaudi applaudissent applaudissait",
    "maintenir": "maintient maintenu maintiennent maintenait",
    "sourire": "sourit souri sourient souriait souriaient",  # "», sourit Bruno Achard"
    "prétendre": "prétend prétendu prétendent prétendait",
    "convenir": "convient convenu conviennent convenait",
    "décrire": "décrit décrite décrivent décrivait",
    "plaindre": "plaint plainte plaignent plaignait",
    "concéder": "concède concèdent concédé concédait",
    "alléguer": "allègue allèguent allégué alléguait",
    "tempérer": "tempère tempèrent tempéré",
    "réitérer": "réitère réitèrent",
    "déclamer": "déclame",
    "interpeller": "interpelle interpellent interpellé",
    # -er verbs whose stem changes: "rappelle", "martèle", "répète", "suggère", "inquiète",
    # "révèle", "relève".
    "rappeler": "rappelle rappellent rappellera",
    "marteler": "martèle martèlent",
    "répéter": "répète répètent",
    "considérer": "considère considèrent",
    "suggérer": "suggère suggèrent suggéré suggérait",
    "inquiéter": "inquiète inquiètent",
    "révéler": "révèle révèlent",  # "Une étude ..., publiée en octobre, révèle que"
    "relever": "relève relèvent",
    "soulever": "soulève soulèvent",
    "compléter": "complète complètent",
    "lancer": "lançait lançaient lança",
    "annoncer": "annonçait annonçaient annonça",
    "avancer": "avançait avancent",
    "requérir": "requiert requièrent requis requérait",
    # "« ... », a défendu le directeur", "« ... », coupe Laborde": incises of one who answers
    "défendre": "défend défendu défendent défendait",
    "tancer": "tance tancent tancé tançait tancera",
}
#: The verbs of saying, by their infinitive.
SPEECH_VERBS = _ER_VERBS | frozenset(_IRREGULAR)


def verb_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The inflected forms of ``verbs`` (regular ones in -er, and the irregular table's)."""
    return frozenset(
        {verb[:-2] + ending for verb in verbs & _ER_VERBS for ending in _ER_ENDINGS}
        | {form for verb in verbs for form in _IRREGULAR.get(verb, "").split()})


#: Every form of the verbs of saying.
SPEECH_FORMS = verb_forms(SPEECH_VERBS)
