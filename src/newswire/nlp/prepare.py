"""From a RawArticle to the clean text spaCy reads: boilerplate stripped, the title and
the publication date chosen (and where each came from), runs no tokenizer should meet cut.

Pure and blocking, like the pipeline that calls it; imports only the boilerplate stage.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import UTC, datetime

from newswire.errors import EmptyArticleError
from newswire.models import DateSource, RawArticle, TitleSource
from newswire.nlp.boilerplate.clean import Cleaned, clean_html, clean_text
from newswire.nlp.boilerplate.metadata import plausible_date

__all__ = ["MAX_RUN", "cap_long_runs", "prepare", "publication_date", "title_source"]

#: Longest run of non-space characters handed to spaCy.
MAX_RUN = 500
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


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


def title_source(raw: RawArticle, cleaned: Cleaned) -> TitleSource | None:
    """Where the title came from: the input, else the web page, else the text's headline line."""
    if raw.title and raw.title.strip():
        return "input"
    if not cleaned.title.strip():
        return None
    # Only clean_html fills ``page``; a plain text's title is its first line read as a headline.
    return "page" if cleaned.page is not None else "headline"


def prepare(raw: RawArticle, learned: AbstractSet[str] = frozenset()) -> Cleaned:
    """Strip boilerplate from the article's HTML or text; raise when nothing is left."""
    if raw.html and raw.html.strip():
        cleaned = clean_html(raw.html, url=raw.url, learned=learned)
        if not cleaned.body.strip():
            raise EmptyArticleError("no article text could be extracted from the html")
        # The producer's title wins over the page's; the page's fills in when there is none
        # (a blank title is none, as in clean_text).
        return replace(cleaned, title=raw.title) if raw.title and raw.title.strip() else cleaned
    cleaned = clean_text(raw.title or "", raw.text or "", learned=learned)
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
