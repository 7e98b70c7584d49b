"""Who asks an interview's or a transcript's questions when no name does: the press.

The contract: a question is a quote of whoever asked it.  A transcript labels its questions
``Q:`` / ``QUESTION:`` (a news conference's floor: ``reporters``, a group) or by the asker's
trade (``REPORTER:``, ``Journalist:``, ``INTERVIEWER:``: ``a reporter``, one person the text
leaves unnamed).  A label naming a person is that person's, as any turn (:mod:`.transcripts`).
"""

from __future__ import annotations

from newswire.models import SpeakerKind

__all__ = ["asker_kind", "press_asker"]

#: Labels of a question by the press, and the phrase and kind of speaker each stands for.
_PRESS: dict[str, tuple[str, SpeakerKind]] = {
    "q": ("reporters", "group"),
    "question": ("reporters", "group"),
    "reporter": ("a reporter", "person"),
    "journalist": ("a journalist", "person"),
    "interviewer": ("an interviewer", "person"),
}
_KINDS = dict(_PRESS.values())


def press_asker(label: str) -> str | None:
    """The speaker phrase of a question labelled ``label`` (``Q`` -> ``reporters``), if the
    label names the press and nobody in it."""
    asker = _PRESS.get(label.strip().lower())
    return asker[0] if asker is not None else None


def asker_kind(speaker: str | None) -> SpeakerKind | None:
    """The kind of a speaker phrase :func:`press_asker` gave, else none."""
    return _KINDS.get(speaker) if speaker is not None else None
