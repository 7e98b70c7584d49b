"""Run one Faust worker in this process, or several as child processes."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
from collections.abc import Mapping

from newswire.kafka.clients import ensure_topics
from newswire.settings import Settings
from newswire.webport import check_web_port

__all__ = ["run_worker", "run_workers", "shell_status"]


def run_worker(settings: Settings, *, reprocess_until: Mapping[int, int] | None = None) -> int:
    """Create the topics, then run the worker until SIGTERM/SIGINT; return its exit status.

    A worker that loses its broker exits with status 69 (see :mod:`newswire.stream.watchdog`);
    one whose stop takes longer than ``shutdown_timeout_s`` exits with status 70 (see
    :mod:`newswire.stream.shutdown`).
    """
    from newswire.stream import watchdog
    from newswire.stream.app import make_app
    from newswire.stream.shutdown import BoundedWorker

    if settings.web_enabled:
        check_web_port(settings.web_host, settings.web_port, "NEWSWIRE_WEB_PORT")
    asyncio.run(ensure_topics(settings))
    app = make_app(settings, reprocess_until=reprocess_until)
    watchdog.install(app, settings)
    worker = BoundedWorker(app, loglevel=settings.log_level.lower(), quiet=True,
                           redirect_stdouts=False,
                           shutdown_timeout_s=settings.shutdown_timeout_s)
    if not sys.stdout.isatty():
        # Faust's start-up spinner hides and shows the cursor even in a file or a pipe, and
        # its log handler keeps the root logger at DEBUG so as to spin on every record.
        worker.spinner = None
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def run_workers(settings: Settings, processes: int,
                reprocess_until: Mapping[int, int] | None = None) -> int:
    """Run ``processes`` workers in one consumer group; each has its own web port.

    One worker runs in this process; more run as child processes of this one.

    SIGTERM/SIGINT are forwarded to every child. When one child fails (non-zero status),
    the others are stopped too and its status is returned, so the supervisor of this
    process restarts the whole set.
    """
    if processes <= 1:
        return run_worker(settings, reprocess_until=reprocess_until)
    command = [sys.executable, "-m", "newswire", "worker"]
    if reprocess_until is not None:
        from newswire.kafka.reprocess import format_bounds

        command += ["--reprocess-until", format_bounds(reprocess_until)]
    children = [
        subprocess.Popen(command, env=settings.child_env(web_port=settings.web_port + index))
        for index in range(processes)
    ]

    def forward(signum: int, _frame: object) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    failed: int | None = None
    while any(child.poll() is None for child in children):
        codes = [child.returncode for child in children if child.returncode is not None]
        if failed is None and any(codes):
            failed = next(code for code in codes if code)
            forward(signal.SIGTERM, None)
        time.sleep(0.2)
    codes = [child.returncode for child in children]
    return shell_status(failed if failed is not None else max(codes, key=abs))


def shell_status(returncode: int) -> int:
    """A child's status as this process's exit status: a child killed by signal N (Popen's
    ``-N``, e.g. SIGTERM before Faust installed its handler) is ``128 + N``, as a shell
    says it; ``sys.exit(-15)`` would have exited with 241."""
    return 128 - returncode if returncode < 0 else returncode
