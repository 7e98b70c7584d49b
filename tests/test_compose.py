"""docker-compose.yml parses and wires Apache Kafka (KRaft) to the newswire worker and the
feeds runner."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from newswire.settings import Settings
from tests.conftest import ROOT


def compose_file() -> dict[str, Any]:
    """docker-compose.yml, parsed."""
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text(
        encoding="utf-8"))
    return loaded


def mounts(service: dict[str, Any]) -> dict[str, str]:
    """A service's volumes as the path in the container -> the volume or host path."""
    return {volume.split(":")[1]: volume.split(":")[0] for volume in service["volumes"]}


def test_compose_names_kafka_and_worker() -> None:
    """Both services exist; the worker points NEWSWIRE_BROKER at the kafka service."""
    compose = compose_file()
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
    compose = compose_file()
    feeds = compose["services"]["feeds"]
    assert feeds["command"][:3] == ["newswire", "feeds", "run"]
    mounted = mounts(feeds)
    assert mounted[feeds["command"][3]] == "./feeds.toml"
    assert (ROOT / "feeds.toml").exists()
    environment = feeds["environment"]
    assert environment["NEWSWIRE_BROKER"] == "kafka://kafka:9092"
    assert "NEWSWIRE_FETCH_ALLOW_PRIVATE" not in environment
    assert "newswire" in environment["NEWSWIRE_FETCH_USER_AGENT"]
    assert "container_name" not in feeds
    assert feeds["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert environment["NEWSWIRE_FEEDS_WEB_PORT"] in " ".join(feeds["healthcheck"]["test"])


def kafka_environment() -> dict[str, str]:
    """The kafka service's environment, every value as a string."""
    kafka = compose_file()["services"]["kafka"]
    return {key: str(value) for key, value in kafka["environment"].items()}


def listeners(value: str) -> dict[str, tuple[str, int]]:
    """``NAME://host:port,...`` as name -> (host, port)."""
    found = {}
    for entry in value.split(","):
        name, address = entry.split("://")
        host, port = address.rsplit(":", 1)
        found[name] = (host, int(port))
    return found


def test_kafka_keeps_its_data_in_the_mounted_volume() -> None:
    """Kafka writes its logs where the named volume is mounted (the image's default,
    /tmp/kraft-combined-logs, left the volume empty: recreating the container lost every
    topic, offset and feed state)."""
    compose = compose_file()
    kafka = compose["services"]["kafka"]
    volumes = mounts(kafka)
    log_dirs = kafka_environment()["KAFKA_LOG_DIRS"].split(",")
    assert all(volumes.get(path) in compose["volumes"] for path in log_dirs)


@pytest.mark.parametrize(("service", "listener"), [
    ("worker", "INTERNAL"),
    ("feeds", "INTERNAL"),
])
def test_each_service_reaches_an_advertised_listener(service: str, listener: str) -> None:
    """A service's NEWSWIRE_BROKER is the address kafka advertises on the listener for
    containers, which kafka listens on with a protocol the map names."""
    compose = compose_file()
    environment = kafka_environment()
    advertised = listeners(environment["KAFKA_ADVERTISED_LISTENERS"])
    broker = compose["services"][service]["environment"]["NEWSWIRE_BROKER"]
    assert broker == f"kafka://{advertised[listener][0]}:{advertised[listener][1]}"
    assert advertised[listener][1] == listeners(environment["KAFKA_LISTENERS"])[listener][1]
    assert f"{listener}:PLAINTEXT" in environment["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"]


def test_the_host_port_and_the_controller_match_their_listeners() -> None:
    """127.0.0.1:9092 on the host is published to the HOST listener's port in the container
    and advertised as such; the quorum voter is the CONTROLLER listener."""
    compose = compose_file()
    environment = kafka_environment()
    inside = listeners(environment["KAFKA_LISTENERS"])
    host_ip, host_port, container_port = compose["services"]["kafka"]["ports"][0].split(":")
    assert int(container_port) == inside["HOST"][1]
    assert listeners(environment["KAFKA_ADVERTISED_LISTENERS"])["HOST"] == (host_ip,
                                                                             int(host_port))
    voter = environment["KAFKA_CONTROLLER_QUORUM_VOTERS"].split("@")[1]
    assert voter == f"kafka:{inside[environment['KAFKA_CONTROLLER_LISTENER_NAMES']][1]}"
    for name in inside:
        assert f"{name}:" in environment["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"]


def test_kafka_accepts_the_largest_message_newswire_produces() -> None:
    """The broker's message.max.bytes (and its replica fetch size) hold newswire's largest
    message at the default settings: a dead letter of a maximal article."""
    environment = kafka_environment()
    default = Settings.model_fields["max_article_bytes"].default
    largest = Settings(max_article_bytes=default).max_message_bytes
    assert int(environment["KAFKA_MESSAGE_MAX_BYTES"]) >= largest
    assert int(environment["KAFKA_REPLICA_FETCH_MAX_BYTES"]) >= largest
