"""A player's position, which sports copy writes for the player named before instead of the
name: ``“We practise that delivery every Friday,” the Finnish winger said``, ``the
centre-half said``, ``the goaltender said``.

A position is no office the entities stage gives anyone, and most are too short or too
plain for the epithet rule (:mod:`.epithet_people`), so they are listed. Words with another
common sense (``forward``, ``centre``, ``keeper``, ``prop``, ``hooker``, ``lock``) are left
out. English. Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["BENCH_TITLES", "is_position"]

_POSITIONS = frozenset((
    "winger", "striker", "midfielder", "goalkeeper", "goaltender", "netminder", "goalie",
    "centre-half", "centre-back", "center-back", "full-back", "fullback", "defenceman",
    "defenseman", "quarterback", "linebacker", "pitcher", "shortstop", "batsman",
    "fly-half", "scrum-half", "flanker", "all-rounder", "wicketkeeper", "wicket-keeper",
))

#: Titles of those around the players, whom a position never stands for (``Coach Mike Dunn
#: praised the power play. "...," the Finnish winger said``: not the coach).
BENCH_TITLES = frozenset((
    "coach", "head coach", "manager", "general manager", "referee", "umpire", "owner",
    "commissioner", "trainer", "chairman", "president",
))


def is_position(head: Token) -> bool:
    """Whether ``head`` (with the word a hyphen joins before it) names a player's position."""
    doc = head.doc
    if head.lemma_.lower() in _POSITIONS or head.lower_ in _POSITIONS:
        return True
    if head.i < 2 or doc[head.i - 1].text != "-" or doc[head.i - 1].whitespace_ \
            or doc[head.i - 2].whitespace_:
        return False
    return f"{doc[head.i - 2].lower_}-{head.lower_}" in _POSITIONS
