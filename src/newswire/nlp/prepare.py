"""From a RawArticle to the clean text spaCy reads: boilerplate stripped, the title and
the publication date chosen (and where each came from), runs no tokenizer should meet cut.

Pure and blocking, like the pipeline that calls it; imports only the boilerplate stage.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

from newswire.errors import EmptyArticleError
from newswire.models import DateSource, RawArticle, TitleSource
from newswire.nlp.boilerplate.clean import Cleaned, clean_html, clean_text
from newswire.nlp.boilerplate.headlines import HEADLINE_MAX_CHARS
from newswire.nlp.boilerplate.metadata import plausible_date

__all__ = ["MAX_RUN", "MAX_TITLE_CHARS", "article_url", "cap_long_runs", "given_title",
           "prepare", "publication_date", "title_source"]
#: Longest run of non-space characters handed to spaCy.
MAX_RUN = 500
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
#: Longest title taken as one. Every entity and quote event repeats the title, and a longer
#: "title" (a plain text of one long line, whose first line is its title) has as many of
#: them as its length allows: the events would grow with the square of the line.
MAX_TITLE_CHARS = HEADLINE_MAX_CHARS


def cap_long_runs(cleaned: Cleaned) -> Cleaned:
    """Cut every run of non-space characters to :data:`MAX_RUN` characters.

    spaCy's tokenizer is quadratic in such a run (a 100 kB run of brackets would hold a worker
    for minutes); no word of real prose is that long.
    """
    if not (_LONG_RUN.search(cleaned.title) or _LONG_RUN.search(cleaned.body)):
        return cleaned
    return replace(cleaned, title=_cut(cleaned.title), body=_cut(cleaned.body))


def _cut(text: str) -> str:
    return _LONG_RUN.sub(lambda match: match.group(0)[:MAX_RUN], text)


def given_title(raw: RawArticle) -> str | None:
    """The input's title, unless it is blank or too long to be one (:data:`MAX_TITLE_CHARS`)."""
    title = (raw.title or "").strip()
    return title if title and len(title) <= MAX_TITLE_CHARS else None


def title_source(raw: RawArticle, cleaned: Cleaned) -> TitleSource | None:
    """Where the title came from: the input, else the web page, else the text's headline line."""
    if given_title(raw) is not None:
        return "input"
    if not cleaned.title.strip():
        return None
    # Only clean_html fills ``page``; a plain text's title is its first line read as a headline.
    return "page" if cleaned.page is not None else "headline"


def article_url(raw: RawArticle, cleaned: Cleaned, max_chars: int) -> str | None:
    """The input's url, else the page's canonical URL when it is an absolute http(s) URL of
    at most ``max_chars`` characters, the limit of an input url (``NEWSWIRE_MAX_URL_CHARS``:
    every entity and quote event repeats it); a page sent without its address still names it."""
    if raw.url is not None:
        return raw.url
    canonical = cleaned.page.canonical_url if cleaned.page is not None else None
    if not canonical or len(canonical) > max_chars:
        return None
    parts = urlsplit(canonical)
    return canonical if parts.scheme in {"http", "https"} and parts.hostname else None


def prepare(raw: RawArticle, learned: AbstractSet[str] = frozenset()) -> Cleaned:
    """Strip boilerplate from the article's HTML or text; raise when nothing is left.

    A title over :data:`MAX_TITLE_CHARS` is none: a text's is read as its first paragraph
    (the text's headline, if it has one, becomes the title), a page's title fills in, and a
    page's own title that long is dropped.
    """
    title = given_title(raw)
    if raw.html and raw.html.strip():
        cleaned = clean_html(raw.html, url=raw.url, learned=learned, language=raw.language)
        if not cleaned.body.strip():
            raise EmptyArticleError("no article text could be extracted from the html")
        # The producer's title wins over the page's; the page's fills in when there is none
        # (a blank title is none, as in clean_text).
        if title:
            return replace(cleaned, title=raw.title or "")
        return cleaned if len(cleaned.title) <= MAX_TITLE_CHARS else replace(cleaned, title="")
    text = raw.text or ""
    if title is None and raw.title and raw.title.strip():
        text = f"{raw.title}\n{text}"  # too long for a title: the first paragraph
    cleaned = clean_text((raw.title or "") if title else "", text, learned=learned)
    if not cleaned.body.strip() and not cleaned.title.strip():
        raise EmptyArticleError("article has no text to enrich")
    return cleaned


def publication_date(
    raw: RawArticle, cleaned: Cleaned
) -> tuple[datetime | None, DateSource | None]:
    """The input's date (from a feed when the crawler says so), else the page's.

    A date that cannot be a publication date (future, before 1990, the epoch) is dropped.
    """
    now = datetime.now(UTC)
    given = plausible_date(raw.published_at, now)
    if given is not None:
        return given, "feed" if (raw.model_extra or {}).get("feed_url") else "input"
    page = cleaned.page.published_at if cleaned.page else None
    found = plausible_date(page, now)
    return (found, "page") if found is not None else (None, None)
