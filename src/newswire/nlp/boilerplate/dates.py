"""Lines that only date the page: "Updated: Tue., Nov. 19, 2019", "5H ago", "3 min read".

A date alone on a line is page furniture; a time alone is a live blog's section ("12:50 p.m."),
and dates in a table or a score ("6-3 6-4") are text, so the date rule is narrow.
"""

from __future__ import annotations

import re

__all__ = ["MONTH_NAME", "PUBLISHED", "READING_TIME", "DateOnly"]

_I = re.IGNORECASE

PUBLISHED = re.compile(
    r"^[\W_]*(?:published|updated|posted|last (?:updated|modified)|first published)\b", _I
)
_WEEKDAY = r"(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day)?\.?|wednesday|saturday|thursday|tuesday"
#: An English month's name or abbreviation, whole: "Mar", "March", "Sept" ("Marvel" is none).
MONTH_NAME = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
              r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH = rf"(?:{MONTH_NAME})(?![^\W\d_])\.?"
_DATE_WORDS = (
    rf"{_WEEKDAY}|{_MONTH}|\d{{1,4}}(?:st|nd|rd|th)?|at|am|pm|a\.m\.|p\.m\.|[ap]m|gmt|utc|"
    r"[ecmp][sd]t|\d{1,2}:\d{2}(?::\d{2})?|\d+[-/.]\d+[-/.]\d+"
)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b")
#: A line of date and time words only; :class:`DateOnly` says which of them are one date.
_DATE_WORDS_ONLY = re.compile(rf"^[\W_]*(?:(?:{_DATE_WORDS})[\s,|/·•-]*)+$", _I)
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH})(?!\w)", _I)
_DAY_NUMBER = re.compile(r"\b\d{1,4}(?:st|nd|rd|th)?\b", _I)
#: A machine timestamp ("2019-11-13T23:06:00+01:00") or a relative date ("5H ago").
_STAMP = re.compile(
    r"^\s*\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?\s*$|"
    r"^[\W_]*(?:updated\s+)?\d+\s*"
    r"(?:s|m|h|d|w|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\W*$",
    _I,
)
READING_TIME = re.compile(
    r"\b\d+\s*(?:-\s*)?(?:min(?:ute)?s?|minutos?)\s+(?:read|de leitura)\b|"
    r"^[\W_]*(?:tempo de leitura|reading time|read time|lesezeit|temps de lecture)\s*:",
    _I,
)


class DateOnly:
    """A line that is one date and nothing else: "Tuesday November 19, 2019", "11/20/2019 1 PM".

    A time alone ("12:50 p.m.", a live blog's section), a month or weekday alone, an ISO date
    (Reuters' dateline without its place), scores ("6-3 6-4") and a table's header of months
    are text.
    """

    name = "date"

    @staticmethod
    def hits(line: str, n_words: int) -> bool:
        """True when ``line`` (of ``n_words`` words) is one date or time stamp."""
        if _STAMP.search(line):
            return True
        if n_words > 10 or not _DATE_WORDS_ONLY.match(line):
            return False
        if numeric := _NUMERIC_DATE.findall(line):
            return len(numeric) == 1
        # "Sep.96" without a space is a table's column, not a page's date.
        return (len(_MONTH_WORD.findall(line)) == 1 and bool(_DAY_NUMBER.search(line))
                and len(line.split()) > 1)
