"""What archive readers yield."""

from __future__ import annotations

from dataclasses import dataclass

from newswire.errors import ArchiveError
from newswire.models import RawArticle

__all__ = ["Record"]


@dataclass(frozen=True)
class Record:
    """One archive record: an article, a record skipped on purpose, or a read error."""

    origin: str
    article: RawArticle | None = None
    error: ArchiveError | None = None
    skipped: str | None = None
