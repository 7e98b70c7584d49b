"""The newswire exception tree.

::

    NewswireError                   root: catch this to catch anything newswire raises
    ├── InputError                  a raw message cannot become an article (goes to the DLQ)
    │   ├── DecodeError             bytes are not UTF-8 / JSON is invalid
    │   ├── SchemaError             JSON does not fit RawArticle
    │   ├── EmptyArticleError       nothing to enrich (no text, no extractable HTML)
    │   └── TooLargeError           over ``max_article_bytes``, or a url or source over its limit
    ├── EnrichmentError             the NLP pipeline failed on an article (goes to the DLQ)
    ├── ArchiveError                an archive record cannot be read (replay/send)
    ├── BrokerError                 the embedded broker cannot start or be reached
    ├── TopicMissingError           a topic does not exist (Kafka answered: not created yet)
    ├── WorkerError                 a worker child process did not come up (demo, tests, bench)
    │   └── NoWorkerError           no worker answers at its web address (entities top)
    ├── FeedsFileError              the feeds file (TOML) cannot be read or is invalid
    ├── WebPortError                the web port of a worker or feeds runner is taken
    └── FetchError                  an HTTP fetch of the feeds runner failed (carries the URL)
        └── BlockedError            refused before sending: scheme, private address, robots.txt

Errors raised while consuming carry the Kafka coordinates (``topic``, ``partition``,
``offset``) of the message they are about, when known, so a dead letter can name it.
"""

from __future__ import annotations

__all__ = [
    "ArchiveError", "BlockedError", "BrokerError", "DecodeError", "EmptyArticleError",
    "EnrichmentError", "FeedsFileError", "FetchError", "InputError", "NewswireError",
    "NoWorkerError", "SchemaError", "TooLargeError", "TopicMissingError", "WebPortError",
    "WorkerError",
]


class NewswireError(Exception):
    """Root of every exception newswire raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        topic: str | None = None,
        partition: int | None = None,
        offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.topic = topic
        self.partition = partition
        self.offset = offset

    def __str__(self) -> str:
        if self.topic is None:
            return self.message
        return f"{self.message} (at {self.topic}[{self.partition}]@{self.offset})"


class InputError(NewswireError):
    """A raw message cannot become an article."""


class DecodeError(InputError):
    """The bytes are not UTF-8 text, or not valid JSON."""


class SchemaError(InputError):
    """The JSON does not fit the RawArticle schema."""


class EmptyArticleError(InputError):
    """The article has no text to enrich."""


class TooLargeError(InputError):
    """The article, or its url or source name, is larger than the configured limit."""


class EnrichmentError(NewswireError):
    """The NLP pipeline raised on an article."""


class ArchiveError(NewswireError):
    """An archive record cannot be read."""


class BrokerError(NewswireError):
    """The embedded broker cannot start, or no broker can be reached."""


class TopicMissingError(NewswireError):
    """Kafka answered that a topic does not exist (a :class:`BrokerError` when it cannot say)."""


class WorkerError(NewswireError):
    """A worker child process exited or did not become healthy in time."""


class NoWorkerError(WorkerError):
    """No worker answers at its web address (``NEWSWIRE_WEB_HOST``/``_PORT``)."""


class FeedsFileError(NewswireError):
    """The feeds file cannot be read, or a feed in it is invalid."""


class WebPortError(NewswireError):
    """The address a worker or feeds runner serves ``/healthz`` and ``/metrics`` on is taken."""


class FetchError(NewswireError):
    """An HTTP fetch failed: ``reason`` is a short code for metrics (``http_404``,
    ``timeout``, ``too_large``, ``redirects``, ``connection``, ...), ``status`` the HTTP
    status when there was one, ``retry_after`` the seconds the server asked to wait."""

    def __init__(
        self,
        message: str,
        *,
        url: str,
        reason: str,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after

    def __str__(self) -> str:
        return f"{self.message} ({self.url})"


class BlockedError(FetchError):
    """Refused before anything was sent: a scheme other than http(s), an address that is
    not public (unless allowed), or a robots.txt rule."""
