"""Run one Faust worker in this process, or several as child processes."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys

from newswire.kafka import ensure_topics
from newswire.settings import Settings


def run_worker(settings: Settings, *, reprocess_before: float | None = None) -> int:
    """Create the topics, then run the worker until SIGTERM/SIGINT; return its exit status."""
    from faust.worker import Worker

    from newswire.stream.app import make_app

    asyncio.run(ensure_topics(settings))
    app = make_app(settings, reprocess_before=reprocess_before)
    worker = Worker(app, loglevel=settings.log_level.lower(), quiet=True, redirect_stdouts=False)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def run_workers(settings: Settings, processes: int, reprocess_before: float | None) -> int:
    """Run ``processes`` workers in one consumer group; each has its own web port."""
    if processes <= 1:
        return run_worker(settings, reprocess_before=reprocess_before)
    command = [sys.executable, "-m", "newswire", "worker"]
    if reprocess_before is not None:
        command += ["--reprocess-before", str(reprocess_before)]
    children = [
        subprocess.Popen(command, env=settings.child_env(web_port=settings.web_port + index))
        for index in range(processes)
    ]

    def forward(signum: int, _frame: object) -> None:
        for child in children:
            child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    codes = [child.wait() for child in children]
    return max(codes, key=abs)
