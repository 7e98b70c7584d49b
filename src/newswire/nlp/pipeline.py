"""Turn RawArticles into EnrichedArticles, each with the spaCy pipeline of its language.

``Pipeline.enrich`` and ``Pipeline.enrich_batch`` are pure and blocking: the stream layer
runs them off the event loop; ``newswire enrich`` and the benchmarks call them directly.
Each article's language is identified from its clean text (:mod:`newswire.nlp.language`);
an enabled language with a pipeline (English, French) gets entities, quotes and speakers,
any other language (or ``und``) its quotation marks only, and ``skipped`` says what was not
done and why. Pipelines load once per worker, each when its first article comes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import UTC, datetime

import spacy
from spacy.language import Language

from newswire import __version__
from newswire.errors import EnrichmentError, NewswireError
from newswire.models import (
    Dateline,
    EnrichedArticle,
    Entity,
    Quote,
    RawArticle,
    Skipped,
    enriched_event_id,
)
from newswire.nlp.boilerplate import find_dateline
from newswire.nlp.boilerplate.clean import Cleaned
from newswire.nlp.datelined import body_with_dateline
from newswire.nlp.doc_texts import text_of
from newswire.nlp.entities.cross_article.identity import Knowledge
from newswire.nlp.entities.extract import Context, extract_entities
from newswire.nlp.entities.spans.recase import Capitals, read_capitals
from newswire.nlp.language import UNDETERMINED, Identified, identify
from newswire.nlp.loading import COMPONENTS, DEFAULT_MODEL, MODELS, LanguageModels, load_model
from newswire.nlp.passes import MAX_NLP_CHARS, MAX_NLP_TOKENS, analyse, within_tokens
from newswire.nlp.prepare import (
    article_url,
    cap_long_runs,
    prepare,
    publication_date,
    title_source,
)
from newswire.nlp.quotes.extract import extract_quotes

__all__ = ["COMPONENTS", "DEFAULT_MODEL", "Job", "Pipeline", "load_model"]

#: Languages enriched fully unless told otherwise (``NEWSWIRE_LANGUAGES``).
DEFAULT_LANGUAGES = ("en", "fr")
PIPELINE_VERSION = f"newswire-{__version__}"
#: Longest canonical URL a page may give as the article's url (``NEWSWIRE_MAX_URL_CHARS``,
#: whose default this is; the worker passes the setting's value).
MAX_URL_CHARS = 8192
Docs = tuple[spacy.tokens.Doc, spacy.tokens.Doc]


@dataclass(frozen=True)
class Job:
    """One article to enrich, with the context the stream knows about it."""

    raw: RawArticle
    revision: int = 1
    #: The content hash of the revision this one replaces ("" for the first): part of the
    #: event id, so a revision back to earlier content is news and a replay is not.
    replaces: str = ""
    learned: AbstractSet[str] = field(default_factory=frozenset)
    #: What the entity registry knows across articles (majority types, full names).
    known: Knowledge | None = None


@dataclass(frozen=True)
class Analysed:
    """An article's title and body docs, the pipeline that made them, its capitals read
    again re-cased (English pipelines only) and its body's dateline (found once: it shapes
    the parse, names an entity and bounds the quotes)."""

    docs: Docs
    model: Language
    capitals: tuple[Capitals, Capitals] | None = None
    dateline: Dateline | None = None


@dataclass(frozen=True)
class Route:
    """An article's language, and whether its language has a full pipeline here."""

    identified: Identified
    full: bool

    @property
    def language(self) -> str:
        """The code the article is analysed as."""
        return self.identified.language


