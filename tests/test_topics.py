"""The JSON Schema of `newswire schema` is enough for a consumer in another language: every
event the demo's seeds (and two dated JSON articles) produce, on every topic, validates against
it with format checks."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newswire import topics
from newswire.deadletters import build_dead_letter
from newswire.errors import EmptyArticleError, TooLargeError
from newswire.io import read_paths
from newswire.io.ingest import encode
from newswire.models import RawArticle
from newswire.settings import Settings
from newswire.stream.outputs import article_outputs
from newswire.stream.runner import pipeline_of

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
#: JSON articles with dates, one without an offset (naive: UTC) and one with.
DATED = Path(__file__).resolve().parent / "data" / "dated_articles.jsonl"
#: RFC 3339 ``date-time`` (JSON Schema's format): a consumer's parser wants the offset too.
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)",
                     re.IGNORECASE)
FORMATS = jsonschema.FormatChecker()
# jsonschema checks date-time only with an optional package: checked here as RFC 3339 says.
FORMATS.checks("date-time")(lambda value: not isinstance(value, str)
                            or RFC3339.fullmatch(value) is not None)


@cache
def exported_schemas() -> dict[str, Any]:
    """Every topic's schema as `newswire schema` prints it (a consumer's only contract)."""
    printed = subprocess.run([sys.executable, "-m", "newswire", "schema"], check=True,
                             capture_output=True, text=True).stdout
    schemas: dict[str, Any] = json.loads(printed)
    return schemas


@cache
def seed_messages() -> dict[str, list[bytes]]:
    """What the demo publishes for its seeds, topic by topic, as the worker serialises it."""
    settings = Settings()
    pipeline = pipeline_of(settings)
    messages: dict[str, list[bytes]] = {name: [] for name in topics.MODELS}
    for record in read_paths([str(SEEDS), str(DATED)]):
        assert record.article is not None, record.error
        messages[topics.RAW].append(encode(record.article)[1])
        for output in article_outputs(pipeline.enrich(record.article)):
            messages[output.topic].append(output.value)
    for error, original, topic in (
            (EmptyArticleError("article has no title, text or html"), b'{"title": ""}',
             settings.topic(topics.RAW)),
            (TooLargeError("url is 9 characters"), encode(RawArticle(text="x", url="u"))[1],
             None)):  # the worker's dead letter, and one written by `newswire replay`
        letter = build_dead_letter(error, original, key=b"k", topic=topic,
                                   partition=0 if topic else None, offset=0 if topic else None)
        messages[topics.DLQ].append(letter.model_dump_json().encode("utf-8"))
    return messages


@pytest.mark.parametrize(("topic", "at_least"), [
    (topics.RAW, 4), (topics.ENRICHED, 4), (topics.ENTITIES, 20), (topics.QUOTES, 15),
    (topics.DLQ, 2),
])
def test_every_seed_event_validates_against_the_exported_schema(topic: str,
                                                                at_least: int) -> None:
    """Each message of ``topic`` (English and French seeds, both dead-letter kinds) is valid
    under the printed schema, RFC 3339 date-times checked as a strict consumer would."""
    schema = exported_schemas()[topic]
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=FORMATS)
    values = seed_messages()[topic]
    assert len(values) >= at_least
    for value in values:
        errors = [f"{list(e.absolute_path)}: {e.message}"
                  for e in validator.iter_errors(json.loads(value))]
        assert errors == [], value[:200]
