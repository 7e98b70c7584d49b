"""English: reported words that are a source's request not to be named, not what it said.

News in every English press brings in an anonymous source with a clause on its noun:
``A nurse, who asked not to be named for fear of losing her job, said ...``, ``One driver,
who did not want to be named, said ...``, ``A resident who declined to be identified
said ...``. The reported-speech reader takes ``asked``/``want``/``declined`` with their
infinitive for a cue and its words for a quote (``not to be named for fear of losing her
job``, spoken by the hospital or the driver): a junk quote in every such story. French has
its own reading of such asides (:mod:`.anonymous_fr`).
"""

from __future__ import annotations

import re

__all__ = ["is_anonymity_request"]

#: A request not to be named, at the start of reported words: the infinitive a cue took
#: (``not to be named``, ``to be identified``) or a ``that`` clause asking the name be kept out.
_REQUEST = re.compile(
    r"(?:not\s+)?to\s+be\s+(?:named|identified)\b"  # "(not) to be named for fear of ..."
    r"|that\s+(?:his|her|their|its|the)\s+(?:full\s+)?(?:names?|identity)\s+(?:not\s+)?be\s+"
    r"(?:used|published|given|withheld|disclosed)\b",  # "that her name not be used"
    re.IGNORECASE)


def is_anonymity_request(words: str) -> bool:
    """Whether reported ``words`` open with a request not to be named or identified."""
    return _REQUEST.match(words.lstrip()) is not None
