"""What archive readers yield."""

from __future__ import annotations

from dataclasses import dataclass

from newswire.errors import NewswireError
from newswire.models import RawArticle

__all__ = ["Record"]


@dataclass(frozen=True)
class Record:
    """One archive record: an article, a record skipped on purpose, or a read error.

    A JSON Lines line that is no article (not UTF-8, not JSON, not a RawArticle) carries
    its bytes as ``original`` and the worker's error for them (DecodeError, SchemaError):
    ``replay`` dead-letters it as the worker would. Other errors are ArchiveErrors."""

    origin: str
    article: RawArticle | None = None
    error: NewswireError | None = None
    skipped: str | None = None
    original: bytes | None = None
