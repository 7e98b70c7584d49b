"""The worker's bounded stop: the helpers and mode's own signal entry (unit), and SIGTERM
mid-stream (real worker, real Tansu)."""

from __future__ import annotations

import asyncio
import logging
import re
import signal
import threading
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from newswire.stream.shutdown import (
    EXIT_SHUTDOWN_TIMEOUT,
    BoundedWorker,
    backstop,
    describe,
    exit_unfinished,
    stop_within,
)
from newswire.stream.watchdog import BrokerWatchdog, past_producer
from tests.stream.test_faults import (
    interrupted_mid_stream,
    messages,
    outcome_now,
    positions,
    wait_exit,
)

#: A guard against a hang (the failure these tests look for), never a measure of speed.
GUARD_S = 20


async def never_stops() -> None:
    """A service's stop that waits for something that never comes."""
    await asyncio.Event().wait()


async def stops() -> None:
    """A service's stop that finishes."""
    await asyncio.sleep(0)


@pytest.mark.parametrize(("stop", "still_running"), [
    (never_stops, ["the stop: ", "never_stops <- Event.wait"]),
    (stops, []),
])
async def test_stop_within_returns_by_its_bound_and_names_what_still_runs(
        stop: Callable[[], Awaitable[None]], still_running: list[str]) -> None:
    """A stop that never ends: the helper returns after its bound, naming the stop's task; one
    that ends: nothing is reported."""
    async with asyncio.timeout(GUARD_S):
        running = await stop_within(stop(), bound_s=0.05)
    assert [name for name in still_running if any(name in line for line in running)] \
        == still_running, running
    assert bool(running) == bool(still_running)


async def test_stop_within_names_the_await_a_task_is_stuck_in() -> None:
    """Another task that never ends is named with the awaits it sits in, innermost last."""
    async def inner() -> None:
        await asyncio.Event().wait()

    async def outer() -> None:
        await inner()

    stuck = asyncio.create_task(outer(), name="stuck")
    await asyncio.sleep(0)
    try:
        async with asyncio.timeout(GUARD_S):
            running = await stop_within(stops(), bound_s=0.05)
        assert running == [], "a stop that finished reports nothing, whatever else runs"
        line = describe(stuck)
        assert re.fullmatch(r"stuck: .*outer <- .*inner <- Event\.wait \(locks\.py:\d+\)",
                            line), line
    finally:
        stuck.cancel()


def test_exit_unfinished_logs_what_ran_and_exits_70(caplog: pytest.LogCaptureFixture) -> None:
    """Past the bound: one critical line names the bound and what still ran; status 70."""
    codes: list[int] = []
    with caplog.at_level(logging.CRITICAL):
        exit_unfinished(["Task-7: BrokerWatchdog.run (tasks.py:639)"], 2.5, exit=codes.append)
    assert codes == [EXIT_SHUTDOWN_TIMEOUT] == [70]
    assert "NEWSWIRE_SHUTDOWN_TIMEOUT_S=2.5 s" in caplog.text
    assert "BrokerWatchdog.run" in caplog.text


