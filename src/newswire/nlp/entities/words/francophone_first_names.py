"""First names of francophone Africa, the Maghreb and French usage, by the gender they carry.

The wider table of first names (:func:`~newswire.nlp.entities.words.firstnames.first_name_gender`)
is American: it knows neither ``Ousmane``, ``Issaka``, ``Souleymane``, ``Aïssatou`` nor
``Hatem``, and it reads ``Patrice`` as a woman's (in French it is a man's). French news from
Dakar, Abidjan, Yaoundé, Kinshasa, Bamako, Casablanca or Tunis then leaves the person it
names without a gender, and the ``il`` or ``elle`` of the next sentence cannot tell them
from anyone else. These are common names (not those of any one article), lower case and
with their accents; a name borne by men and women alike (``Edem``, ``Mame``, ``Hyacinthe``)
is left out: unknown stays unknown; so are the Akan and Ewe day names (``Kouassi``,
``Konan``, ``Ahou``, ``Kodjo``) and ``Mbaye``, which Ivorian, Togolese and Senegalese news
writes as surnames too, often first (``Konan Ahou Marcelline``). The last two tables
are first names of French usage (France, Québec, Belgium, Switzerland) the American table lacks
(``Étienne``, ``Loïc``, ``Inès``, ``Solène``) or reads the other way (``Lilian``, ``Jocelyn``,
``Josselin`` are men's in French): news from Québec or a French daily left ``Solène Morin``
ungendered, and a later ``elle`` went to the man named before her. Many of them are common
surnames too (``Benoit``, ``Thibault``, ``Tanguy``: ``Chantale Benoit``, ``Mme Benoit``), so
they are read only as the first word of a full name (:func:`french_usage_gender`); names
that are also words (``Noël``, ``France``) or borne by both (``Sacha``, ``Lou``,
``Camille``) are left out. The first two are read for French text
(:func:`~newswire.nlp.quotes.base.gender.name_gender`, before the American table) and by the
grouping of names (:mod:`.grouping`: ``Ousmane`` before ``Ba Thiombane`` is no stray word).
"""

from __future__ import annotations

from typing import Literal

from newswire.nlp.entities.words.firstnames import _table

__all__ = ["francophone_gender", "french_usage_gender"]

_MALE = _table("""
    mamadou moussa ousmane oumar omar amadou ahmadou abdoulaye ibrahima ibrahim boubacar
    boubakar aboubacar aboubakar seydou souleymane issa issaka idrissa drissa adama lamine
    modibo yacouba salif sékou sekou cheikh cheick tidiane babacar pape papa serigne malick
    moustapha mustapha alioune aliou saliou alpha cellou thierno ousseini hamidou hamadou
    boubakari abdourahamane abdourahmane abderrahmane abdelkader abdellah abdallah abdelhak
    abdelaziz abdelmajid abdelilah abdou bakary bakari mamady lansana fodé mohammed mohamed
    mouhamed mohamadou ahmed hamed hassan hussein youssef youssouf khalid karim hatem slim
    moncef habib hichem hicham nabil tarek tarik samir sami saïd kamel kamal mehdi mounir
    noureddine fouad driss jamal jamel lotfi riadh mourad yassine anis bilel walid patrice
    romaric aristide alphonse godefroid bienvenu désiré honoré fulbert dieudonné aimé
    célestin anicet apollinaire norbert blaise landry prosper faustin théophile innocent
    gervais léopold achille augustin félix joachim firmin marcel raoul gaston albert robert
    ghislain bertin évariste sylvestre cyriaque
    rachid abdelkrim abdelhamid abdelwahab brahim tahar hédi hedi ridha fethi chokri
    farouk redouane hamza nassim issoufou boukary mahamadou oumarou harouna inoussa
    lassina sidiki siaka daouda djibril ismaïla bassirou modou rodrigue hilaire zakaria
""")

_FEMALE = _table("""
    aminata fatou fatoumata awa aïssatou aissatou aïcha aicha khady khadija khadidja coumba
    dieynaba ndèye ndeye mariama mariame mariam kadiatou hawa oumou rokia rokhaya binta
    bintou djénéba djeneba salimata safiatou hadiza zeinabou zeynab zaynab habiba fatima
    fatma leïla leila samia naïma naima rachida karima salma saïda souad amina asma imane
    meriem meryem hind latifa malika nawal samira hafsa houda sarra wafa yasmine hanane
    loubna ghizlane zineb honorine bernadette odette pélagie solange jeannette rosalie
    félicité eugénie henriette georgette justine béatrice scholastique germaine pascaline
    philomène régine viviane yvette ginette huguette mireille sidonie adèle édith irène
    agathe colette odile
    farida amel nadia dalila nesrine hayat ikram zohra yamina ouarda houria salamata
    ramatoulaye aïchatou aichatou assétou kadidia fanta nafissatou ramata
""")


def francophone_gender(first: str) -> Literal["f", "m"] | None:
    """``m`` or ``f`` for a first name of the tables (any case), else ``None``."""
    key = first.lower()
    if key in _MALE:
        return "m"
    return "f" if key in _FEMALE else None


#: First names of French usage (France, Québec, Belgium, Switzerland) the American table
#: lacks or reads the other way. Many are common surnames too (``Benoit``, ``Thibault``,
#: ``Tanguy``, ``Régis``, ``Florent``: ``Chantale Benoit``, ``Mme Benoit``), so they are read
#: only as the first word of a full name (:func:`french_usage_gender`), never for a lone word
#: nor for the last word of a name written surname first (:func:`francophone_gender` is).
_FRENCH_MALE = _table("""
    grégoire bastien erwan erwann étienne etienne aurélien loïc loic théo rémi remi
    thibault thibaut baptiste florent séraphin hugues ludovic goulven gwenaël gwendal
    tanguy yanis killian corentin timothée adrien aymeric fabrice geoffroy godefroy
    josselin jocelyn lilian laurian maël pierrick régis rodolphe tristan yoann yohann
    ronan brieuc anatole éloi malo titouan ewen armel yvan alexis émile sylvère cyrille
    dorian mikaël mickaël steeve rosaire médéric benoit philibert octave jules
""")

_FRENCH_FEMALE = _table("""
    inès ines noémie clémence solène solenne maëlle gwenaëlle nolwenn gaëlle annick lucette
    laetitia laëtitia rosine soizic maëva océane ophélie bérengère bénédicte capucine
    faustine flavie ludivine morgane nadège perrine rozenn séverine tiphaine typhaine
    valentine virginie apolline axelle blandine cyrielle edwige maryse maïwenn marjolaine
    maryvonne murielle raphaëlle romane sixtine violaine zélie guylaine liette andrée
    marthe frédérique
""")


def french_usage_gender(first: str) -> Literal["f", "m"] | None:
    """``m`` or ``f`` for a first name of French usage (any case) opening a full name, else
    ``None``: ``Étienne``, ``Loïc``, ``Lilian`` (a man's in French), ``Inès``, ``Solène``."""
    key = first.lower()
    if key in _FRENCH_MALE:
        return "m"
    return "f" if key in _FRENCH_FEMALE else None
