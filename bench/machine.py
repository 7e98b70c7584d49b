"""The machine a benchmark ran on, printed with every figure."""

from __future__ import annotations

import contextlib
import os
import platform
from importlib.metadata import version
from pathlib import Path
from typing import Any

from newswire.settings import Settings


def cpu_name() -> str:
    """The CPU model, from /proc/cpuinfo where there is one."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def ram_gb() -> float:
    """Total memory, in GB (0 where /proc/meminfo is missing)."""
    with contextlib.suppress(OSError, ValueError, StopIteration):
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        return int(next(x for x in meminfo if x.startswith("MemTotal")).split()[1]) / 2**20
    return 0.0


def machine() -> dict[str, Any]:
    """Platform, CPU model, cores, RAM, load and the versions that matter."""
    return {
        "platform": platform.platform(),
        "cpu": cpu_name(),
        "cores": os.cpu_count() or 1,
        "ram_gb": round(ram_gb(), 1),
        "python": platform.python_version(),
        "spacy": version("spacy"),
        "faust": version("faust-streaming"),
        "aiokafka": version("aiokafka"),
        "model": Settings().model,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def describe() -> str:
    """One line: platform, CPU, cores, RAM, Python and spaCy versions, load."""
    m = machine()
    return (f"machine: {m['platform']} | {m['cpu']} ({platform.machine()}, {m['cores']} cores, "
            f"{m['ram_gb']} GB) | python {m['python']}, spaCy {m['spacy']} | load average "
            f"{m['load_average_at_start']}")
