"""A cluster's type is kept between asks, and made again when anything it is made of changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newswire.nlp.entities.clustering.clusters import Cluster
from newswire.nlp.entities.spans.mentions import Mention
from newswire.nlp.entities.words.aliases import Known


def _aged(cluster: Cluster) -> None:
    cluster.mentions[0].aged = True  # "Meri, 67, has been accused": a flag set in place


def _company(cluster: Cluster) -> None:
    cluster.mentions[0].company = True  # "Barrick shares fell"


def _voted_person(cluster: Cluster) -> None:
    cluster.mentions += [Mention("body", 100, 105, "Bonds", "PERSON"),  # a merge
                         Mention("body", 200, 205, "Bonds", "PERSON")]


def _listed(cluster: Cluster) -> None:
    cluster.known = Known("Kent", "GPE")  # the dateline's place


@pytest.mark.parametrize(("name", "label", "change", "before", "after"), [
    ("Meri", "ORG", _aged, "ORG", "PERSON"),
    ("Barrick", "PERSON", _company, "PERSON", "ORG"),
    ("Bonds", "ORG", _voted_person, "ORG", "PERSON"),
    ("Kent", "ORG", _listed, "ORG", "GPE"),
])
def test_a_kept_type_follows_its_mentions(name: str, label: str,
                                          change: Callable[[Cluster], None], before: str,
                                          after: str) -> None:
    """The type asked again after a mention's flag, the mentions or the table's entry
    changed is the new one's, as if never asked before."""
    cluster = Cluster(name.casefold(), [Mention("body", 0, len(name), name, label)])
    assert cluster.type() == before
    assert cluster.type() == before
    change(cluster)
    assert cluster.type() == after
    fresh = Cluster(cluster.key, list(cluster.mentions), cluster.known)
    assert fresh.type() == after
