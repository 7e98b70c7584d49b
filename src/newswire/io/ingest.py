"""Turn bytes (a Kafka message, a file) into a :class:`RawArticle`, or say why not."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import ValidationError

from newswire.errors import DecodeError, EmptyArticleError, SchemaError, TooLargeError
from newswire.models import MAX_ID_CHARS, RawArticle
from newswire.settings import Settings

__all__ = ["InputLimits", "article_from_text", "check_fields", "check_not_empty", "check_size",
           "decode_message", "encode", "json_error", "looks_like_json", "validation_summary"]

#: A JSON object's opening: a brace, then a member's name or the closing brace. Plain text
#: may open with a brace too (``{Breaking} Floods in ...``, ``{{template}}``).
_JSON_OPENING = re.compile(r"\s*\{\s*[\"}]")
_JSON_OPENING_BYTES = re.compile(rb"\s*\{\s*[\"}]")


@dataclass(frozen=True)
class InputLimits:
    """What the worker accepts of an input message (``NEWSWIRE_MAX_ARTICLE_BYTES``,
    ``NEWSWIRE_MAX_URL_CHARS``, ``NEWSWIRE_MAX_SOURCE_CHARS``)."""

    max_bytes: int
    max_url_chars: int
    max_source_chars: int

    @classmethod
    def of(cls, settings: Settings) -> InputLimits:
        return cls(settings.max_article_bytes, settings.max_url_chars, settings.max_source_chars)


def article_from_text(text: str, **fields: object) -> RawArticle:
    """A plain-text article: the first non-empty line is the title, the rest the body."""
    stripped = text.lstrip()
    title, _, body = stripped.partition("\n")
    return RawArticle.model_validate({"title": title.strip(), "text": body, **fields})


def encode(article: RawArticle) -> tuple[bytes, bytes]:
    """Key and value of ``article`` on ``articles.raw``; the id is always filled in."""
    article_id = article.article_id()
    value = article.model_copy(update={"id": article_id}).model_dump_json(exclude_none=True)
    return article_id.encode("utf-8"), value.encode("utf-8")


def check_size(value: bytes, max_bytes: int) -> None:
    """Raise :class:`TooLargeError` when a message is over ``max_bytes`` (the worker's limit,
    ``NEWSWIRE_MAX_ARTICLE_BYTES``; ``enrich`` applies it to what ``send`` would produce)."""
    if len(value) > max_bytes:
        raise TooLargeError(f"message is {len(value)} bytes, over the {max_bytes} byte limit "
                            "(NEWSWIRE_MAX_ARTICLE_BYTES)")


def check_fields(article: RawArticle, limits: InputLimits) -> None:
    """Raise :class:`TooLargeError` when the article's url or source is over its limit:
    every entity and quote event repeats them, so a 100 kB url and 200 quotes would publish
    20 MB."""
    for name, value, limit in (("url", article.url, limits.max_url_chars),
                               ("source", article.source, limits.max_source_chars)):
        if value is not None and len(value) > limit:
            raise TooLargeError(f"{name} is {len(value)} characters, over the {limit} character "
                                f"limit (NEWSWIRE_MAX_{name.upper()}_CHARS)")


def decode_message(value: bytes | None, limits: InputLimits,
                   key: bytes | None = None) -> RawArticle:
    """Decode a message on ``articles.raw``: RawArticle JSON, or plain UTF-8 text, within
    ``limits``.

    An article without an ``id`` takes the message key (the article id, by the contract).
    """
    if value is None or not value.strip():
        raise EmptyArticleError("empty message")
    check_size(value, limits.max_bytes)
    if looks_like_json(value):
        try:
            article = RawArticle.model_validate_json(value)
        except ValidationError as exc:
            raise json_error(exc) from exc
    else:
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"message is neither JSON nor UTF-8 text: {exc}") from exc
        article = article_from_text(text)
    check_not_empty(article)
    check_fields(article, limits)
    if article.id is None and key:
        article = article.model_copy(update={"id": _key_as_id(key)})
    return article


def json_error(exc: ValidationError) -> DecodeError | SchemaError:
    """The worker's error for bytes read as RawArticle JSON that fail: DecodeError when they
    are no JSON, SchemaError when the JSON is no RawArticle (``replay`` says the same of a
    JSON Lines line)."""
    kind = DecodeError if exc.errors()[0]["type"] == "json_invalid" else SchemaError
    return kind(f"invalid RawArticle JSON: {validation_summary(exc)}")


def looks_like_json(value: str | bytes) -> bool:
    """Whether a message or file opens as a JSON object does (else it is plain text)."""
    if isinstance(value, bytes):
        return _JSON_OPENING_BYTES.match(value) is not None
    return _JSON_OPENING.match(value) is not None


def _key_as_id(key: bytes) -> str:
    """The message key as the article's id, within the id's limit (``model_copy`` does not
    validate, and every event repeats the id)."""
    article_id = key.decode("utf-8", "replace")
    if len(article_id) > MAX_ID_CHARS:
        raise TooLargeError(f"message key is {len(article_id)} characters, over the "
                            f"{MAX_ID_CHARS} character limit of an article id")
    return article_id


def check_not_empty(article: RawArticle) -> None:
    """Raise :class:`EmptyArticleError` when the article has nothing to enrich (the worker's
    dead-letter reason; ``send`` refuses such an article up front)."""
    if not any(_has_text(part) for part in (article.title, article.text, article.html)):
        raise EmptyArticleError("article has no title, text or html")


def _has_text(value: str | None) -> bool:
    return bool(value and value.strip())


def validation_summary(exc: ValidationError) -> str:
    """The first error of ``exc`` as ``field: message`` (and how many more), in one line."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "message"
    more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"
