"""Boilerplate stripping: the article and nothing else, with what was removed kept as data.

Contract used by :mod:`newswire.nlp.pipeline`:

* ``clean_text(title, text, learned=frozenset()) -> Cleaned`` for plain-text feeds;
* ``clean_html(html, url=None, learned=frozenset(), language=None) -> Cleaned`` for web
  pages; ``language`` is the input's claim (else the page's ``<html lang>`` counts): on a
  page not in English the line rules whose evidence is English words do not run
  (:mod:`.page_language`).

``learned`` holds line fingerprints (:func:`~newswire.nlp.boilerplate.templates.line_fingerprint`)
that the stream layer learned recur for the article's source; such lines are removed with
``RemovedLine(why="learned", rule="template")``. The body is the kept lines joined by
``"\\n"``: later stages index into it. Neither cleaner raises on hostile input: a page
with nothing to extract gives an empty body.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from newswire.models import Boilerplate, Link, PageKind, PageMetadata, RemovedLine
from newswire.nlp.boilerplate import html as html_
from newswire.nlp.boilerplate.article_text import body_text, has_article
from newswire.nlp.boilerplate.credit_lines import byline_name, source_name
from newswire.nlp.boilerplate.headlines import headline_at
from newswire.nlp.boilerplate.html_blocks import verdicts as block_verdicts
from newswire.nlp.boilerplate.links import joined_url, links_in_line, make_link
from newswire.nlp.boilerplate.outside import MAX_OUTSIDE_LINKS, outside_lines
from newswire.nlp.boilerplate.templates import fingerprints, line_fingerprint
from newswire.nlp.boilerplate.text_lines import Verdict, decide

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Cleaned:
    """An article's title and clean body, with what was stripped.

    A web page also gives what it says about itself (``page``) and its kind, when it tells.
    """

    title: str
    body: str
    boilerplate: Boilerplate
    author: str | None = None
    page: PageMetadata | None = None
    page_kind: PageKind | None = None


EMPTY = Cleaned("", "", Boilerplate())


def clean_text(title: str, text: str, learned: AbstractSet[str] = frozenset()) -> Cleaned:
    """Strip the boilerplate lines of a plain-text article.

    The title is kept as given; without one, a headline on the first line becomes the title
    (:func:`~newswire.nlp.boilerplate.headlines.headline_at`) and leaves the body.
    """
    lines = text.splitlines()
    if not title.strip():
        title, lines = _take_headline(lines, learned)
    verdicts = decide(lines, title, learned)
    pairs = list(zip(lines, verdicts, strict=True))
    links = [link for line, v in pairs if v for link in links_in_line(line)]
    body = "\n".join(line.strip() for line, v in pairs if v is None and line.strip())
    boilerplate = _boilerplate(lines, verdicts, links)
    return Cleaned(title.strip(), body, boilerplate, _author(lines, verdicts))


def _take_headline(lines: list[str], learned: AbstractSet[str]) -> tuple[str, list[str]]:
    """The headline on the first line (or ``""``) and the lines of the text without it."""
    at = headline_at(lines)
    if at is None or (learned and line_fingerprint(lines[at]) in learned):
        return "", lines
    return lines[at].strip(), lines[at + 1:]


def clean_html(
    html: str, url: str | None = None, learned: AbstractSet[str] = frozenset(),
    language: str | None = None,
) -> Cleaned:
    """The article of a web page without its boilerplate; empty when there is none."""
    try:
        return _clean_html(html, url, learned, language)
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError) as exc:
        _log.debug("no article in page %s: %r", url, exc)
    except Exception as exc:  # noqa: BLE001 - parsers meet hostile bytes; no page may crash a worker
        _log.warning("extraction failed for %s: %r", url, exc)
    return EMPTY


def _clean_html(html: str, url: str | None, learned: AbstractSet[str],
                language: str | None = None) -> Cleaned:
    extracted = html_.extract(html, url, language)
    page, kind = extracted.page, extracted.page_kind
    if not extracted.blocks:
        dropped = Boilerplate(removed_lines=list(extracted.removed))
        plate = _with_outside(dropped, extracted, "", url)
        return Cleaned(extracted.title, "", plate, page=page, page_kind=kind)
    verdicts = block_verdicts(extracted, learned)
    lines = [b.text for b in extracted.blocks]
    links = [link for b, v in zip(extracted.blocks, verdicts, strict=True) if v for link in b.links]
    removed = {i for i, v in enumerate(verdicts) if v is not None}
    body, repeated = body_text(extracted, removed)
    # Lines the page's rules took out before the blocks were made, and repeats inside blocks;
    # then the page's text outside the article.
    boilerplate = _with_outside(
        _boilerplate(lines, verdicts, links, [*extracted.removed, *repeated]), extracted, body,
        url)
    if not has_article(body):
        return Cleaned(extracted.title, "", boilerplate, page=page, page_kind=kind)
    authors = page.authors if page else []
    author = authors[0] if authors else _author(lines, verdicts)
    return Cleaned(extracted.title, body, boilerplate, author, page, kind)


def _with_outside(plate: Boilerplate, extracted: html_.Extracted, body: str,
                  url: str | None) -> Boilerplate:
    """``plate`` with the page's text outside the article and its links (:mod:`.outside`),
    made absolute against the page's URL."""
    listed = {r.text for r in plate.removed_lines}
    outside = [(line, region)
               for line, region in outside_lines(extracted.lines, body, extracted.title,
                                                  extracted.hidden)
               if line.text not in listed]
    # Validated: pydantic's model_construct, in Python, takes longer than its validation.
    removed = [RemovedLine(text=line.text, why="rule",
                           rule=f"page-{region}" if region else "page")
               for line, region in outside]
    links = list(plate.links)
    seen = {link.url for link in links}
    limit = MAX_OUTSIDE_LINKS + len(plate.links)
    joined: dict[str, str] = {}  # a menu's links recur on a page: each href joined once
    for href, label in (pair for line, _ in outside for pair in line.links):
        if len(seen) >= limit:
            break
        if url and href not in joined:
            joined[href] = joined_url(url, href)
        target = joined[href] if url else href
        if target not in seen:
            seen.add(target)
            links.append(make_link(target, label))
    return plate.model_copy(update={"removed_lines": [*plate.removed_lines, *removed],
                                    "links": links})


