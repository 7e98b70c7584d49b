"""An organisation's officer named after it: ``Unifor national president Darnell
Okonkwo-Briggs``, ``Eskom's group chief operating officer, Thabo Ramaphakela``, ``Sarvam
Semicon managing director Nitin Baruah-Sequeira``, ``Ridley Moss founder Callum
Yoshida-Park``.

Business, labour and wire copy of every English-writing press introduces a body's officer
so: the body's name (with or without ``'s``), at most two words English writes in lower
case (``national``, ``group``, ``board``), the office, then the officer's name. A chief
executive, a managing director, a general secretary or a board's chair serves a body, never a
person; so the name before the office is an organisation's, whatever the small model read
(a person for ``Unifor``, ``Eskom``, ``Ridley Moss``; a place for ``Sarvam Semicon``,
``Maple Harbour``, ``Galway Chamber``). ``president``, ``chair`` and ``founder`` are also
said of a person's aides or partners (``Obama's vice president``, ``his co-founder``):
they count only without ``'s`` (``Unifor president``), as no one writes ``Obama president``.
Pure: regular expressions only.
"""

from __future__ import annotations

import re

__all__ = ["officer_follows", "officered_in"]

#: Offices only a body has, after its name with or without ``'s``.
_BODY_OFFICES = (r"chief executive(?: officer)?|chief operating officer|chief financial officer|"
                 r"chief technology officer|CEO|CFO|COO|CTO|managing director|"
                 r"general secretary|secretary-general|board chair(?:man|woman|person)?")
#: Offices a body has and that English also writes after a person's ``'s`` (``Obama's
#: vice president``, ``her co-founder``): after the bare name only.
_BARE_OFFICES = r"president|chair|chairman|chairwoman|chairperson|founder|co-founder"
#: Lower-case words that may stand between the name and the office: ``national president``,
#: ``group chief operating officer``, ``interim chief executive``; not ``vice`` or ``former``
#: (``Obama vice president``) nor ``and``.
_BETWEEN = r"(?:(?!vice\b|former\b|and\b|or\b)[a-z][a-z-]*[ \t]+){0,2}?"
#: The officer's name after the office: a capitalised word, after a comma or not.
_OFFICER = r",?[ \t]+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?[A-Z][a-z]"
_FOLLOWS = re.compile(
    rf"(?:['’]s[ \t]+{_BETWEEN}(?:{_BODY_OFFICES})"
    rf"|[ \t]+{_BETWEEN}(?:{_BODY_OFFICES}|{_BARE_OFFICES})){_OFFICER}")


def officer_follows(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by an office only a body has and the
    officer's name: ``Unifor national president Darnell``, ``Eskom's group chief operating
    officer, Thabo``."""
    return _FOLLOWS.match(text, end) is not None


def officered_in(name: str, texts: list[str]) -> bool:
    """Whether any of ``texts`` writes ``name`` followed by a body's officer (the quote stage
    asks it of a name the entities stage typed an organisation, so its quotes follow)."""
    for text in texts:
        at = text.find(name)
        while at >= 0:
            if officer_follows(text, at + len(name)):
                return True
            at = text.find(name, at + 1)
    return False
