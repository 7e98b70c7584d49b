"""docker-compose.yml parses and wires Apache Kafka (KRaft) to the newswire worker and the
feeds runner."""

from __future__ import annotations

import yaml

from tests.conftest import ROOT


def test_compose_names_kafka_and_worker() -> None:
    """Both services exist; the worker points NEWSWIRE_BROKER at the kafka service."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    worker = services["worker"]
    assert worker["build"] == "."
    assert worker["environment"]["NEWSWIRE_BROKER"] == "kafka://kafka:9092"
    assert "container_name" not in worker, "a fixed name would break --scale worker=N"
    assert (ROOT / "Dockerfile").exists()


def test_compose_runs_the_feeds_runner_on_the_example_file() -> None:
    """The feeds service runs `newswire feeds run` on the shipped feeds.toml against kafka,
    never with private addresses allowed, and can be scaled (no fixed name)."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    feeds = compose["services"]["feeds"]
    assert feeds["command"][:3] == ["newswire", "feeds", "run"]
    mounted = {volume.split(":")[1]: volume.split(":")[0] for volume in feeds["volumes"]}
    assert mounted[feeds["command"][3]] == "./feeds.toml"
    assert (ROOT / "feeds.toml").exists()
    environment = feeds["environment"]
    assert environment["NEWSWIRE_BROKER"] == "kafka://kafka:9092"
    assert "NEWSWIRE_FETCH_ALLOW_PRIVATE" not in environment
    assert "newswire" in environment["NEWSWIRE_FETCH_USER_AGENT"]
    assert "container_name" not in feeds
    assert feeds["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert environment["NEWSWIRE_FEEDS_WEB_PORT"] in " ".join(feeds["healthcheck"]["test"])
