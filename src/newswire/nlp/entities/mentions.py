"""Mentions: the model's entity spans, cleaned, and the places where mentions may be found.

A mention keeps exact offsets into the title or body, so ``text[start:end] == mention.text``
holds after every trim; nothing here decides what entity a mention belongs to.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as default
from typing import get_args

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newswire.models import EntityType, Field_
from newswire.nlp.entities.cues import cues, scored
from newswire.nlp.entities.descriptors import descriptor, is_nationality
from newswire.nlp.entities.firstnames import is_first_name
from newswire.nlp.entities.names import is_date, is_time_zone, looks_like_name, trim
from newswire.nlp.entities.recall import Taken, caps_lines, headline_lines, inside, url_ranges
from newswire.nlp.entities.recase import Found
from newswire.nlp.entities.retype import (
    ends_in_acronym,
    is_municipal,
    is_storm,
    municipal_start,
    titled_name_start,
)
from newswire.nlp.entities.titles import (
    NOT_ONLY_PEOPLE,
    ends_a_role,
    honoured_person,
    legislator_name_start,
    lone_post_nominal,
    lone_title,
    office_words_end,
    post_nominal_start,
    role_before,
    split_leading_title,
)

__all__ = [
    "FOREIGN_LABELS", "TYPES", "Mention", "Text", "caps_mentions", "label_of", "model_mentions",
    "recalled", "replace_with_spans",
]

TYPES = frozenset(get_args(EntityType))
_PLACES = frozenset(("GPE", "LOC", "FAC"))
#: Labels a nationality's adjective never has ("Romanian" read as an organisation); a
#: language ("speaks Spanish") keeps its own.
_NOT_A_PEOPLE = frozenset(("ORG", "PERSON", "GPE", "LOC", "FAC"))
#: Labels of models trained on CoNLL-style data (French, German, ... pipelines): what they are
#: here. MISC says too little to be one of our types.
FOREIGN_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
#: Words from which the model's span in re-cased capitals is no longer trusted: there it
#: runs names and words together ("Pollock Concludes Warwickshire", "India v Sri Lanka").
_MOST_WORDS_IN_CAPS = 3


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


def model_mentions(text: Text, doc: Doc, trust_caps: bool) -> list[Mention]:
    """The model's entities in ``doc`` that survive cleaning, as mentions."""
    found = []
    for ent in doc.ents:
        if (label := label_of(ent.label_)) and (mention := _from_model(text, ent, label,
                                                                      trust_caps)):
            found.append(mention)
    # "City of Hamilton" widened over the model's own "City": one mention is left.
    wide = [m for m in found if is_municipal(m.text)]
    return [m for m in found if not any(w.start <= m.start and m.end <= w.end and w is not m
                                        for w in wide)]


def caps_mentions(text: Text, found: list[Found]) -> list[Mention]:
    """The entities the model found in the re-cased capitals, as mentions of the original."""
    mentions = []
    for hit in found:
        label = label_of(hit.label)
        if hit.dateline and label in (None, "PERSON", "ORG", "NORP"):
            label = "GPE"  # a dateline names the place the story was filed from
        if not label or not (hit.dateline or len(hit.recased.split()) < _MOST_WORDS_IN_CAPS):
            continue
        mention = _clean(text, hit.start, hit.end, label, _abbreviation(hit.recased))
        if mention and (hit.dateline or _trusted_in_caps(mention)):
            mention.recased = text.recased[mention.start:mention.end]
            mentions.append(mention)
    return mentions


def _trusted_in_caps(mention: Mention) -> bool:
    """Whether the model's person in re-cased capitals is one: only after a title
    ("PRESIDENT KLAUS IOHANNIS").

    In a re-cased headline the model takes verbs and nouns for people ("Mitchell
    Upstages", "Jockey Weaver"); a person a story is about is named in its body too, and
    the recall pass then finds the name in the capitals. Both this and
    :data:`_MOST_WORDS_IN_CAPS` were measured on CoNLL eng.train and confirmed on eng.testa.
    """
    return mention.label != "PERSON" or mention.role is not None


