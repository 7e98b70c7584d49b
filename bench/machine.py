"""The machine a benchmark ran on, printed with every figure."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path


def cpu_name() -> str:
    """The CPU model, from /proc/cpuinfo where there is one."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def describe() -> str:
    """One line: platform, CPU, core count and Python version."""
    return (f"machine: {platform.platform()} | {cpu_name()} ({platform.machine()}, "
            f"{os.cpu_count()} cores) | python {sys.version.split()[0]}")
