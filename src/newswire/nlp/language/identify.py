"""An article's language: what the input claims, weighed against what its text says.

A claimed language (``RawArticle.language``) is kept when the text agrees with it, or is too
short to tell; when the text clearly says another language, the detected one is used and the
claim kept in ``language_claimed``. A claim that is not a language code is kept there too.
Names are no language: a claim the text's other words agree with stands (a two-sentence
English brief full of Irish names reads as Irish to the identifier, and would then get no
entities or quotes at all).
Without a claim, a text the identifier cannot place that is mostly names and numbers in
Latin script (a results table) takes the ``default`` language, if the caller has one: its
names are read with that language's model rather than not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newswire.nlp.language.codes import UNDETERMINED, iso639_1
from newswire.nlp.language.detect import Detection, detect
from newswire.nlp.language.tables import names_and_numbers

__all__ = ["AGREES", "OVERRULES", "Identified", "identify"]

#: Averaged probability at which the text is taken to agree with a claimed language.
AGREES = 0.2
#: Confidence the detected language needs to overrule a claim.
OVERRULES = 0.8
#: A word (letters first): :func:`_lower_case_words` keeps those not opening with a capital.
_WORD = re.compile(r"\b[^\W\d_]\w*")


@dataclass(frozen=True)
class Identified:
    """The article's ``language``, ``language_confidence`` and ``language_claimed``."""

    language: str
    confidence: float | None
    claimed: str | None = None


def identify(title: str, body: str, claimed: str | None = None,
             default: str | None = None) -> Identified:
    """The language of an article from its clean title and body and the input's claim;
    ``default``: the language a table of names and numbers nobody placed is read in."""
    text = f"{title}\n{body}"
    detection = detect(text)
    code = iso639_1(claimed)
    if code is None and default and detection.language == UNDETERMINED \
            and names_and_numbers(text):
        # Confidence None: the text did not say it, the configuration did.
        return Identified(default, None, claimed or None)
    if code is None:
        # No claim, or one that names no language: the text decides; the bad claim is kept.
        return Identified(detection.language, detection.confidence, claimed or None)
    if detection.confidence is None and not detection.scores:
        return Identified(code, None)  # too short to contradict the claim
    if _overrules(detection, code):
        # Names are no language: the claim stands if the other words agree with it.
        agreeing = detect(_lower_case_words(text)).score(code)
        if agreeing < AGREES:
            return Identified(detection.language, detection.confidence, claimed)
        return Identified(code, round(agreeing, 4))
    return Identified(code, round(detection.score(code), 4))


def _overrules(detection: Detection, claimed: str) -> bool:
    """Whether the text clearly says a language other than ``claimed``."""
    return (detection.language not in (claimed, UNDETERMINED)
            and (detection.confidence or 0.0) >= OVERRULES
            and detection.score(claimed) < AGREES)


def _lower_case_words(text: str) -> str:
    """``text`` without its words that open with a capital (names, a sentence's first word);
    a word opening with an accented lower-case letter (``élu``, ``à``, ``über``) stays."""
    return _WORD.sub(lambda word: " " if word.group()[0].isupper() else word.group(), text)
