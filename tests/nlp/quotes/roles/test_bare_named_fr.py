"""Issue 14: a French office after a person named bare as a subject (``Antoine Berthier a
reçu les syndicats. Le président de la République a estimé …``) is that person's epithet,
also when the office repeats an earlier office subject (``Le ministre de l'Agriculture a
visité … a assuré le ministre``); an office after one set off by an apposition, titled,
named as an object or further back is an unnamed holder of its own (real French model;
:mod:`newswire.nlp.quotes.roles.bare_named_fr`).

Sentences are written for these tests in several outlets' styles (national dailies, AFP's
wire, regional papers, sport, Belgian, Swiss and Québec desks); names are invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

EPITHETS = [
    # A national daily: the office in the next sentence, a split quote's incise after it.
    ("Antoine Berthier a reçu les syndicats mardi à l'Élysée. Le président de la République "
     "a estimé que « la réforme est nécessaire » devant ses ministres.",
     "la réforme est nécessaire", "Antoine Berthier"),
    # AFP's wire: a dateline before the name, a negation, the office after the quote.
    ("PARIS, 4 mars 2027 (AFP) - Antoine Berthier n'a pas caché son agacement mardi. « Ce "
     "n'est pas acceptable », a lancé le chef de l'État devant la presse.",
     "Ce n'est pas acceptable", "Antoine Berthier"),
    # A Paris daily: a woman's office, the article's gender agreeing.
    ("Claire Vasseur a présenté son budget lundi. « Nous investissons dans les écoles », a "
     "déclaré la maire de Paris devant le Conseil.", "Nous investissons", "Claire Vasseur"),
    # Sport: the coach's post named by the team.
    ("Thierry Lambert a dévoilé sa liste jeudi. « Je fais confiance à ce groupe », a confié "
     "le sélectionneur des Bleus.", "Je fais confiance", "Thierry Lambert"),
    # A Belgian daily: a party's president.
    ("Pierre Dewinter a réuni son bureau lundi à Bruxelles. « Nous ne monterons pas dans ce "
     "gouvernement », a lancé le président du PS.", "Nous ne monterons pas", "Pierre Dewinter"),
    # A Swiss daily: a federal minister.
    ("Monika Brunner a présenté le budget de la Confédération vendredi. « Nous devons faire "
     "des économies », a indiqué la ministre des Finances.", "Nous devons faire",
     "Monika Brunner"),
    # A Québec daily: the office opens the next sentence.
    ("Michel Gagnon a défendu son bilan économique mercredi. Le premier ministre du Québec a "
     "affirmé que « la province est sur la bonne voie ».", "la province est sur",
     "Michel Gagnon"),
    # A regional paper: the office as a subject, then the bare noun repeating it.
    ("Julien Ferrand a passé la journée dans le Gers. Le ministre de l'Agriculture a visité "
     "deux exploitations touchées par la grêle. « Les éleveurs ne seront pas abandonnés », a "
     "assuré le ministre devant les syndicats.", "Les éleveurs ne seront pas", "Julien Ferrand"),
    # The office before the name: the same office again after it.
    ("La maire de Nantes est sortie de son silence. Sur France Bleu, Louise Garnier a dénoncé "
     "le manque de moyens de la police. La maire de Nantes a estimé que « l'État doit prendre "
     "ses responsabilités ».", "l'État doit prendre", "Louise Garnier"),
    # A name the parse hangs on the noun before (``quand`` read as a preposition).
    ("Le ministre de l'Économie a présenté son plan mercredi. Il était midi quand Hugo Lemaire "
     "s'est présenté devant la presse. « Nous tiendrons nos objectifs », a déclaré le ministre "
     "de l'Économie.", "Nous tiendrons nos objectifs", "Hugo Lemaire"),
]

EPITHETS += [
    # review49: the ``être`` of a verb of motion is no passive (the small model may call it
    # one): the one who arrived is the minister.
    ("Peu avant midi, Claire Bouvier est arrivée à la préfecture de Lille. « Nous ne "
     "laisserons personne au bord de la route », a assuré la ministre du Travail.",
     "Nous ne laisserons personne", "Claire Bouvier"),
]

OWN_OFFICES = [
    # A wire's union delegate set off by her post: the plant's director is another woman.
    ("« Nous ne céderons pas », a lancé Sophie Martel, déléguée CGT. La directrice de "
     "l'usine de Flins a assuré que « le dialogue reste possible ».",
     "le dialogue reste possible", "directrice de l'usine de Flins"),
    # Crime news: the one named is the object of an arrest, not the prosecutor.
    ("La police a interpellé Marc Vidal mardi soir. Le procureur de Nanterre a indiqué que "
     "« l'enquête se poursuit ».", "l'enquête se poursuit", "procureur de Nanterre"),
    # A Belgian business daily: ``Pour X, title,``, a title the titles reader misses.
    ("Pour Thomas Verhaegen, professeur de finance à l'ULB, la réforme arrive trop tard. Le "
     "ministre wallon de l'Économie se dit au contraire « attentif à l'ancrage wallon » des "
     "entreprises.", "attentif à l'ancrage wallon", "ministre wallon de l'Économie"),
    # A Québec daily: a teacher set off by what he does.
    ("Marc Tremblay, enseignant depuis vingt ans, estime que « la coupe est pleine ». Le "
     "ministre de l'Éducation du Québec a répondu que « les négociations avancent ».",
     "les négociations avancent", "ministre de l'Éducation du Québec"),
    # A regional paper: an unnamed resident before.
    ("Un habitant raconte avoir vu l'eau monter en quelques minutes. Le maire de Brest a "
     "promis que « chaque famille sera aidée ».", "chaque famille sera aidée", "maire de Brest"),
    # A baker set off by his trade, quoted with ``dit-il``.
    ("Jean Morel, boulanger dans le 7e arrondissement, craint la fermeture de la rue. « On va "
     "perdre nos clients », dit-il. Le maire de Lyon a promis que « rien ne sera décidé sans "
     "les commerçants ».", "rien ne sera décidé", "maire de Lyon"),
    # Named bare, but three sentences before the office.
    ("Julien Roussel a déposé plainte en mars. L'affaire a depuis pris de l'ampleur. Plusieurs "
     "voisins ont témoigné devant les gendarmes. Le procureur de Grenoble a estimé que « les "
     "faits sont graves ».", "les faits sont graves", "procureur de Grenoble"),
    # Named bare the second time, set off the first.
    ("Paul Girard, agriculteur à Étain, a perdu sa récolte. Paul Girard a porté plainte lundi. "
     "Le préfet de la Meuse a assuré que « les aides arriveront avant l'hiver ».",
     "les aides arriveront", "préfet de la Meuse"),
    # One brought in unnamed keeps the later noun, a bare name between.
    ("Un conseiller du ministre reconnaît des tensions. Paul Roy a quitté la réunion avant la "
     "fin. « Rien n'est réglé », a glissé le conseiller.", "Rien n'est réglé",
     "conseiller du ministre"),
    # review49: a passive subject is one the news befell (a court report): the prosecutor
    # after them is someone else.
    ("Laurent Castaing a été condamné lundi à deux ans de prison. « La peine est juste », a "
     "estimé le procureur de la République.", "La peine est juste",
     "procureur de la République"),
    ('BRUXELLES (Belga) - Marc Dewulf a été interpellé mardi à Anvers. "Il sera présenté à un '
     'juge demain", a indiqué le procureur du Roi.', "Il sera présenté", "procureur du Roi"),
    # review49: an office answering (``a répondu``, ``rétorque``) answers the one named
    # before: a business daily, a Swiss daily.
    ("Bernard Vasseur a critiqué la nouvelle taxe jeudi. « Chacun doit contribuer », a "
     "répondu le ministre de l'Économie.", "Chacun doit contribuer", "ministre de l'Économie"),
    ("Hans Keller a dénoncé un budget « irresponsable ». « Nous tenons nos engagements », "
     "rétorque le président du Conseil d'État.", "Nous tenons nos engagements",
     "président du Conseil d'État"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), EPITHETS)
def test_office_after_a_bare_name_is_theirs(pipeline: Pipeline, body: str, start: str,
                                            speaker: str) -> None:
    """The quote starting with ``start`` is the person named bare before the office."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote


@pytest.mark.parametrize(("body", "start", "speaker"), OWN_OFFICES)
def test_office_after_one_set_off_is_its_own(pipeline: Pipeline, body: str, start: str,
                                             speaker: str) -> None:
    """The quote starting with ``start`` is the office's own holder, by its phrase."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
