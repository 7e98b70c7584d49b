"""The date a page shows its readers under the headline: "March 5, 2024", "5 March 2024".

Meta tags and JSON-LD often say only when a page was last touched, or nothing; the reader
sees the date under the headline. :func:`shown_date` reads the first date in the short texts
(a byline, a date, a ``<time>``) that follow the page's first ``<h1>``, past a standfirst of
at most two sentence-like texts, and whether a label before it says it is an update
("Updated", "Last modified", "Reviewed"): a date in the article's first paragraph is what
the story is about. When none follows, the few short texts just above the headline are read
(a "Published October 14, 2025" line over it), up to the first sentence-like one. English
month names, ISO dates and the numeric forms whose order is not in doubt ("05.03.2024",
"2024/03/05", "15/03/2024") only: the expensive any-language search stays htmldate's
(``extensive_search``). A ``<time>``'s ``datetime`` days away from its text is its day.

Away from the headline (often at the article's end), :func:`dated_lines` reads a date a
label says is the first publication ("originally published on") and a line that shows the
publication and its update.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.dates import MONTH_NAME
from newswire.timeparse import parse_iso

__all__ = ["MAX_CHARS", "MAX_LINE_WORDS", "MAX_SENTENCES", "MAX_SHORT_WORDS", "MAX_TEXTS",
           "MAX_TEXTS_ABOVE", "DatedLines", "ShownDate", "dated_lines", "shown_date"]

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH = rf"(?P<month>{MONTH_NAME})(?![^\W\d_])\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: "March 5, 2024", "5 March 2024", "5th of March, 2024", "2024-03-05"; and the numeric
#: forms whose order is not in doubt: "05.03.2024" (day first wherever dots are used; two
#: digits each, as a CMS writes them: "1.2.2024" may be a version),
#: "2024/03/05", and "15/03/2024" or "03/15/2024" (a part over 12 is the day; "05/03/2024"
#: is May 3 in the US and 5 March elsewhere, and a page's "en" does not say which).
_DATE_FORMS = tuple(re.compile(form, re.IGNORECASE) for form in (
    rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",
    rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b",
    rf"\b{_YEAR}-(?P<month_number>\d\d)-(?P<day_number>\d\d)\b",
    rf"\b(?P<day_number>\d\d)\.(?P<month_number>\d\d)\.{_YEAR}\b",
    rf"\b{_YEAR}/(?P<month_number>\d{{1,2}})/(?P<day_number>\d{{1,2}})\b",
    rf"\b(?P<either>\d{{1,2}})/(?P<other>\d{{1,2}})/{_YEAR}\b",
))
#: A label that makes the date an update, not the first publication.
_UPDATE_LABEL = re.compile(r"(?:updated|modified|reviewed|last)\W*(?:on\W*)?$", re.IGNORECASE)
#: How many text nodes after the headline are read (byline, date, standfirst).
MAX_TEXTS = 60
#: How many text nodes above the headline are read when none after it has a date.
MAX_TEXTS_ABOVE = 8
#: How many characters after the headline are read before giving up.
MAX_CHARS = 1_500
#: A text of more words than this is a sentence (a standfirst, the first paragraph): its
#: dates are what the story tells of. Bylines and date lines are shorter.
MAX_SHORT_WORDS = 12
#: Sentence-like texts passed over before the search stops: a standfirst of one or two comes
#: before the byline (WCXB dev tune pages), the article's text after it.
MAX_SENTENCES = 2
_LABEL_CHARS = 40
#: A line of more words than this is text, not a date line ("March 5, 2024 · Updated May 1").
MAX_LINE_WORDS = 25
#: How many elements up from an "Updated" label its line is looked for (its ``<i>``, ``<p>``).
_LINE_LEVELS = 3
#: Text nodes of a label's element read for the date after it.
_LINE_TEXTS = 8
#: The body's text nodes with a label's word (their stems match lower case and capitalised).
#: ``descendant::``, not ``//text()``: the same nodes, without libxml2's step through every
#: node's children (15% less time).
_LABEL_TEXTS = ("//body/descendant::text()[contains(., 'ublished') or contains(., 'pdated') "
                "or contains(., 'odified')]")
_UPDATE_WORD = re.compile(r"updated|modified", re.IGNORECASE)
#: A label that says the date after it is the first publication, not the last edit.
_FIRST_LABEL = re.compile(r"(?:originally|first) published\W*(?:on\W*)?", re.IGNORECASE)
_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})


@dataclass(frozen=True)
class ShownDate:
    """A date shown under the headline; ``update`` when its label says it is one."""

    day: date
    update: bool


def shown_date(tree: etree._Element) -> ShownDate | None:
    """The first date in the short texts after the page's first ``<h1>``, else in the few
    short texts just above it (a date or "Published" line over the headline), or None."""
    heading = tree.find(".//body//h1")
    if heading is None:
        return None
    return _date_after(heading) or _date_above(heading)


@dataclass(frozen=True)
class DatedLines:
    """What the body shows of its dates away from the headline (often at the article's
    end, where :func:`shown_date` does not read)."""

    #: The day a label says is the first publication ("originally published on 26 Sep 2019").
    first_published: date | None
    #: The first line showing the publication and then its later, labelled update
    #: ("December 3, 2025. Updated: December 7, 2025"), as (publication, update).
    publication_and_update: tuple[date, date] | None


def dated_lines(tree: etree._Element) -> DatedLines:
    """The body's dated lines (:class:`DatedLines`) from the few text nodes with a label's
    word ("published", "updated", "modified", lower case or capitalised), which libxml2
    picks out in one XPath: a loop over every text node in Python cost 4 ms a page."""
    texts = [(text, holder) for text in tree.xpath(_LABEL_TEXTS)
             if (holder := _holder(text)) is not None]
    return DatedLines(
        next(filter(None, (_first_published(*found) for found in texts)), None),
        next(filter(None, (_publication_and_update_in(*found) for found in texts)), None))


def _holder(text: etree._ElementUnicodeResult) -> etree._Element | None:
    """The element whose line ``text`` is part of (for a tail, the parent), unless a script."""
    holder = text.getparent()
    holder = holder.getparent() if text.is_tail else holder
    return None if holder is None or holder.tag in _NOT_TEXT else holder


def _first_published(text: str, holder: etree._Element) -> date | None:
    if not _FIRST_LABEL.search(text):
        return None
    # The label's element ("<p>First published: <b>26 Sep 2019</b></p>") holds the date.
    line = " ".join(islice(holder.itertext(), _LINE_TEXTS))
    label = _FIRST_LABEL.search(line)
    found = _first_date(line[label.end():]) if label else None
    return found[0] if found and found[1] == 0 else None


def _publication_and_update_in(text: str, holder: etree._Element) -> tuple[date, date] | None:
    if not _UPDATE_WORD.search(text):
        return None
    for element in islice(chain((holder,), holder.iterancestors()), _LINE_LEVELS):
        line = " ".join(element.text_content().split())
        if len(line.split()) > MAX_LINE_WORDS:
            break
        if pair := _publication_and_update(line):
            return pair
    return None


def _publication_and_update(line: str) -> tuple[date, date] | None:
    """The two dates of ``line`` when it gives exactly two, the later labelled an update."""
    found = sorted({(match.start(), day) for form in _DATE_FORMS for match in form.finditer(line)
                    if (day := _as_date(match.groupdict().get)) is not None})
    if len(found) != 2 or not found[0][1] < found[1][1]:
        return None
    (first_at, first), (update_at, update) = found
    if (_UPDATE_LABEL.search(line[:first_at].strip()[-_LABEL_CHARS:])
            or not _UPDATE_LABEL.search(line[:update_at].strip()[-_LABEL_CHARS:])):
        return None
    return first, update


def _date_after(heading: etree._Element) -> ShownDate | None:
    before = ""
    read = sentences = 0
    for text in heading.xpath(f"following::text()[position() <= {MAX_TEXTS}]"):
        holder = text.getparent()
        if not text.strip() or (not text.is_tail and holder.tag in _NOT_TEXT):
            continue
        in_time = not text.is_tail and holder.tag == "time"
        if not in_time and len(text.split()) > MAX_SHORT_WORDS:
            sentences, before, read = sentences + 1, "", read + len(text)
            if sentences > MAX_SENTENCES or read > MAX_CHARS:
                break
            continue
        if found := _first_date(text):
            return _shown(text, _machine_day(holder, found) if in_time else found, before)
        before, read = text, read + len(text)
        if read > MAX_CHARS:
            break
    return None


def _date_above(heading: etree._Element) -> ShownDate | None:
    """The date in the nearest short texts before ``heading``, up to a sentence-like one
    (a menu's or another story's text is further up)."""
    # lxml gives the nodes in document order: the nearest to the headline is the last.
    texts = [t for t in heading.xpath(f"preceding::text()[position() <= {MAX_TEXTS_ABOVE}]")
             if t.strip() and (t.is_tail or t.getparent().tag not in _NOT_TEXT)][::-1]
    for position, text in enumerate(texts):
        if len(text.split()) > MAX_SHORT_WORDS:
            return None
        if found := _first_date(text):
            label = texts[position + 1] if position + 1 < len(texts) else ""
            return _shown(text, found, label)
    return None


def _machine_day(time_element: etree._Element, found: tuple[date, int]) -> tuple[date, int]:
    """``found`` (the date a ``<time>`` shows, and where), with the day of its ``datetime``
    when that is days away: the attribute is what the page declares, as htmldate and
    trafilatura read it, and the text a template's other date. A day apart is a time zone
    (a UTC timestamp shown as the reader's day): the shown day stays."""
    declared = parse_iso(time_element.get("datetime"))
    if declared is None or abs((declared.date() - found[0]).days) <= 1:
        return found
    return declared.date(), found[1]


def _shown(text: str, found: tuple[date, int], before: str) -> ShownDate:
    day, start = found
    label = (before + " " + text[:start]).strip()[-_LABEL_CHARS:]
    return ShownDate(day, bool(_UPDATE_LABEL.search(label)))


def _first_date(text: str) -> tuple[date, int] | None:
    """The earliest well-formed date of ``text`` (whatever its form) and where it starts."""
    first: tuple[date, int] | None = None
    for form in _DATE_FORMS:
        for match in form.finditer(text):
            if first is not None and match.start() >= first[1]:
                break
            if (day := _as_date(match.groupdict().get)) is not None:
                first = (day, match.start())
                break
    return first


def _as_date(group: Callable[[str], str | None]) -> date | None:
    month_name = group("month")
    month = _MONTHS[month_name[:3].lower()] if month_name else int(group("month_number") or 0)
    day = int(group("day") or group("day_number") or 0)
    if group("either"):
        day, month = _day_and_month(int(group("either") or 0), int(group("other") or 0))
    try:
        return date(int(group("year") or 0), month, day)
    except ValueError:
        return None


def _day_and_month(first: int, second: int) -> tuple[int, int]:
    """The day and month of "first/second/year" when one of them can only be the day, else
    (0, 0): no date."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    return 0, 0
