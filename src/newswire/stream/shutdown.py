"""A worker's stop, bounded: the normal stop (drain the batch in flight, flush the producer,
commit) gets ``NEWSWIRE_SHUTDOWN_TIMEOUT_S``; past it the worker says what was still
running and exits with :data:`EXIT_SHUTDOWN_TIMEOUT` instead of hanging until its
supervisor's SIGKILL.

Faust (0.15) and mode (0.7) wait for every service and task of the app with no bound: each
task is cancelled once, then awaited for ever. On Python 3.11 a cancellation can be lost
(``asyncio.wait_for`` returns its inner result when both arrive in one loop iteration,
python/cpython#86296), and a task that loops until cancelled then never ends: a worker was
seen to stop every service down to ``Monitor: Stopping...`` and hang there.

Nothing is lost by that exit: offsets are committed only after their batch was published, so
an article whose stop did not finish is delivered again (its event id unchanged; consumers
drop duplicates by id).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from faust.worker import Worker
from mode.utils.futures import maybe_cancel

__all__ = [
    "BACKSTOP_MARGIN_S", "EXIT_SHUTDOWN_TIMEOUT", "BoundedWorker", "backstop", "describe",
    "exit_loudly", "exit_unfinished", "running_tasks", "stop_within",
]

log = logging.getLogger(__name__)

#: Exit status when the stop did not finish in time (EX_SOFTWARE).
EXIT_SHUTDOWN_TIMEOUT = 70

#: The backstop thread fires this long after the bound: the loop's own report comes first.
#: With the default bound (20 s) it fires at 25 s, inside a supervisor's usual 30 s grace.
BACKSTOP_MARGIN_S = 5.0


async def stop_within(stop: Awaitable[Any], bound_s: float) -> list[str]:
    """Await ``stop`` for at most ``bound_s`` seconds; what was still running then (empty
    when it finished): the stop itself, where it waits, then every other task of the loop.
    ``stop`` is not cancelled: the caller exits the process instead."""
    task = asyncio.ensure_future(stop)
    done, _ = await asyncio.wait({task}, timeout=bound_s)
    if task in done:
        task.result()  # a stop that failed says so
        return []
    current = asyncio.current_task()
    others = running_tasks(exclude={task} if current is None else {task, current})
    return [f"the stop: {describe(task)}", *others]


def running_tasks(exclude: set[asyncio.Future[Any]] | None = None) -> list[str]:
    """Each pending task of the running loop: its name and the awaits it is suspended in,
    outermost first (``Task-7: BrokerWatchdog.run <- check (watchdog.py:91)``)."""
    skip = exclude or set()
    return sorted(describe(task) for task in asyncio.all_tasks() if task not in skip)


def describe(task: asyncio.Task[Any]) -> str:
    """``name: outer <- ... <- inner (file:line)`` for a suspended task."""
    chain: list[str] = []
    where = ""
    awaited: Any = task.get_coro()
    while awaited is not None and len(chain) < 12:
        frame = _frame(awaited)
        if frame is None:
            break
        chain.append(getattr(awaited, "__qualname__", type(awaited).__name__))
        where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
        awaited = _awaited(awaited)
    return f"{task.get_name()}: {' <- '.join(chain) or repr(task)} ({where})"


def _frame(awaitable: Any) -> Any:
    for name in ("cr_frame", "ag_frame", "gi_frame"):
        if hasattr(awaitable, name):
            return getattr(awaitable, name)
    return None


def _awaited(awaitable: Any) -> Any:
    for name in ("cr_await", "ag_await", "gi_yieldfrom"):
        if hasattr(awaitable, name):
            return getattr(awaitable, name)
    return None


def exit_loudly(status: int, message: str, *, exit: Callable[[int], Any] = os._exit) -> None:
    """The worker's exit on a fault: ``newswire worker exiting with status N: message`` logged
    critical and printed to stderr, every root handler flushed, then ``exit(status)``."""
    line = f"newswire worker exiting with status {status}: {message}"
    log.critical(line)
    print(line, file=sys.stderr, flush=True)
    for handler in logging.getLogger().handlers:
        handler.flush()
    exit(status)


def exit_unfinished(running: list[str], bound_s: float, *, margin_s: float = 0.0,
                    exit: Callable[[int], Any] = os._exit) -> None:
    """Log what ``running`` names and exit with :data:`EXIT_SHUTDOWN_TIMEOUT`; ``bound_s`` is
    the setting's own value, ``margin_s`` the backstop's time past it (0 for the loop's own
    report)."""
    past = f" plus the backstop's {margin_s:g} s" if margin_s else ""
    exit_loudly(EXIT_SHUTDOWN_TIMEOUT,
                f"its stop did not finish within NEWSWIRE_SHUTDOWN_TIMEOUT_S={bound_s:g} s"
                f"{past}; still running: "
                + ("; ".join(running) or "nothing the event loop knows of"),
                exit=exit)


def backstop(bound_s: float, *, margin_s: float = BACKSTOP_MARGIN_S,
             exit: Callable[[int], Any] = os._exit) -> threading.Timer:
    """A daemon thread that exits the process ``bound_s + margin_s`` from now, naming the
    threads still alive: for what the event loop cannot report (a loop blocked by a call, or
    the process stuck after the loop closed, joining a thread at exit). Started, and
    returned."""
    def fire() -> None:
        alive = [f"thread {thread.name}" for thread in threading.enumerate()
                 if thread is not threading.current_thread()]
        exit_unfinished(alive, bound_s, margin_s=margin_s, exit=exit)

    timer = threading.Timer(bound_s + margin_s, fire)
    timer.daemon = True
    timer.start()
    return timer


class BoundedWorker(Worker):
    """Faust's worker, whose stop on SIGTERM/SIGINT is bounded by ``shutdown_timeout_s``
    (required: the one :class:`~newswire.settings.Settings` holds its default); ``exit``
    ends the process past it (a test passes its own)."""

    def __init__(self, *args: Any, shutdown_timeout_s: float,
                 exit: Callable[[int], Any] = os._exit, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.shutdown_timeout_s = shutdown_timeout_s
        self._exit_process = exit
        #: The backstop timer a signal started (kept so a test can cancel it: in production
        #: it covers the rest of the process, by design).
        self._backstop: threading.Timer | None = None

    async def _stop_on_signal(self, signal: signal.Signals) -> None:
        # mode's own handler awaits self.stop() with no bound (mode 0.7, worker.py).
        self.log.info("Signal received: %s (%s)", signal, signal.value)
        started = time.monotonic()
        self._backstop = backstop(self.shutdown_timeout_s, exit=self._exit_process)
        running = await stop_within(self.stop(), self.shutdown_timeout_s)
        if running:
            exit_unfinished(running, self.shutdown_timeout_s, exit=self._exit_process)
            return  # only an injected exit returns
        self.log.info("Stopped cleanly in %.1f s", time.monotonic() - started)
        maybe_cancel(self._starting_fut)