def _boilerplate(
    lines: Sequence[str], verdicts: Sequence[Verdict | None], links: list[Link],
    also: Sequence[RemovedLine] = (),
) -> Boilerplate:
    removed = [
        RemovedLine(text=line.strip(), why=v.why, rule=v.rule)
        for line, v in zip(lines, verdicts, strict=True)
        if v is not None
    ]
    removed += also
    hint = next((h for r in removed if (h := source_name(r.text))), None)
    return Boilerplate(removed_lines=removed, links=links, source_hint=hint)


def _author(lines: Sequence[str], verdicts: Sequence[Verdict | None]) -> str | None:
    """The name in a removed byline ("By Jane Doe"), if there is one."""
    for line, v in zip(lines, verdicts, strict=True):
        if v is not None and v.rule == "byline":
            return byline_name(line)
    return None


def article_fingerprints(cleaned: Cleaned) -> set[str]:
    """What the stream layer counts for an article: its body lines and learned-removed lines.

    Lines already removed as learned templates are counted too; otherwise a template would
    stop being seen as soon as it is learned, fade, come back, and flap.
    """
    learned = "\n".join(r.text for r in cleaned.boilerplate.removed_lines if r.why == "learned")
    return fingerprints(cleaned.body) | fingerprints(learned)


__all__ = [
    "Cleaned", "article_fingerprints", "clean_html", "clean_text", "fingerprints",
    "line_fingerprint",
]
