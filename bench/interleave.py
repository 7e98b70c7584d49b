"""The two-tree harness of the ``*_same.py`` benches: one child process a source tree.

A bench compares a stage of this tree with another (``--baseline-src``, ``--tree``): each
tree runs in a child process of the same script (``--child``, the tree's ``src/`` and this
folder on its ``PYTHONPATH``), which reads the calls once and then answers the parent's
commands over stdin/stdout, one line each (:func:`serve`, :func:`ask`). The timed rounds
take turns between the trees, so every tree sees the same load, and keep the best CPU time
of each (:func:`best_of`). What a pass runs and what it dumps stay in the bench.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from machine import describe

__all__ = ["CACHE", "add_tree_arguments", "ask", "best_of", "cpu_seconds", "finish", "serve",
           "start_trees", "trees"]

#: The shared disk cache of docs; ``--doc-cache`` names a private one (helpers writing the
#: shared one at once lock each other out).
CACHE = Path("/tmp") / f"newswire-docs-{os.getuid()}.sqlite"
ROOT = Path(__file__).resolve().parents[1]


def add_tree_arguments(parser: argparse.ArgumentParser) -> None:
    """``--baseline-src``, ``--tree``, ``--doc-cache``, ``--calls`` and the hidden ``--child``."""
    parser.add_argument("--baseline-src", type=Path)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=SRC",
                        help="one more source tree, timed and dumped beside the others")
    parser.add_argument("--doc-cache", type=Path, default=CACHE,
                        help="the docs' disk cache (a private one when several run at once)")
    parser.add_argument("--calls", type=Path,
                        help="pickle of the calls: written by the first tree when missing, "
                             "then read by every tree (the articles read once)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)


def trees(args: argparse.Namespace) -> dict[str, Path]:
    """``new`` (this tree's ``src/``), ``base`` with ``--baseline-src``, then each ``--tree``."""
    named = {"new": ROOT / "src"}
    if args.baseline_src is not None:
        named["base"] = args.baseline_src
    named.update((name, Path(src)) for name, src in (t.split("=", 1) for t in args.tree))
    return named


def _start(script: str, src: Path, args: argparse.Namespace,
           extra: Iterable[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{Path(__file__).parent}"}
    command = [sys.executable, script, "--child", "--fresh", args.fresh,
               "--doc-cache", str(args.doc_cache), *extra,
               *(("--calls", str(args.calls)) if args.calls else ())]
    return subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)


def _ready(name: str, process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    print(f"{name}: {process.stdout.readline().strip()} calls", flush=True)


def start_trees(script: str, args: argparse.Namespace, extra: Iterable[str] = (),
                one_at_a_time: bool = False) -> dict[str, subprocess.Popen[str]]:
    """A child of ``script`` for each tree, once each has read its calls. They start at once,
    unless ``--calls`` names a pickle still to write (the first writes it, the others read
    it) or ``one_at_a_time`` says so."""
    extra = list(extra)
    processes: dict[str, subprocess.Popen[str]] = {}
    ready: set[str] = set()
    for name, src in trees(args).items():
        processes[name] = _start(script, src, args, extra)
        if one_at_a_time or (args.calls is not None and not args.calls.exists()):
            _ready(name, processes[name])
            ready.add(name)
    for name, process in processes.items():
        if name not in ready:
            _ready(name, process)
    return processes


def ask(process: subprocess.Popen[str], command: str) -> str:
    """Send one command to a child; its one line of answer."""
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write(command + "\n")
    process.stdin.flush()
    return process.stdout.readline().strip()


def best_of(processes: dict[str, subprocess.Popen[str]], rounds: int) -> dict[str, float]:
    """A warm-up pass each, then ``rounds`` turns of one timed pass a tree, each turn printed
    as it ends (a run cut short on a loaded machine still tells something); the best CPU
    seconds of each tree."""
    for process in processes.values():
        ask(process, "time")  # warm-up: lazy tables
    best = {name: float("inf") for name in processes}
    for turn in range(rounds):
        seconds = {name: float(ask(process, "time")) for name, process in processes.items()}
        for name, taken in seconds.items():
            best[name] = min(best[name], taken)
        print(f"  turn {turn + 1}: " + ", ".join(f"{n} {t:.3f} s" for n, t in seconds.items()),
              flush=True)
    return best


def finish(processes: dict[str, subprocess.Popen[str]]) -> None:
    """Close the children, then print the machine and its load."""
    for process in processes.values():
        assert process.stdin is not None
        process.stdin.close()
        process.wait()
    print(describe())
    print(f"load average {os.getloadavg()}")


def cpu_seconds(one_pass: Callable[[], object]) -> str:
    """The CPU time of one pass, as the child answers ``time``."""
    started = time.process_time()
    one_pass()
    return f"{time.process_time() - started:.6f}"


def serve(count: int, commands: dict[str, Callable[[str], str]]) -> None:
    """Tell the parent the child is ready with ``count`` calls, then answer each command line
    (``NAME [ARG]``) with the line its handler returns."""
    print(f"ready {count}", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command in commands:
            print(commands[command](arg), flush=True)
