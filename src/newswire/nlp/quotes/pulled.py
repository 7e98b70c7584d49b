"""Pulled quotes: a headline quoting words the body quotes is the body speaker's.

Desks pull a headline's quote from the article (``‘We were lucky’: Residents return ...``
above ``“We were lucky. The crews made a stand right here,” Thiessen said``); the body says
who said it, the headline at best names a group.  So a headline quote whose own speaker is
no named person or organisation takes the speaker (and cue) of the body quotes that hold
its words, when they are one speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newswire.models import Quote

__all__ = ["MIN_PULLED_WORDS", "with_pulled_speakers"]

#: Fewer words than this (``‘Disgusting’``) may be anyone's word: no match.
MIN_PULLED_WORDS = 2
_WORD = re.compile(r"\w+")


def with_pulled_speakers(quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with each headline quote's speaker taken from the body quote holding it,
    when the headline names no person or organisation for it."""
    body = [q for q in quotes if q.field == "body" and q.kind in ("direct", "partial")
            and q.speaker is not None]
    return [_pulled(q, body) if _needs_speaker(q) else q for q in quotes]


def _needs_speaker(quote: Quote) -> bool:
    return quote.kind == "headline" and quote.speaker_kind not in ("person", "organization")


def _pulled(headline: Quote, body: Sequence[Quote]) -> Quote:
    words = _words(headline.text)
    if len(words) < MIN_PULLED_WORDS:
        return headline
    holders = [q for q in body if _holds(_words(q.text), words)]
    if len({(q.speaker, q.speaker_id) for q in holders}) != 1:
        return headline  # none, or several speakers said those words
    source = holders[0]
    return headline.model_copy(update={
        "speaker": source.speaker, "speaker_id": source.speaker_id,
        "speaker_mention": source.speaker_mention, "speaker_kind": source.speaker_kind,
        "cue": source.cue, "cue_kind": source.cue_kind})


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _holds(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` is a run of ``words``."""
    size = len(part)
    return any(words[i:i + size] == part for i in range(len(words) - size + 1))
