"""Issue 14: French quotes from francophone Africa and the overseas press go to the person
named, past the titles and shapes that press prints (real French model).

Texts are written for these tests in the house style of that press: the pilgrim's ``El
Hadj``, a member of parliament's ``l'Honorable``, ``M.`` after an office, ``Me`` for a
lawyer, a troupe's name before its leader's, a sentence opening ``Joint par téléphone``,
a date set off in an incise, interviews printed as dash lines.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes

ROWS = [
    # "El Hadj" is a title, not a place: the person is the name after it
    ("Le président de la coopérative, El Hadj Oumarou Sanda Bello, a reçu la presse mardi. "
     "« Nous voulons être payés avant la prochaine campagne », a-t-il déclaré.",
     "Nous voulons être payés", "Oumarou Sanda Bello"),
    # a participle opening the sentence is no name: the professor after it speaks
    ("Joint par téléphone, le Pr Ibrahima Kane Diallo, enseignant de droit public à "
     "l'université de Niamey, estime que la réforme est « prématurée et mal préparée par le "
     "gouvernement ».",
     "prématurée et mal préparée", "Ibrahima Kane Diallo"),
    # "M." set off after the office (a conjunct to the parse) holds it
    ("Le maire de la Commune IV, M. Bakary Sangaré, a annoncé la mobilisation de cent jeunes "
     "volontaires pour le ramassage des ordures.",
     "la mobilisation de cent jeunes volontaires", "Bakary Sangaré"),
    # ... and so "l'Honorable", a member of parliament's title
    ("Le président du groupe parlementaire de l'Union progressiste (UP), l'Honorable "
     "Cyriaque Dossou Agbo, a pris la parole. « Nos paysans ne peuvent pas faire trente "
     "kilomètres pour s'inscrire », a-t-il lancé.",
     "Nos paysans ne peuvent pas", "Cyriaque Dossou Agbo"),
    # "l'avocate" is the "Me" (maître) named before, not the lawyer of the paragraph before
    ("D'entrée, son avocat, Me Joseph Mballa Essomba, a attaqué le rapport d'expertise. « Mon "
     "client n'a jamais signé ces bons de commande », a-t-il lancé à la barre.\n\n« On nous "
     "demande de condamner un homme sur la foi de photocopies », a poursuivi l'avocat.\n\n"
     "Pour l'État du Cameroun, partie civile, Me Henriette Ngo Mbock a réclamé le "
     "remboursement intégral des sommes. L'avocate a soutenu que la société publique avait "
     "été « vidée de sa substance » au moment où les producteurs attendaient leurs ristournes.",
     "que la société publique", "Henriette Ngo Mbock"),
    # a name after "la troupe" is the troupe's: its leader is the name set off after it
    ("Le chef de la troupe Rainibe Tsiory, Hery Randrianasolo, a confirmé que ses musiciens "
     "joueraient pour la moitié du cachet.",
     "que ses musiciens joueraient", "Hery Randrianasolo"),
    # a date set off by commas in an incise is when, the office and its holder after it who
    ("« Le pays doit décider du rythme de ses exportations », a déclaré devant la presse, fin "
     "novembre, le directeur général de l'Autorité de régulation, Patrice Kalenga Mbuyi.",
     "Le pays doit décider", "Patrice Kalenga Mbuyi"),
    # a person the model missed keeps the hyphened surname the parse links to the name
    ("« Nous attendons toujours la grille de calcul », déplore Carine Mbuyi "
     "Kalala-Tshibangu, directrice générale d'une société minière de Likasi.",
     "Nous attendons toujours", "Carine Mbuyi Kalala-Tshibangu"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_francophone_titles(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is the named person's."""
    quotes = [q for q in french_quotes(pipeline, body) if q.text.startswith(start)]
    assert quotes, [q.text for q in french_quotes(pipeline, body)]
    assert quotes[0].speaker == speaker, quotes[0]


DASH_INTERVIEW = (
    "La présidente de l'université, la professeure Mireille Adjoua Kouamé, a reçu les "
    "grévistes mardi. Elle a accepté de répondre à nos questions.\n\n"
    "— Les étudiants disent qu'ils ne peuvent plus étudier. Les comprenez-vous ?\n\n"
    "— Je les comprends. Le logement est notre premier problème depuis des années.\n\n"
    "— Que pouvez-vous leur proposer dès cette année ?\n\n"
    "— Nous avons obtenu deux cents logements de plus, livrés à la rentrée prochaine.")

LABELLED_INTERVIEW = (
    "Le secrétaire exécutif du parti revient sur le calendrier électoral. Entretien.\n\n"
    "Propos recueillis par Aminata Bah Sow\n\n"
    "Ancien ministre, El Hadj Mamadou Saliou Barry dirige le parti depuis 2021. Le porte-parole "
    "du gouvernement, M. Alpha Camara, a promis un audit. Nous avons rencontré M. Barry à "
    "Conakry.\n\n"
    "Guinéeinfo : Le gouvernement promet un audit du fichier. Cela vous rassure-t-il ?\n\n"
    "— C'est une bonne nouvelle, mais nous voulons savoir qui va faire cet audit.\n\n"
    "Guinéeinfo : Serez-vous candidat aux législatives ?\n\n"
    "— Ce n'est pas le moment. Le bureau politique décidera en temps voulu.")


@pytest.mark.parametrize(("body", "author", "expected"), [
    # dash lines after a paragraph naming one person: answers hers, questions the author's
    (DASH_INTERVIEW, "Olivier Thérèse", [
        ("Les étudiants disent", "Olivier Thérèse"), ("Je les comprends", "Mireille Adjoua Kouamé"),
        ("Que pouvez-vous", "Olivier Thérèse"), ("Nous avons obtenu", "Mireille Adjoua Kouamé")]),
    # with no one-person byline, the questions keep no speaker, the answers are still hers
    (DASH_INTERVIEW, None, [
        ("Les étudiants disent", None), ("Je les comprends", "Mireille Adjoua Kouamé")]),
    # questions labelled with the outlet's name, answers opening with a dash: the answers
    # are the person the introduction names most (one quote per line), the questions the
    # reporter's of "Propos recueillis par"
    (LABELLED_INTERVIEW, None, [
        ("C'est une bonne nouvelle", "Mamadou Saliou Barry"),
        ("Ce n'est pas le moment", "Mamadou Saliou Barry"),
        ("Guinéeinfo : Serez-vous candidat", "Aminata Bah Sow")]),
])
def test_francophone_interviews(pipeline: Pipeline, body: str, author: str | None,
                                expected: list[tuple[str, str | None]]) -> None:
    """Each line of an interview is one quote, the asker's or the interviewee's."""
    quotes = french_quotes(pipeline, body, author=author)
    for start, speaker in expected:
        lines = [q for q in quotes if q.text.startswith(start)]
        assert len(lines) == 1, [(q.text, q.speaker) for q in quotes]
        assert lines[0].speaker == speaker, lines[0]
