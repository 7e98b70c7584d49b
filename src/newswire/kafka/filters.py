"""Filters of ``newswire tail``, applied to an event's JSON (any of newswire's topics)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, get_args

from newswire.errors import NewswireError
from newswire.models import CueKind, EntityType, QuoteKind

__all__ = ["CHOICES", "EventFilter"]

#: The values each closed filter may take: a typo (``--kind quote``) would otherwise match
#: nothing and ``tail`` would wait in silence.
CHOICES: dict[str, tuple[str, ...]] = {
    "kind": get_args(QuoteKind), "cue_kind": get_args(CueKind), "type": get_args(EntityType),
}


@dataclass(frozen=True)
class EventFilter:
    """Case-insensitive conditions; an unset one always passes."""

    speaker: str | None = None
    entity: str | None = None
    type: str | None = None
    source: str | None = None
    kind: str | None = None
    cue_kind: str | None = None
    language: str | None = None

    def __post_init__(self) -> None:
        for name, allowed in CHOICES.items():
            value = getattr(self, name)
            if value is not None and value.casefold() not in {a.casefold() for a in allowed}:
                option = "--" + name.replace("_", "-")
                raise NewswireError(f"{option} {value!r} matches no event; "
                                    f"one of: {', '.join(allowed)}")

    def matches(self, event: dict[str, Any]) -> bool:
        """Whether ``event`` (an enriched article, entity or quote event) passes."""
        quotes, entities = list(_quotes(event)), list(_entities(event))
        return all((
            _has(self.source, [event.get("source")]),
            _has(self.language, [event.get("language")]),
            _has(self.speaker, [q.get("speaker") for q in quotes], partial=True),
            _has(self.kind, [q.get("kind") for q in quotes]),
            # Events of schema 2 have no cue_kind: all their quotes were speech.
            _has(self.cue_kind, [q.get("cue_kind", "speech") for q in quotes]),
            _has(self.type, [e.get("type") for e in entities]),
            _has(self.entity, [n for e in entities for n in [e.get("name"), *e.get("aliases", [])]],
                 partial=True),
        ))


def _quotes(event: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if isinstance(event.get("quote"), dict):
        yield event["quote"]
    yield from event.get("quotes") or []


def _entities(event: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if isinstance(event.get("entity"), dict):
        yield event["entity"]
    yield from event.get("entities") or []


#: Typographic apostrophes and quotation marks read as the typewriter ones a user types:
#: ``--speaker "Teachers' Association"`` finds the article's ``Teachers’ Association``.
_PLAIN_MARKS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "“": '"', "”": '"'})


#: Accents on Latin letters (below U+0250) are dropped on both sides: a user types
#: ``--speaker "Elisabeth Borne"`` or ``Lopez`` for the article's ``Élisabeth Borne`` and
#: ``López`` (a keyboard without them, a name spelt both ways across outlets); the marks of
#: other scripts (Devanagari's vowel signs, Arabic's) spell the letters and stay.
_LATIN_END = "\u0250"


def _folded(text: str) -> str:
    """``text`` as a filter compares it: typographic marks plain, accents off Latin
    letters, runs of spaces one space (a name typed with two), case folded."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", text.translate(_PLAIN_MARKS)):
        if unicodedata.combining(char) and kept and kept[-1] < _LATIN_END:
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", " ".join("".join(kept).split())).casefold()


def _has(wanted: str | None, values: list[Any], *, partial: bool = False) -> bool:
    if wanted is None:
        return True
    needle = _folded(wanted)
    texts = [_folded(str(v)) for v in values if v]
    return any(needle in t if partial else needle == t for t in texts)
