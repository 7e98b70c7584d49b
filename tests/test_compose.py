"""docker-compose.yml parses and wires Apache Kafka (KRaft) to the newswire worker."""

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
