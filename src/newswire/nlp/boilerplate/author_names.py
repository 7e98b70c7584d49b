"""Author names as pages give them, cleaned: a "By" before, a date or a job title after,
URLs, e-mails, sentences and a form's words ("Sign up") dropped.

Shared by every author source (``authors.py``, ``declared_authors.py``, ``metadata.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "MAX_AUTHOR_WORDS", "bare_name", "clean_authors", "listed_names", "site_last", "untitled",
]

_NAME_SEPARATOR = re.compile(r"\s*(?:;|\||,?\s+and\s+|\s+&\s+)\s*")
_BYLINE_PREFIX = re.compile(r"^(?:author|posted|written|by|posted by|written by)\b[:\s]*",
                            re.IGNORECASE)
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\.(?:com|org|net)\b|^\W*$", re.IGNORECASE)
#: A job title read as a second author ("Tom Krisher; AP Auto Writer"): after a name only,
#: since a lone "Podium Staff" or "Jane Writer" may be the author.
_ROLE = re.compile(r"\b(?:writer|correspondent|reporter|editor)$", re.IGNORECASE)
#: Words of a form, a button or a template's placeholder, never of an author's name
#: ("Sign up", "Create Account", "Name"). Not "Page" or "Head": surnames.
_INTERFACE_WORDS = re.compile(
    r"\b(?:name|sign|account|login|log in|menu|search|subscribe|share|create|register"
    r"|reply|comments?|cart|click)\b", re.IGNORECASE)
#: A job title after a name of two words or more ("Rachel MacDonald Writer", "Liz Kenny
#: Former McKinsey Consultant"): the title goes, the name stays ("Jane Writer" is a name,
#: and a desk named after its organisation, "AAA Travel Editor", stays whole).
_TRAILING_ROLE = re.compile(
    r"^(?P<name>\S+(?:\s+\S+)+?)(?:\s+[A-Z][\w&.-]*){0,3}?\s+(?:writer|correspondent|reporter"
    r"|editor|contributor|columnist|journalist|consultant)$", re.IGNORECASE)
_MONTH = (r"(?:january|february|march|april|june|july|august|september|october|november"
          r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?")
#: A byline search reads the date beside the name ("Jane Doe Dec 19, 2025", "Jane Doe
#: Last updated"). "May" alone is a surname: it goes only with a day after it.
_TRAILING_DATE = re.compile(
    rf"(?:^|\s+)(?:{_MONTH}|may(?=\s+\d))(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?$"
    r"|\s+(?:last\s+)?(?:updated|published|modified)(?:\s+on)?$",
    re.IGNORECASE,
)
#: The names of a byline that credits several writers: "By A, B and C", up to what follows
#: them ("| March 5", "on March 5", a date, a "(Reuters)").
_BYLINE_LIST = re.compile(
    r"^(?:(?:written\s+)?by\b\s*:?\s*)?(?P<names>.+?)(?:\s*(?:[|·•–—(]|\s+on\s+|\s+\d).*)?$",
    re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*(,\s*and\b|,|\band\b|&)\s*", re.IGNORECASE)
#: A piece of a byline's list that is a desk, a job or an agency, not one more writer ("By
#: A and B, Staff Writers", "..., Times Staff Writers", "..., Associated Press", "A & B,
#: envoyés spéciaux", "A & la rédaction"): the list stops there.
_DESK = re.compile(
    r"\b(?:staff|writers?|correspondents?|reporters?|editors?|contributors?|columnists?"
    r"|press|newsroom|desk|wires?|agency|agencies|reuters|ap|afp|upi|dpa"
    r"|envoy[ée]e?s?|sp[ée]cia(?:le?s?|ux)|r[ée]daction|correspondante?s?|journalistes?"
    r"|agences?)\b", re.IGNORECASE)
_ON_BEHALF = re.compile(r"\s+on behalf of\b.*$", re.IGNORECASE)
#: A name longer than this is a sentence that a byline search picked up.
MAX_AUTHOR_WORDS = 6


def clean_authors(raw: str | None) -> list[str]:
    """The names in trafilatura's author string ("A; B"), minus URLs, e-mails and sentences.

    An organisation or the site itself may be the author ("Podium Staff", a one-person blog
    named after its owner): banning the site's name cost 4 (tune) and 6 (check) points of
    author accuracy on WCXB dev articles.
    """
    if not raw:
        return []
    names: list[str] = []
    for part in _NAME_SEPARATOR.split(raw):
        name = bare_name(part)
        if names and _ROLE.search(name):
            continue  # the title of the name before ("Tom Krisher; AP Auto Writer")
        name = untitled(name)
        if (not name or _NOT_A_NAME.search(name) or len(name.split()) > MAX_AUTHOR_WORDS
                or name in names or _INTERFACE_WORDS.search(name)):
            continue
        names.append(name)
    return names


def bare_name(text: str) -> str:
    """``text`` without a "By"/"Written by" prefix, a date after it and whom the writer
    writes for ("Jane Doe on behalf of the Launching Pad team")."""
    name = _ON_BEHALF.sub("", " ".join(text.split())).strip(" ,.")
    while (bare := _BYLINE_PREFIX.sub("", name)) != name:
        name = bare
    while (bare := _TRAILING_DATE.sub("", name).strip(" ,.·|-")) != name:
        name = bare
    return name


def untitled(name: str) -> str:
    """``name`` without a job title after it (:data:`_TRAILING_ROLE`)."""
    role = _TRAILING_ROLE.match(name)
    if role is None or any(len(word) > 1 and word.isupper() for word in role["name"].split()):
        return name
    return role["name"].strip(" ,.·|-")


def site_last(authors: list[str], site: str | None) -> list[str]:
    """``authors`` with the site's own name after the people it lists ("Fastarz; Ahmet
    Serhan"): a page credits its site beside its writer, and the writer is its author."""
    if len(authors) < 2 or not site or not re.search(
            rf"\b{re.escape(authors[0])}\b", site, re.IGNORECASE):
        return authors
    return [*authors[1:], authors[0]]


def listed_names(text: str, name_of: Callable[[str], str | None]) -> str | None:
    """The writers a byline lists ("By Jane Doe and John Roe", "Jane Doe, John Roe & Ann
    Lee, Reuters") as "Jane Doe; John Roe": the names (``name_of`` says which text is one)
    up to the first piece that is none or is a desk, job or agency (:data:`_DESK`), when
    there are two or more and an "and" or "&" joins them, or one that a desk joined by "and"
    follows ("By Jane Doe and Associated Press"); else None (the caller reads the line as
    one name). Without the "and", "Jane Doe, Staff Writer" would be two writers."""
    match = _BYLINE_LIST.match(" ".join(text.split()))
    if match is None:
        return None
    parts = _LIST_SEPARATOR.split(match.group("names"))
    names: list[str] = []
    joined = False
    for at in range(0, len(parts), 2):
        joins = at > 0 and parts[at - 1].strip(", ") != ""
        if (name := name_of(parts[at])) is None:
            break
        if _DESK.search(name):
            if joins and len(names) == 1:
                return names[0]
            break
        names.append(name)
        joined = joined or joins
    return "; ".join(names) if len(names) >= 2 and joined else None
