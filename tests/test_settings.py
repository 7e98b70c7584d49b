"""Settings: the environment with prefix NEWSWIRE_, and how it reaches child processes."""

from __future__ import annotations

import pytest

from newswire.settings import Settings
from tests.conftest import ROOT


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


def test_every_setting_is_in_the_readme_configuration_table() -> None:
    """Each Settings field is documented as NEWSWIRE_<FIELD> (or as a `_SUFFIX` beside its
    sibling) in README's Configuration table: unknown variables are ignored, so a setting
    the table leaves out is one an operator cannot find."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Configuration"):readme.index("## Production")]
    missing = []
    for name in Settings.model_fields:
        parts = name.upper().split("_")
        forms = [f"`NEWSWIRE_{name.upper()}`"]
        forms += [f"`_{'_'.join(parts[i:])}`" for i in range(1, len(parts))]
        if not any(form in table for form in forms):
            missing.append(f"NEWSWIRE_{name.upper()}")
    assert missing == []
