"""The Faust worker: the app, its agents, tables, consumer fixes, web views and metrics.

The Kafka edge of the enrichment: it may import the contract, ``newswire.io``,
``newswire.kafka`` and ``newswire.nlp``; never ``newswire.cli``. Names load lazily, so
:class:`WorkerProcess` (a worker as a child process) is usable without importing Faust.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

_LAZY = {"make_app": "newswire.stream.app", "WorkerProcess": "newswire.stream.process",
         "run_worker": "newswire.stream.worker", "run_workers": "newswire.stream.worker"}
__all__ = ["WorkerProcess", "make_app", "run_worker", "run_workers"]

# A type checker reads the names from their modules; ``__getattr__`` is for run time only:
# seen by mypy, it would make every other name of the package ``Any`` (a misspelt import
# would pass unchecked).
if TYPE_CHECKING:
    from newswire.stream.app import make_app
    from newswire.stream.process import WorkerProcess
    from newswire.stream.worker import run_worker, run_workers
else:
    def __getattr__(name: str) -> Any:
        if name not in _LAZY:
            raise AttributeError(f"module 'newswire.stream' has no attribute {name!r}")
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