async def test_sigterm_through_modes_own_entry_is_bounded_and_names_the_stop(
        caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    """SIGTERM as mode delivers it (``_schedule_shutdown``) to a worker whose stop never
    ends: past its bound the worker exits 70 naming the stop. Fails if mode stops calling
    the ``_stop_on_signal`` the bound lives in."""
    import faust

    codes: list[int] = []
    exited = asyncio.Event()

    def exit(code: int) -> None:
        codes.append(code)
        exited.set()

    app = faust.App("shutdown-unit", broker="kafka://127.0.0.1:9", store="memory://",
                    web_enabled=False, autodiscover=False, datadir=str(tmp_path))
    worker = BoundedWorker(app, loglevel="warning", quiet=True, redirect_stdouts=False,
                           loop=asyncio.get_running_loop(), shutdown_timeout_s=0.05,
                           exit=exit)
    worker.stop = never_stops  # type: ignore[method-assign]
    try:
        with caplog.at_level(logging.CRITICAL):
            worker._schedule_shutdown(signal.SIGTERM)
            async with asyncio.timeout(GUARD_S):
                await exited.wait()
    finally:  # its backstop would fire in a later test, on a loop that is gone (review57b R15)
        if worker._backstop is not None:
            worker._backstop.cancel()
            worker._backstop.join(GUARD_S)
    assert worker._backstop is not None
    assert not worker._backstop.is_alive()
    assert codes[0] == EXIT_SHUTDOWN_TIMEOUT
    assert "NEWSWIRE_SHUTDOWN_TIMEOUT_S=0.05 s" in caplog.text
    assert "the stop: " in caplog.text
    assert "never_stops <- Event.wait" in caplog.text


def test_the_watchdog_exits_69_the_same_loud_way(settings_offline: Settings,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A lost broker and an unfinished stop leave by one door: the status and the reason,
    logged and on stderr."""
    codes: list[int] = []
    BrokerWatchdog(settings_offline, exit=codes.append).fail("broker down for 30 s")
    assert codes == [69]
    assert ("newswire worker exiting with status 69: broker down for 30 s; its supervisor "
            "should restart it") in capsys.readouterr().err


def test_backstop_exits_70_from_its_thread_when_the_process_outlives_the_bound(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A process still alive past the bound (a blocked loop, a thread joined at exit) is
    exited by the backstop thread with status 70, naming the setting's own value and its
    margin apart; a cancelled backstop exits nothing."""
    fired: list[int] = []
    done = threading.Event()

    def exit(code: int) -> None:
        fired.append(code)
        done.set()

    backstop(0.01, margin_s=0.02, exit=exit)
    assert done.wait(GUARD_S)
    assert fired == [EXIT_SHUTDOWN_TIMEOUT]
    assert ("NEWSWIRE_SHUTDOWN_TIMEOUT_S=0.01 s plus the backstop's 0.02 s; still running: "
            "thread MainThread") in capsys.readouterr().err
    quiet: list[int] = []
    timer = backstop(GUARD_S, exit=quiet.append)
    timer.cancel()
    timer.join(GUARD_S)
    assert quiet == []


async def test_watchdog_ends_with_the_worker_even_when_its_cancellation_is_lost(
        settings_offline: Settings) -> None:
    """The watchdog's loop ends once the worker stops even if the stop's one cancellation is
    swallowed (python/cpython#86296 in asyncio.wait_for): it hung a worker's stop for ever."""
    stopping, checking = asyncio.Event(), asyncio.Event()
    checks: list[str] = []

    async def check_swallowing_cancel() -> str | None:
        checks.append("check")
        checking.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            return None  # as wait_for does when its inner future finished meanwhile
        return None

    watchdog = BrokerWatchdog(settings_offline, interval_s=0.01, exit=lambda _: None,
                              stopping=stopping.is_set)
    watchdog.check = check_swallowing_cancel  # type: ignore[method-assign]
    run = asyncio.create_task(watchdog.run())
    await checking.wait()
    stopping.set()
    run.cancel()
    async with asyncio.timeout(GUARD_S):
        await asyncio.wait({run})
    assert run.done()
    assert not run.cancelled(), "the loop ended on its own, the cancel lost"
    assert checks == ["check"]


@pytest.mark.parametrize(("app_stopping", "producer", "expected"), [
    (False, SimpleNamespace(should_stop=False), False),  # running: watch
    (True, SimpleNamespace(should_stop=False), False),  # stopping, flush to come: watch
    (True, SimpleNamespace(should_stop=True), True),  # producer's stop begun: done (70 past it)
    (True, None, True),  # no producer ever made: nothing needs the broker
    (False, None, False),
])
def test_the_watchdog_watches_until_the_stop_is_past_the_producer(
        app_stopping: bool, producer: SimpleNamespace | None, expected: bool) -> None:
    """A broker lost while the stop still flushes the batch in flight exits 69 as before;
    once the producer's stop has begun the watchdog's loop ends by itself (a broker lost in
    the producer's last flush ends as 70, past the bound)."""
    app = SimpleNamespace(should_stop=app_stopping, _producer=producer)
    assert past_producer(app) is expected  # type: ignore[arg-type]


@pytest.fixture
def workers() -> Iterator[list[WorkerProcess]]:
    """A list the test fills with workers; every one still running is stopped afterwards."""
    started: list[WorkerProcess] = []
    yield started
    for worker in started:
        worker.stop(timeout=15)


@pytest.fixture
def settings_offline(tmp_path: Path) -> Settings:
    """Settings for a unit test that never reaches a broker."""
    return Settings(broker="kafka://127.0.0.1:9", data_dir=str(tmp_path))


@pytest.mark.integration
async def test_sigterm_mid_stream_stops_cleanly_and_loses_nothing(
        settings: Settings, tmp_path: Path, seed_text: str, workers: list[WorkerProcess]
) -> None:
    """SIGTERM mid-stream (once 8 of 48 articles are enriched): the worker exits 0 through
    the bounded stop (``Stopped cleanly``, which base's worker never logs), every article
    below the committed offsets is enriched or dead-lettered (the rest goes back, not lost),
    and any event id the stop reported published is on articles.enriched. Whether a batch is
    in flight when the signal lands is timing: ``reported`` may be empty, so the drain of a
    batch in flight is not what this test pins."""
    values = messages(seed_text)
    first = await interrupted_mid_stream(settings, tmp_path, values, workers, signal.SIGTERM)
    assert wait_exit(first, settings.shutdown_timeout_s + GUARD_S) == 0, first.log()
    log = first.log(tail=None)
    assert "Stopped cleanly" in log, log[-3000:]
    reported = {event_id for line in re.findall(r"published and acked, event ids (.*)", log)
                for event_id in line.split()}
    outcome = await outcome_now(settings)
    published = {article.event_id for articles in outcome.enriched.values()
                 for article in articles}
    assert reported <= published, f"reported but not on the topic: {reported - published}"
    found, committed = await positions(settings)
    for key, (partition, offset) in found.items():
        if offset < (committed.get(partition) or 0):
            assert key in outcome.done(), f"{key} committed but neither enriched nor dead"
    print(f"SIGTERM after {len(outcome.enriched)} enriched; {len(reported)} reported by a "
          "drained batch (0: the signal landed between batches)")
