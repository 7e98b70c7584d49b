"""Resolved speakers for the quote benchmark: the annotators' referents and how a predicted
speaker is judged against them (strictly, or fairly by ``bench/quotes_fair.py``).

Read by ``bench/quotes_gold.py`` (``score``) and ``bench/quotes_eval.py``; nothing here imports
newswire.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes_fair import is_described, namesakes_in, same_person, same_phrase, split_name

__all__ = ["DETERMINERS", "PRONOUNS", "Resolved", "load_resolved", "normalise", "people_of",
           "referent_fair", "referent_right", "source_form"]

PRONOUNS = frozenset(
    ("he", "she", "they", "him", "her", "them", "his", "their", "i", "we", "you", "it", "this",
     "that", "the", "a", "an", "of"))
DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those"))


@dataclass(frozen=True)
class Resolved:
    """What an annotated source refers to (a row of the resolved-speakers file)."""

    referents: tuple[str, ...]
    kind: str
    also: tuple[str, ...] = ()


def load_resolved(paths: Iterable[Path]) -> dict[tuple[str, str, str], Resolved]:
    """(article, ann file, attribution id) -> what its source refers to, from JSONL files."""
    index: dict[tuple[str, str, str], Resolved] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row: dict[str, Any] = json.loads(line)
            referent = row["referent"]
            referents = tuple(referent) if isinstance(referent, list) else (referent,)
            index[(row["article"], row["ann"], row["attribution"])] = Resolved(
                referents, row.get("kind", "unknown"), tuple(row.get("also") or ()))
    return index


def normalise(name: str) -> str:
    """Lower case, no punctuation, no leading determiner: ``The Post’s`` -> ``posts``."""
    words = re.sub(r"[^\w\s]", "", name.casefold().replace("’", "'")).split()
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def referent_right(speaker: str | None, resolved: Resolved) -> bool:
    """Whether a predicted speaker names the resolved source (any of a list; ``also`` too)."""
    if not speaker:
        return False
    wanted = {normalise(n) for n in (*resolved.referents, *resolved.also)}
    return normalise(speaker) in wanted - {""}


def referent_fair(speaker: str | None, resolved: Resolved, text: str,
                  people: Iterable[str]) -> bool:
    """Whether ``speaker`` points a reader to the resolved source (``bench/quotes_fair.py``):
    a person by surname and agreeing given names, a group or document by head and modifiers.

    ``text`` is the article and ``people`` the names of every person referent in it, to
    tell whether a lone surname could be someone else."""
    if referent_right(speaker, resolved):
        return True
    if not speaker:
        return False
    names = (*resolved.referents, *resolved.also)
    if resolved.kind == "person":
        people = list(people)
        return any(same_person(speaker, name, namesakes_in(text, split_name(name)[1], people))
                   for name in names)
    if resolved.kind in ("group", "document"):
        return any(same_phrase(speaker, name) for name in names)
    if resolved.kind == "organization":  # "Trump campaign", "Gowdy's office": a phrase too
        return any(same_phrase(speaker, name) for name in names if is_described(name))
    return False


def people_of(resolved: dict[str, Resolved]) -> list[str]:
    """Every name the resolved file gives a person of one article."""
    return [name for r in resolved.values() if r.kind == "person"
            for name in (*r.referents, *r.also)]


PRONOUN_FORMS = frozenset(("he", "she", "they", "it", "him", "her", "them", "i", "we", "you",
                            "who", "which", "that", "his", "its", "their"))


def source_form(source_text: str) -> str:
    """How the annotated source is written: a pronoun, a name, a description or nothing."""
    words = source_text.split()
    if not words:
        return "no source"
    if len(words) == 1 and words[0].lower() in PRONOUN_FORMS:
        return "pronoun"
    first = words[0].lower()
    if first in DETERMINERS or not words[0][:1].isupper() or first in PRONOUNS:
        return "description"
    return "name"
