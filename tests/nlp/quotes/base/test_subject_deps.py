"""The subject-dependency sets ``parse_labels`` names once for every rule (tidy35)."""

import pytest

from newswire.nlp.quotes.base import parse_labels

ROWS = [
    ("SUBJECT_DEPS", {"nsubj", "nsubjpass", "nsubj:pass"}),
    ("ENGLISH_SUBJECT_DEPS", {"nsubj", "nsubjpass"}),
    ("FRENCH_SUBJECT_DEPS", {"nsubj", "nsubj:pass"}),
    ("PASSIVE_SUBJECT_DEPS", {"nsubjpass", "nsubj:pass"}),
    ("FILLED_SUBJECT_DEPS", {"nsubj", "nsubjpass", "expl"}),
    ("FILLED_OR_CLAUSAL_SUBJECT_DEPS", {"nsubj", "nsubjpass", "expl", "csubj"}),
    ("FRENCH_FILLED_SUBJECT_DEPS", {"nsubj", "nsubj:pass", "expl:subj"}),
]


@pytest.mark.parametrize(("name", "labels"), ROWS)
def test_subject_sets(name: str, labels: set[str]) -> None:
    """Each named set holds exactly the labels its rules read (the sets differ on purpose)."""
    table = getattr(parse_labels, name)
    assert isinstance(table, frozenset)
    assert table == labels
    assert name in parse_labels.__all__
