"""A French ``il``/``elle`` whose sentence or the one before names a communiqué takes up the
body named there, unless a person is a subject there
(:mod:`newswire.nlp.quotes.resolution.communique_bodies_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "start", "expected"), [
    # A body in a relative clause of a verbless sentence, a spokeswoman named bare before
    # (base55: the spokeswoman).
    ("Sophie Marchal, porte-parole des riverains, ne décolère pas. Une décision que la "
     "direction de l'aéroport refuse de commenter. Dans un communiqué, elle se borne à "
     "rappeler que « les vols de nuit restent autorisés ».", "les vols de nuit",
     "direction de l'aéroport"),
    # ``par communiqué``; the body's own ``qu'il`` of an embedded clause is no person
    # (base55: the man named bare before).
    ("Karim Benali est sorti du tribunal sans un mot. Le syndicat des avocats de Marseille a "
     "annoncé qu'il ferait appel. Par communiqué, il dénonce « une justice à deux vitesses ».",
     "une justice", "syndicat des avocats de Marseille"),
    # The body set in apposition after a fronted communiqué, another union named inside it
    # (base55: the trader named with her occupation after her name).
    ("Fatou Diallo, commerçante, attend toujours. Dans un communiqué, la Fédération des "
     "transporteurs routiers, affiliée à l'Union nationale des commerçants, appelle l'Etat à "
     "agir. Elle rappelle que « les routes sont impraticables depuis trois semaines ».",
     "les routes", "Fédération des transporteurs routiers"),
    # Neighbours that pass on base55 too: a stressed ``lui``, a fronted place, a negation.
    ("Martine Aubry a quitté la réunion en colère. Le rectorat, lui, reste ferme. Dans un "
     "communiqué, il assure que « aucune classe ne fermera sans concertation ».",
     "aucune classe", "rectorat"),
    ("Le maire, Paul Vernier, a dénoncé un « mépris ». À Lille, la préfecture du Nord "
     "maintient sa décision. Dans un communiqué diffusé jeudi, elle précise que « la sécurité "
     "des usagers prime ».", "la sécurité", "préfecture du Nord"),
    ("Thomas Girard, ancien joueur du club, a salué la décision. La fédération suisse de "
     "football n'a pas fait de commentaire, mais dans un communiqué elle indique que « le "
     "dossier est clos ».", "le dossier", "fédération suisse de football"),
])
def test_the_pronoun_is_the_issuing_body(pipeline: Pipeline, body: str, start: str,
                                         expected: str) -> None:
    """The pronoun after a body's communiqué is that body, an organisation."""
    quotes = [q for q in french_quotes(pipeline, body) if q.text.startswith(start)]
    assert quotes
    assert (quotes[0].speaker, quotes[0].speaker_kind) == (expected, "organization")


@pytest.mark.parametrize(("body", "start", "expected"), [
    # Guard: the person who issued the communiqué, set off after his title, is the subject.
    ("Les salariés de l'usine sont inquiets. Son directeur, Marc Lemoine, a réagi dans un "
     "communiqué. Il affirme que « aucun licenciement n'est prévu ».", "aucun licenciement",
     "Marc Lemoine"),
    # Guard: a union's communiqué, then its secretary general named as the subject.
    ("La CGT a publié un communiqué mardi. Julie Perrin, sa secrétaire générale, s'est "
     "exprimée devant les grévistes. Elle estime que « la direction joue la montre ».",
     "la direction joue", "Julie Perrin"),
    # Guard: a titled MP, a negation, the body's communiqué two sentences back.
    ("Le ministère de l'Intérieur a publié un communiqué. Le député Jean Roux n'a pas réagi. "
     "Il juge pourtant « inacceptable » ce silence, selon ses proches.", "inacceptable",
     "Jean Roux"),
])
def test_a_person_subject_keeps_the_pronoun(pipeline: Pipeline, body: str, start: str,
                                            expected: str) -> None:
    """A person who is a subject beside the communiqué keeps the pronoun."""
    quotes = [q for q in french_quotes(pipeline, body) if q.text.startswith(start)]
    assert quotes
    assert quotes[0].speaker == expected
