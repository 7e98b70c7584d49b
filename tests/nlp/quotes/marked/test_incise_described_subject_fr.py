"""Issue 14: a French incise pronoun (``a-t-il répondu``) after a clause whose subject is a
person the writer gives by a definite description (``Le ministre a balayé ces critiques``)
stands for that person, whom the resolver reads, not for the one quoted just before (real
French model; :func:`newswire.nlp.quotes.marked.incise_pronouns_fr.goes_on_from`).

Sentences are written for these tests, in the styles of a West African daily, a Québec
sports page, a Swiss court report and French regional dailies; names are invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # a minister named in full, an opponent quoted between, then the minister by his office
    ("Le ministre de la Santé, Paul Ndiaye, a inauguré le centre lundi. « Ce centre sauvera "
     "des vies », a-t-il déclaré. Le député de l'opposition Moussa Diallo a dénoncé un projet "
     "électoraliste. « Les fonds manquent ailleurs », a lancé M. Diallo. Le ministre a balayé "
     "ces critiques. « Les chiffres sont publics », a-t-il répondu.",
     "Les chiffres sont publics", "Paul Ndiaye"),
    ("Le président de la commission électorale, Edem Amouzou, a publié les résultats "
     "provisoires. L'opposant Kossi Lawson conteste le décompte. « Où sont passées nos voix ? "
     "», s'interroge-t-il. Le président de la commission a rejeté ces accusations. « Les "
     "procès-verbaux sont publics », a-t-il répondu.",
     "Les procès-verbaux sont publics", "Edem Amouzou"),
    # Guard: the quoted one's own cue names him by his office: no one brought in
    ("« La situation est tendue », a déclaré le préfet, Jean Roy. Le préfet a ensuite quitté "
     "la salle. « Nous restons vigilants », a-t-il ajouté.", "Nous restons vigilants",
     "Jean Roy"),
    # Guard: a description of the other gender than the pronoun's is not the one who goes on
    ("« Nous voulons des réponses », a dit Sophie Martin, présidente de l'association. Le "
     "maire a quitté la salle sans un mot. « C'est du mépris », a-t-elle ajouté.",
     "C'est du mépris", "Sophie Martin"),
    # Guard (review57 F4): one who did not speak, told between two quotes of the one before
    ("« Le projet est mort », a lancé le maire, Jean Roux. Le préfet n'a pas répondu. « Nous "
     "irons au tribunal », a-t-il prévenu.", "Nous irons au tribunal", "Jean Roux"),
    # Guard (review57 F4): the one described acts toward the one quoted before, who answers
    ("« Nous demandons des excuses », a déclaré la porte-parole des familles. La directrice "
     "de l'usine a refusé de la recevoir. « C'est du mépris », a-t-elle dénoncé.",
     "C'est du mépris", "porte-parole des familles"),
    # Guard (review57 F2): the quote opens on "il", speaking of the one described between
    ("« Nous avons souffert », reconnaît l'entraîneur. Le gardien a arrêté trois penalties. "
     "« Il a été immense ce soir », a-t-il salué.", "Il a été immense", "entraîneur"),
    # Guard (review57 F2): one who died told between two quotes did not speak
    ("« Il y a eu des erreurs », admet le directeur de l'hôpital. Le patient est décédé après "
     "huit heures d'attente. « Une enquête interne est ouverte », a-t-il précisé.",
     "Une enquête interne", "directeur de l'hôpital"),
    # Guard (review57b R8): a description of the other gender, its holder named before
    ("La ministre, Awa Diop, a présenté le plan. « Il manque des moyens », a dit Paul Sarr, "
     "délégué syndical. La ministre a quitté la salle. « Nous reviendrons », a-t-il ajouté.",
     "Nous reviendrons", "Paul Sarr"),
    # Guard: a plural subject brings no one in
    ("« Nous allons réorganiser le service », a déclaré Paul Girard, directeur régional. Les "
     "salariés ont quitté la réunion. « Personne ne sera licencié », a-t-il ajouté.",
     "Personne ne sera licencié", "Paul Girard"),
    # Guard: a named one and his lawyer, each quoted after his own sentence
    ("Le procureur, Alain Morel, a requis deux ans de prison. « Les faits sont graves », "
     "a-t-il souligné. L'avocat de la défense, Me Luc Bernard, a plaidé la relaxe. « Le "
     "dossier est vide », a-t-il lancé.", "Le dossier est vide", "Luc Bernard"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_incise_described_subject_fr(pipeline: Pipeline, body: str, start: str,
                                     speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