class Pipeline:
    """The enrichment pipeline around one spaCy pipeline per enabled language."""

    def __init__(self, model: str = DEFAULT_MODEL, version: str = PIPELINE_VERSION, *,
                 languages: Iterable[str] = DEFAULT_LANGUAGES,
                 models: Mapping[str, str] | None = None,
                 max_tokens: int = MAX_NLP_TOKENS, max_url_chars: int = MAX_URL_CHARS) -> None:
        names = {**MODELS, "en": model, **(models or {})}
        self.languages = tuple(languages)
        self.max_tokens = max_tokens
        self.max_url_chars = max_url_chars
        self.models = LanguageModels({c: names[c] for c in self.languages if c in names})
        self.version = version
        if self.models.enabled("en"):
            self.models.full("en")  # most articles are English: load it before the first one

    @property
    def default_language(self) -> str | None:
        """The first enabled language: a table of names and numbers in Latin script whose
        language cannot be told is read with its model (``NEWSWIRE_LANGUAGES``' first)."""
        return self.languages[0] if self.languages else None

    @property
    def nlp(self) -> Language:
        """The English spaCy pipeline."""
        return self.models.full("en")

    def enrich(self, job: Job | RawArticle) -> EnrichedArticle:
        """Enrich one article; raise a :class:`NewswireError` when it cannot be."""
        result = self.enrich_batch([job])[0]
        if isinstance(result, NewswireError):
            raise result
        return result

    def enrich_batch(
        self, items: Sequence[Job | RawArticle]
    ) -> list[EnrichedArticle | NewswireError]:
        """Enrich many articles, one spaCy pass per language; a failure is returned in its slot."""
        jobs = [item if isinstance(item, Job) else Job(item) for item in items]
        prepared: list[Cleaned | NewswireError] = [self._prepare(j) for j in jobs]
        routes = {i: self._route(jobs[i], c) for i, c in enumerate(prepared)
                  if isinstance(c, Cleaned)}
        analysed = self._analyse_by_language(prepared, routes)
        results: list[EnrichedArticle | NewswireError] = []
        for i, (job, cleaned) in enumerate(zip(jobs, prepared, strict=True)):
            if isinstance(cleaned, NewswireError):
                results.append(cleaned)
                continue
            try:
                results.append(self._assemble(job, cleaned, analysed[i], routes[i]))
            except Exception as exc:  # noqa: BLE001 - one bad article must not sink the batch
                error = EnrichmentError(f"enrichment failed: {exc!r}")
                error.__cause__ = exc  # the traceback travels with the dead letter's reason
                results.append(error)
        return results

    def _route(self, job: Job, cleaned: Cleaned) -> Route:
        # Without the input's claim, the page's own (<html lang>) is weighed against the text.
        claimed = job.raw.language or (cleaned.page.language if cleaned.page else None)
        try:
            identified = identify(cleaned.title, cleaned.body, claimed, self.default_language)
        except Exception:  # noqa: BLE001 - hostile text must not sink the batch: "und" then
            identified = Identified(UNDETERMINED, None, claimed)
        return Route(identified, self.models.enabled(identified.language))

    def _analyse_by_language(self, prepared: Sequence[Cleaned | NewswireError],
                             routes: Mapping[int, Route]) -> dict[int, Analysed]:
        """Title and body docs of every article, each language's articles in one pass."""
        groups: dict[tuple[str, bool], list[int]] = {}
        for i, route in routes.items():
            groups.setdefault((route.language, route.full), []).append(i)
        analysed: dict[int, Analysed] = {}
        for (language, full), indices in groups.items():
            nlp = self.models.full(language) if full else self.models.blank(language)
            cleaned = [c for c in (prepared[i] for i in indices) if isinstance(c, Cleaned)]
            # Found in the body as published; its offsets hold in the part spaCy analyses too.
            datelines = [find_dateline(c.body) for c in cleaned]
            texts = [within_tokens(nlp, text[:MAX_NLP_CHARS], self.max_tokens)
                     for c in cleaned for text in (c.title, c.body)]
            docs = analyse(nlp, [body_with_dateline(nlp, text, datelines[i // 2]) if i % 2
                                 else text for i, text in enumerate(texts)])
            # Text in capitals is read again, re-cased, by the NER: once for the language's
            # whole batch, and only by an English pipeline (re-casing follows English usage).
            capitals = iter(read_capitals(nlp, list(zip(texts[::2], texts[1::2], strict=True)))
                            if full and nlp.lang == "en" else [])
            for i, dateline in zip(indices, datelines, strict=True):
                analysed[i] = Analysed((next(docs), next(docs)), nlp, next(capitals, None),
                                       dateline)
        return analysed

    @staticmethod
    def _prepare(job: Job) -> Cleaned | NewswireError:
        try:
            return cap_long_runs(prepare(job.raw, job.learned))
        except NewswireError as exc:
            return exc
        except Exception as exc:  # noqa: BLE001 - cleaners see hostile input
            error = EnrichmentError(f"boilerplate stripping failed: {exc!r}")
            error.__cause__ = exc
            return error

    def _assemble(self, job: Job, cleaned: Cleaned, analysed: Analysed,
                  route: Route) -> EnrichedArticle:
        raw = job.raw
        title_doc, body_doc = analysed.docs
        dateline = analysed.dateline
        entities: list[Entity] = []
        if route.full:
            in_doc = dateline if dateline and dateline.end <= len(text_of(body_doc)) else None
            context = Context(model=analysed.model, known=job.known, capitals=analysed.capitals,
                              dateline=in_doc)
            entities = extract_entities(title_doc, body_doc, context)
            quotes = extract_quotes(title_doc, body_doc, entities,
                                    dateline_end=in_doc.end if in_doc else 0,
                                    author=raw.author or cleaned.author)
        else:
            quotes = [_unattributed(q) for q in extract_quotes(title_doc, body_doc, [])]
        article_id = raw.article_id()
        content_hash = raw.content_hash()
        published_at, published_source = publication_date(raw, cleaned)
        return EnrichedArticle(
            event_id=enriched_event_id(article_id, content_hash, job.replaces, self.version),
            id=article_id,
            revision=job.revision,
            content_hash=content_hash,
            source=raw.source,
            url=article_url(raw, cleaned, self.max_url_chars),
            title=cleaned.title,
            title_source=title_source(raw, cleaned),
            body=cleaned.body,
            dateline=dateline,
            author=raw.author or cleaned.author,
            published_at=published_at,
            published_at_source=published_source,
            language=route.language,
            language_confidence=route.identified.confidence,
            language_claimed=route.identified.claimed,
            skipped=[] if route.full else self._skipped(route.language),
            page_kind=cleaned.page_kind,
            page=cleaned.page,
            boilerplate=cleaned.boilerplate,
            entities=entities,
            quotes=quotes,
            extra=dict(raw.model_extra or {}),
            pipeline_version=self.version,
            processed_at=datetime.now(UTC),
        )

    def _skipped(self, language: str) -> list[Skipped]:
        """What an article in ``language`` does not get here, and why."""
        if language == UNDETERMINED:
            why = "language undetermined"
        elif language in MODELS:
            why = f"{language} is not among the enabled languages ({','.join(self.languages)})"
        else:
            why = f"no entity model for {language}"
        return [Skipped(step="entities", reason=why),
                Skipped(step="speakers", reason=f"{why}: quotes are found by their quotation "
                        "marks only, with no speaker and no reported speech")]


def _unattributed(quote: Quote) -> Quote:
    """A quote without a speaker: a name read off capitals alone is no speaker in German."""
    return quote.model_copy(update={"speaker": None, "speaker_id": None, "speaker_kind": "unknown",
                                    "speaker_mention": None, "cue": None})
