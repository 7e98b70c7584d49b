"""Settings: the environment with prefix NEWSWIRE_, and how it reaches child processes."""

from __future__ import annotations

import pytest

from newswire.settings import Settings


def test_reads_prefixed_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """NEWSWIRE_* variables set the fields; others are ignored."""
    monkeypatch.setenv("NEWSWIRE_BROKER", "kafka://a:1;b:2")
    monkeypatch.setenv("NEWSWIRE_TOPIC_PREFIX", "x.")
    monkeypatch.setenv("BROKER", "ignored")
    settings = Settings()
    assert settings.bootstrap_servers == "a:1,b:2"
    assert settings.topic("articles.raw") == "x.articles.raw"


def test_child_env_reproduces_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child reading child_env() sees the same settings, overrides applied."""
    settings = Settings(broker="kafka://h:9", partitions=3, web_enabled=False,
                        sasl_password="s3cret")
    env = settings.child_env(web_port=7000)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    child = Settings()
    assert child.model_copy(update={"web_port": settings.web_port}) == settings
    assert child.web_port == 7000
