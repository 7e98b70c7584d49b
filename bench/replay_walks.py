"""What the look before reading costs on a big tree: ``replay A B`` of two synthetic folders.

With two paths named, ``replay`` walked the trees three times (the id clash check, the
progress bar's count, the read); this tree walks them twice (one scan does the check and the
count). In one run, interleaved, for this tree's ``src`` and the baseline's
(``--base-src``), each in its own process (``PYTHONPATH``), this prints:

(a) the look before reading alone, on ``--files`` files: the base's ``id_clash`` then
    ``count_records``, this tree's ``scan_paths(count=True)``; seconds and the process's
    peak RSS (imports included, the same for both);
(b) ``newswire replay --dry-run A B`` end to end on ``--e2e-files`` of them (the walks,
    reading and parsing every file): seconds and peak RSS.

Usage: ``nice python bench/replay_walks.py --base-src /work/wt/base42/src [--files 200000]
[--e2e-files 20000] [--repeat 3]``. The tree is written under a temporary folder, removed
after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "src"

LOOK = """
import sys
paths = sys.argv[1:]
try:
    from newswire.io.scan import scan_paths
except ImportError:  # the base: two walks
    from newswire.io.archive import count_records
    from newswire.io.folders import id_clash
    assert id_clash(paths, "replay") is None
    total = count_records(paths)
else:
    scan = scan_paths(paths, "replay", count=True)
    assert scan.clash is None
    total = scan.total
print(total)
"""


def write_tree(root: Path, files: int, per_folder: int = 100) -> list[str]:
    """Two folders named, ``files`` small articles between them, ``per_folder`` to a leaf
    folder (``a/0012/0034.txt``), ids distinct across both (no clash)."""
    for index in range(files):
        half, rest = divmod(index, (files + 1) // 2)
        leaf, name = divmod(rest, per_folder)
        folder = root / "ab"[half] / f"{leaf:04d}"
        if name == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{'ab'[half]}{name:04d}.txt").write_text(
            f"Story {index}\nThe council met on day {index}.\n", encoding="utf-8")
    return [str(root / "a"), str(root / "b")]


def run(src: str, args: list[str]) -> tuple[float, float, str]:
    """Seconds, peak RSS (MB) and stdout of ``python ARGS`` with ``src`` first on the path."""
    env = {**os.environ, "PYTHONPATH": src, "COLUMNS": "200"}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, *args], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    stdout = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"{src}: {args[:3]} exited {status}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024, stdout


def compare(label: str, trees: dict[str, str], args: list[str], repeat: int) -> None:
    """Each tree ``repeat`` times, interleaved; the median time and the largest peak."""
    times: dict[str, list[float]] = {name: [] for name in trees}
    peaks: dict[str, float] = dict.fromkeys(trees, 0.0)
    said: dict[str, str] = {}
    for _ in range(repeat):
        for name, src in trees.items():
            seconds, peak, stdout = run(src, args)
            times[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
            said[name] = stdout.strip().splitlines()[-1] if stdout.strip() else ""
    print(f"\n{label}")
    for name in trees:
        print(f"  {name:5} {statistics.median(times[name]):7.2f} s (runs "
              f"{', '.join(f'{t:.2f}' for t in times[name])})  peak RSS {peaks[name]:6.1f} MB"
              f"  -> {said[name]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-src", required=True)
    parser.add_argument("--files", type=int, default=200_000)
    parser.add_argument("--e2e-files", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    trees = {"base": options.base_src, "this": str(HERE)}
    with tempfile.TemporaryDirectory(prefix="replay-walks-") as tmp:
        started = time.perf_counter()
        big = write_tree(Path(tmp) / "big", options.files)
        small = write_tree(Path(tmp) / "small", options.e2e_files)
        print(f"trees written in {time.perf_counter() - started:.0f} s: {options.files} and "
              f"{options.e2e_files} files, two folders named, 100 files a leaf folder")
        compare(f"(a) the look before reading, {options.files} files (prints the count)",
                trees, ["-c", LOOK, *big], options.repeat)
        compare(f"(b) replay --dry-run A B, {options.e2e_files} files", trees,
                ["-m", "newswire", "replay", "--dry-run", *small], options.repeat)


if __name__ == "__main__":
    main()
