"""Continuation quotes: a quote with no cue of its own is the last speaker's, until a stop.

News goes on quoting without repeating the cue: ``… says Schicketanz.`` then a paragraph that
is only a quote.  Such an orphan takes the speaker of the attribution just before it (a
quote, or reported speech), with four stops: more than one paragraph between them, another
person named in between (outside quotation marks), a French incise naming its own speaker
with a verb the lexicon lacks (``« … », soupire Nadia``), or nothing before it at all.  Stopped, a
quote that opens its paragraph takes the subject of the paragraph before
(:func:`~newswire.nlp.quotes.marked.attribution.paragraph_lead`); else it stays unattributed.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.marked.attribution import paragraph_lead
from newswire.nlp.quotes.marked.incise_pronouns_fr import goes_on_from

__all__ = ["SameFn", "inherit_speakers"]

#: ``», soupire Nadia``: a French incise naming its own speaker with a verb the lexicon lacks
#: (a third-person form: ``-e``, ``-t``, ``-d``; never the prepositions ``entre``, ``contre``).
_OWN_INCISE = re.compile(r"\s*»\s*,\s+(?!entre\b|contre\b)[a-zàâçéèêëîïôûù]{3,}[etd]\s+[A-ZÀ-Ý]")

#: Whether two speaker head tokens name the same speaker.
SameFn = Callable[[Token, Token], bool]
#: The doc's people and where each starts, read at the first ask.
PeopleFn = Callable[[], tuple[list[Span], list[int]]]


def inherit_speakers(tmap: TextMap, marked: Sequence[Attribution],
                     reported: Sequence[Attribution], same: SameFn) -> list[Attribution]:
    """``marked`` with every orphan quote given the speaker it continues, if any."""
    # Read at the first quote that asks (most docs: none): ``doc.ents`` walked for every
    # doc was most of this pass.
    people: PeopleFn = functools.cache(lambda: _people(tmap))
    spoken = sorted((a for a in reported if a.speaker is not None), key=lambda a: a.start)
    result: list[Attribution] = []
    previous: Attribution | None = None
    next_spoken = 0
    for part in marked:
        while next_spoken < len(spoken) and spoken[next_spoken].end <= part.start:
            if previous is None or spoken[next_spoken].start > previous.start:
                previous = spoken[next_spoken]
            next_spoken += 1
        current = part
        if part.cue is None and part.speaker is None and part.speaker_name is None:
            current = _continued(tmap, part, previous, people, same)
        elif goes_on_from(tmap, part, previous) and previous is not None \
                and previous.speaker is not None \
                and not _someone_else(tmap, previous, part, people, same):
            # French "a-t-elle poursuivi": the one quoted before, as a quote with no cue
            current = replace(part, speaker=previous.speaker, mention=previous.mention,
                              said_from=_said_from(previous))
        result.append(current)
        if current.keep and (previous is None or current.start > previous.start):
            previous = current
    return result


def _continued(tmap: TextMap, part: Attribution, previous: Attribution | None,
               people: PeopleFn, same: SameFn) -> Attribution:
    if _OWN_INCISE.match(tmap.text, part.end):
        return part  # its own speaker follows it, unread: better none than the last one
    if (previous is not None and previous.speaker is not None
            and part.paragraph - previous.paragraph <= 1
            and not _someone_else(tmap, previous, part, people, same)):
        return replace(part, speaker=previous.speaker, mention=previous.mention,
                       said_from=_said_from(previous))
    return replace(part, speaker=paragraph_lead(tmap, part))


def _said_from(previous: Attribution) -> int:
    """Where the quote a continuation goes on from starts: its speaker's pronoun is read from
    there, as for that quote (``"... So you stay," she said. "Then you're back ..."``: the
    ``she`` of the first half is the nurse brought in before it, for both halves)."""
    return previous.start if previous.said_from is None else previous.said_from


def _someone_else(tmap: TextMap, previous: Attribution, part: Attribution,
                  people: PeopleFn, same: SameFn) -> bool:
    """Whether a person other than ``previous``'s speaker is named between the two."""
    spans, starts = people()
    speaker = previous.speaker
    assert speaker is not None
    at = bisect.bisect_left(starts, previous.end)
    while at < len(spans) and spans[at].start_char < part.start:
        person = spans[at]
        if not tmap.is_quoted(person.start_char) and not same(person.root, speaker):
            return True
        at += 1
    return False


def _people(tmap: TextMap) -> tuple[list[Span], list[int]]:
    people = [e for e in tmap.doc.ents if e.label_ in PERSON_LABELS]
    return people, [p.start_char for p in people]
