"""Package boundaries: the NLP core stays free of Kafka; public names resolve."""

from __future__ import annotations

import subprocess
import sys

import newswire


def test_nlp_core_imports_no_kafka_client() -> None:
    """Importing the whole NLP pipeline loads neither faust nor aiokafka."""
    probe = ("import sys, newswire.nlp.pipeline; "
             "print(sorted(m for m in ('faust', 'aiokafka') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_public_names() -> None:
    """newswire.subscribe and the models are reachable from the package."""
    assert callable(newswire.subscribe)
    assert newswire.QuoteEvent.model_fields["quote"]