def _from_model(text: Text, ent: SpacySpan, label: str, trust_caps: bool) -> Mention | None:
    if inside(text.caps, ent.start_char, ent.end_char) and not trust_caps:
        return None
    if any(s < ent.end_char and ent.start_char < e for s, e in text.caps) and not trust_caps:
        return None  # half in capitals: the re-cased pass or the recall pass decides
    return _clean(text, ent.start_char, ent.end_char, label, _abbreviation(ent[-1].text),
                  lower_ends=ent.doc.lang_ != "en")


def _abbreviation(last_word: str) -> bool:
    """Whether a span's last word ends with the dot of an abbreviation ("Fla.")."""
    words = last_word.split()
    word = words[-1] if words else ""
    return len(word) > 2 and word[-1] == "."


def _clean(text: Text, start: int, end: int, label: str, keep_dot: bool, *,
           lower_ends: bool = False) -> Mention | None:
    """The mention at ``[start, end)`` once trimmed, or None when no name is left.

    Rules read the re-cased text (the same as the text outside capitals), so "PRESIDENT"
    is a title there as "President" is elsewhere; the mention keeps the original's text.
    ``lower_ends``: the language's names may open or end with a lower-case word (French).
    """
    cased = text.recased or text.text
    start, end = trim(cased, start, end, keep_dot, lower_ends=lower_ends)
    if not lower_ends:  # English only: French writes surnames in capitals ("Jean DUPONT")
        start, label = descriptor(cased, start, end, label)  # "Chipmaker Veltrix"
        if label in _NOT_A_PEOPLE and is_nationality(cased[start:end]) \
                and not cased.startswith(("'s", "’s"), end):
            # "the Romanian health ministry": "Romanian" is no organisation ("American's
            # flights" may be the airline's).
            label = "NORP"
        label, start = _retyped(cased, start, end, label)
    named_from = titled_name_start(cased, start)
    if named_from is not None and " " not in cased[start:end].strip():
        label, start = "PERSON", named_from  # "Coun. Raj Sandhu": the model kept "Sandhu"
    if label not in _PLACES and (named_at := office_words_end(cased, start, end)) > start:
        label, start = "PERSON", named_at  # "Minister for Housing Ciarán Mulvey"
    if label not in _PLACES and (named_at := legislator_name_start(cased, start, end)) > start:
        label, start = "PERSON", named_at  # "Bloc MP Sylvie Dufresne-Caron"
    title, skip = split_leading_title(cased[start:end])
    role = None
    if label == "PERSON" or honoured_person(cased, start, end) or (
            label not in _PLACES and title is not None
            and _titled_person(title, cased[start + skip:end])):
        # "Chair Jerome Powell" is a person with a title, whatever label the model gave it.
        label, start, role = "PERSON", start + skip, title
        end = post_nominal_start(cased, start, end)
    piece = cased[start:end]
    if not piece or "\n" in piece or not looks_like_name(piece) or is_date(piece) \
            or is_time_zone(piece):
        return None
    if any(s < end and start < e for s, e in text.urls) or ends_a_role(cased, start, end) \
            or lone_title(cased, start, end) or lone_post_nominal(cased, start, end):
        return None
    role = role or role_before(cased, start)
    return Mention(text.field, start, end, text.text[start:end], label,
                   inside(text.caps, start, end), role, inside(text.headlines, start, end),
                   scored=scored(text.text, start, end),
                   **cues(cased, start, end))


def _retyped(cased: str, start: int, end: int, label: str) -> tuple[str, int]:
    """``Surrey RCMP`` is an organisation, ``(City of) Hamilton`` the city (:mod:`.retype`)."""
    city = municipal_start(cased, start)
    if city is not None:
        return "GPE", city
    if label == "PERSON" and ends_in_acronym(cased[start:end]):
        return "ORG", start
    if is_storm(cased[start:end]):
        return "EVENT", start
    return label, start


def _titled_person(title: str, name: str) -> bool:
    """Whether ``name`` after ``title`` is a person's: two or more capitalised words after a
    title only people carry, or a first name ("General Motors" is not, "Gen. Mark Milley" is).
    Honorifics (``Miss Universe Inc.``) and places (``Prince William Sound``) never count."""
    names = name.split()
    if len(names) < 2 or not all(w[:1].isupper() and w.replace(".", "").isalpha()
                                 for w in names):
        return False
    return is_first_name(names[0]) or title not in NOT_ONLY_PEOPLE


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
