"""Which language an article is written in, and how sure that is.

The identifier is py3langid (a naive Bayes model over byte n-grams shipped in its wheel, 97
languages with an ISO 639-1 code here; ``bench/language_eval.py`` prints why it was chosen).
An article is read in chunks of about a paragraph, spread over its text; each chunk's
probabilities count by its letters, and the averaged distribution decides:

- fewer than :data:`MIN_LETTERS` letters once URLs, addresses, handles and numbers are gone
  (a title alone, a table of figures): ``und``, confidence ``None``;
- the best language's averaged probability under :data:`MIN_CONFIDENCE` (paragraphs in two
  languages, or a text too short for the model to be sure): ``und``, unless the text is
  long (:data:`LONG_LETTERS`) and the best language still leads clearly (at least
  :data:`LEAD_CONFIDENCE` and :data:`LEAD` times the next one): listings, tables of results
  and product pages spread the model's doubt over many short lines;
- else that language, with its averaged probability as the confidence.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from newswire.nlp.language.codes import UNDETERMINED

__all__ = [
    "CHUNK_CHARS", "LEAD", "LEAD_CONFIDENCE", "LONG_LETTERS", "MAX_CHUNKS", "MIN_CONFIDENCE",
    "MIN_LETTERS", "PIECE_CHARS", "Detection", "Identifier", "detect", "identifier", "letters",
]

#: Letters a text needs before its language is guessed at all.
MIN_LETTERS = 25
#: Averaged probability the best language needs; below it the text is ``und``...
MIN_CONFIDENCE = 0.5
#: ...unless the text has this many letters and the best language leads by this much.
LONG_LETTERS = 200
LEAD_CONFIDENCE = 0.3
LEAD = 2.5
#: A chunk is a paragraph, short ones joined up to this many characters, long ones cut at
#: :data:`PIECE_CHARS`; at most :data:`MAX_CHUNKS` of them are read per article.
CHUNK_CHARS = 120
PIECE_CHARS = 400
MAX_CHUNKS = 12
_NOISE = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[@#]\w+|\b\S+\.(?:com|org|net|fr|de|uk)\b\S*|"
    r"[\d.,:/%€$£+-]*\d[\d.,:/%€$£+-]*",
    re.IGNORECASE,
)
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Detection:
    """The language of a text (ISO 639-1 or ``und``), its confidence, and every score."""

    language: str
    confidence: float | None
    scores: Mapping[str, float] = field(default_factory=dict)

    def score(self, language: str) -> float:
        """The averaged probability of ``language`` (0 when the text was too short)."""
        return self.scores.get(language, 0.0)


class Identifier:
    """py3langid's model, restricted to the languages that have a two-letter code."""

    def __init__(self) -> None:
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
        from py3langid.modelio import load_model

        ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
        # The model made with only the columns of two-letter codes: the same arrays that
        # ``set_languages`` would slice, without keeping the full table beside them (28 MB).
        keep = [i for i, code in enumerate(classes) if len(code) == 2]
        model: Any = LanguageIdentifier(ptc[:, keep], pc[keep], [classes[i] for i in keep],
                                        nextmove, output, norm_probs=True, tk_row=row)
        self._model = model

    def detect(self, text: str) -> Detection:
        """The language of ``text``; ``und`` when it is too short, mixed or unclear."""
        # Cleaned chunk by chunk: a long text costs no more than MAX_CHUNKS chunks.
        chunks = [(chunk, letters(chunk)) for chunk in
                  (_NOISE.sub(" ", raw) for raw in _chunks(text))]
        total = sum(count for _, count in chunks)
        if total < MIN_LETTERS:
            return Detection(UNDETERMINED, None)
        averaged: dict[str, float] = {}
        for chunk, count in chunks:
            if count:
                for code, probability in self._rank(chunk):
                    averaged[code] = averaged.get(code, 0.0) + probability * count / total
        first, second = sorted(averaged.values(), reverse=True)[:2]
        best = max(averaged, key=averaged.__getitem__)
        leads = total >= LONG_LETTERS and first >= LEAD_CONFIDENCE and first >= LEAD * second
        if first < MIN_CONFIDENCE and not leads:
            return Detection(UNDETERMINED, None, averaged)
        return Detection(best, round(min(1.0, first), 4), averaged)

    def _rank(self, chunk: str) -> list[tuple[str, float]]:
        # numpy releases the GIL mid-call; one model object, so one caller at a time.
        with _LOCK:
            ranked: list[tuple[str, float]] = self._model.rank(chunk)
        return ranked


@cache
def identifier() -> Identifier:
    """The identifier, loaded once per process (about 70 MB)."""
    return Identifier()


def detect(text: str) -> Detection:
    """The language of ``text`` with the shared identifier."""
    return identifier().detect(text)


def letters(text: str) -> int:
    """How many letters ``text`` has."""
    return sum(1 for ch in text if ch.isalpha())


def _chunks(text: str) -> list[str]:
    """Paragraphs (see :data:`CHUNK_CHARS`), at most :data:`MAX_CHUNKS` of them taken evenly
    from the whole text, so that a second language late in the text is seen and a long text
    costs no more than a short one."""
    found: list[str] = []
    current: list[str] = []
    size = 0
    pieces = (line[i:i + PIECE_CHARS] for line in text.splitlines()
              for i in range(0, len(line), PIECE_CHARS))
    for piece in pieces:
        if not piece.strip():
            continue
        current.append(piece)
        size += len(piece)
        if size >= CHUNK_CHARS:
            found.append(" ".join(current))
            current, size = [], 0
    if current:
        found.append(" ".join(current))
    if len(found) <= MAX_CHUNKS:
        return found
    step = len(found) / MAX_CHUNKS
    return [found[int(i * step)] for i in range(MAX_CHUNKS)]
