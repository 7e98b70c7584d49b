"""Mentions: an occurrence of a name in the title or body, the fields they are found in, and
the mentions the recall pass makes (the model's own spans are cleaned in
:mod:`.model_spans`).

A mention keeps exact offsets into the title or body, so ``text[start:end] == mention.text``
holds after every trim; nothing here decides what entity a mention belongs to.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as default
from typing import get_args

from newswire.models import EntityType, Field_
from newswire.nlp.entities.roles.titles import role_before
from newswire.nlp.entities.spans.cues import cues, scored
from newswire.nlp.entities.spans.recall import Taken, caps_lines, headline_lines, inside, url_ranges

__all__ = [
    "FOREIGN_LABELS", "TYPES", "Mention", "Text", "label_of", "recalled", "replace_with_spans",
]

TYPES = frozenset(get_args(EntityType))
#: Labels of models trained on CoNLL-style data (French, German, ... pipelines): what they are
#: here. MISC says too little to be one of our types.
FOREIGN_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


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
    recased: str | None = None  # the text re-cased, when found in capitals
    scored: bool = False  # followed by a score, or beside "v": a team in sports results
    place_noun: bool = False  # words around it make it a place ("Surrey council", "Moncton, N.B.")
    place_in: bool = False  # "in", "near" or "outside" before it ("talks in Dayton")
    people_in: bool = False  # people live there ("riders in Dartmouth", "residents of Surrey")
    company: bool = False  # a company's words follow ("Barrick shares fell", "Zenith said its")
    person: bool = False  # a person's apposition follows ("X, a professor at Dalhousie")
    team: bool = False  # a name of a results or standings line ("Plymouth 2 Preston 1")
    opens: bool = False  # it opens a line or a sentence, where any word is capitalised
    possessed: bool = False  # "'s" follows ("Men's 800 metres")
    aged: bool = False  # an age follows between commas ("Meri, 67, has been accused")
    pronoun: bool = False  # a person's pronoun follows ("Davies said he", "started his")
    employer: bool = False  # a workplace's words before it ("an analyst at Bernstein")
    officered: bool = False  # a body's officer follows ("Unifor national president Lana")
    speaks: bool = False  # a verb of saying follows ("Kerry said", "Ennis says")

    @property
    def form(self) -> str:
        """The text as a name would be written: re-cased when it was in capitals."""
        return self.recased or self.text

    @property
    def shaky(self) -> bool:
        """Whether the model's span and type here are poor evidence for name and type."""
        return self.caps or self.headline

    @property
    def order(self) -> tuple[int, int]:
        """Reading order: the title before the body."""
        return (0 if self.field == "title" else 1, self.start)

    def overlaps(self, other: Mention) -> bool:
        """Whether ``other`` shares a character of this mention's field with it."""
        return self.field == other.field and self.start < other.end and other.start < self.end


@dataclass
class Text:
    """One field of the article with what the rules need to know about its lines."""

    field: Field_
    text: str
    caps: list[tuple[int, int]] = default(default_factory=list)
    urls: list[tuple[int, int]] = default(default_factory=list)
    headlines: list[tuple[int, int]] = default(default_factory=list)
    recased: str = ""  # the text with its capitals re-cased (same length), else the text

    @classmethod
    def of(cls, field_name: Field_, text: str,
           recased: tuple[list[tuple[int, int]], str] | None = None) -> Text:
        """Read the caps lines and URLs of ``text`` once (a doc's text: ``doc.text`` joins
        its tokens again at every call).

        ``recased`` holds the runs in capitals that were re-cased and the re-cased text;
        without it, caps lines are the lines mostly in capitals.
        """
        caps, recased_text = recased or (caps_lines(text), text)
        return cls(field_name, text, caps, url_ranges(text), headline_lines(text), recased_text)

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


def label_of(label: str) -> str | None:
    """The entity type a model's label stands for, or None when it is none of ours."""
    return label if label in TYPES else FOREIGN_LABELS.get(label)


def recalled(text: Text, start: int, end: int) -> Mention:
    """A mention the recall pass found at ``[start, end)``."""
    cased = text.recased or text.text
    caps = inside(text.caps, start, end)
    return Mention(text.field, start, end, text.text[start:end], None, caps,
                   role_before(cased, start), inside(text.headlines, start, end),
                   cased[start:end] if caps and cased is not text.text else None,
                   scored(text.text, start, end), **cues(cased, start, end))


def replace_with_spans(texts: list[Text], mentions: list[Mention],
                       spans_of: Callable[[Text], Iterable[tuple[int, int]]], label: str,
                       kept: Callable[[Mention, int, int], bool]) -> list[Mention]:
    """The mentions, with each span ``spans_of`` finds made one mention of ``label`` that
    replaces the model's mentions inside it; not in capitals, nor where a mention runs past
    the span or is ``kept`` as it is."""
    cut: set[int] = set()
    found: list[Mention] = []
    for text in texts:
        mine = sorted((m for m in mentions if m.field == text.field), key=lambda m: m.start)
        starts = [m.start for m in mine]
        longest = max((m.end - m.start for m in mine), default=0)
        for start, end in spans_of(text):
            # Only a mention starting less than ``longest`` before the span can reach into it.
            first = bisect.bisect_left(starts, start - longest)
            over = [m for m in mine[first:bisect.bisect_left(starts, end)] if start < m.end]
            if inside(text.caps, start, end) or any(
                    m.start < start or m.end > end or kept(m, start, end) for m in over):
                continue
            cut.update(id(m) for m in over)
            found.append(recalled(text, start, end))
            found[-1].label = label
    return [m for m in mentions if id(m) not in cut] + found
