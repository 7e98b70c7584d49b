"""Mentions: the model's entity spans, cleaned, and the places where mentions may be found.

A mention keeps exact offsets into the title or body, so ``text[start:end] == mention.text``
holds after every trim; nothing here decides what entity a mention belongs to.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as default
from typing import get_args

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newswire.models import EntityType, Field_
from newswire.nlp.entities.names import (
    ends_a_role,
    looks_like_name,
    role_before,
    split_leading_title,
    trim,
)
from newswire.nlp.entities.recall import Taken, caps_lines, headline_lines, inside, url_ranges

TYPES = frozenset(get_args(EntityType))


@dataclass
class Mention:
    """One occurrence of a name in the title or body."""

    field: Field_
    start: int
    end: int
    text: str
    label: str | None = None  # the model's type; None when the recall pass found it
    caps: bool = False  # in an all-caps line, where the model's type is a guess
    role: str | None = None
    headline: bool = False  # in a Headline-Case line, where the model's spans are shaky

    @property
    def shaky(self) -> bool:
        """Whether the model's span and type here are poor evidence for name and type."""
        return self.caps or self.headline

    @property
    def order(self) -> tuple[int, int]:
        """Reading order: the title before the body."""
        return (0 if self.field == "title" else 1, self.start)


@dataclass
class Text:
    """One field of the article with what the rules need to know about its lines."""

    field: Field_
    text: str
    caps: list[tuple[int, int]] = default(default_factory=list)
    urls: list[tuple[int, int]] = default(default_factory=list)
    headlines: list[tuple[int, int]] = default(default_factory=list)

    @classmethod
    def of(cls, field_name: Field_, doc: Doc) -> Text:
        """Read the caps lines and URLs of ``doc``'s text once."""
        text = doc.text
        return cls(field_name, text, caps_lines(text), url_ranges(text), headline_lines(text))

    def all_caps(self) -> bool:
        """Whether every line with letters is in capitals."""
        return all(inside(self.caps, s, e) for s, e in self._lettered_lines())

    def _lettered_lines(self) -> Iterator[tuple[int, int]]:
        pos = 0
        for line in self.text.split("\n"):
            if sum(c.isalpha() for c in line) >= 6:
                yield pos, pos + len(line)
            pos += len(line) + 1

    def taken(self, mentions: list[Mention]) -> Taken:
        """The ranges the recall pass must leave alone: mentions and URLs."""
        ranges = [(m.start, m.end) for m in mentions if m.field == self.field]
        return Taken(ranges + self.urls)


def model_mentions(text: Text, doc: Doc, trust_caps: bool) -> list[Mention]:
    """The model's entities in ``doc`` that survive cleaning, as mentions."""
    found = []
    for ent in doc.ents:
        if ent.label_ in TYPES and (mention := _clean(text, ent, trust_caps)):
            found.append(mention)
    return found


def _clean(text: Text, ent: SpacySpan, trust_caps: bool) -> Mention | None:
    last = ent[-1].text
    start, end = trim(text.text, ent.start_char, ent.end_char, len(last) > 2 and last[-1] == ".")
    role = None
    if ent.label_ == "PERSON":
        role, skip = split_leading_title(text.text[start:end])
        start += skip
    piece = text.text[start:end]
    if not piece or "\n" in piece or not looks_like_name(piece):
        return None
    if any(s < end and start < e for s, e in text.urls) or ends_a_role(text.text, start, end):
        return None
    caps = inside(text.caps, start, end)
    if caps and not trust_caps:
        return None
    role = role or role_before(text.text, start)
    return Mention(text.field, start, end, piece, ent.label_, caps, role,
                   inside(text.headlines, start, end))


def recalled(text: Text, start: int, end: int) -> Mention:
    """A mention the recall pass found at ``[start, end)``."""
    piece = text.text[start:end]
    return Mention(text.field, start, end, piece, None, inside(text.caps, start, end),
                   role_before(text.text, start), inside(text.headlines, start, end))
