"""What the look before reading costs: ``replay A B`` of two synthetic folders, and
``send`` of thousands of files named on their own (``send archive/*/*.txt``).

Base42 walked the trees three times (the id clash check, the progress bar's count, the
read); from base43 one scan does the check and the count. In one run, interleaved, for this
tree's ``src`` and each baseline's (``--base-src NAME=SRC``, repeatable), each in its own
process (``PYTHONPATH``), this prints the machine (CPU, cores, load before and after, file
system) and:

(a) the look before reading alone, two folders named, ``--files`` files: base42's
    ``id_clash`` then ``count_records``, later trees' ``scan_paths(count=True)``; seconds
    and the process's peak RSS (imports included, the same for all);
(b) ``newswire replay --dry-run A B`` end to end on ``--e2e-files`` of them (the walks,
    reading and parsing every file): seconds and peak RSS;
(c) the look before reading alone, ``--named-files`` files each named on its own (what
    review42a measured: realpath, stat and the ids of each path named);
(d) the look before reading alone, one folder named holding one link to an outside folder
    of ``--linked-files`` files (``archive/2019 -> /mnt/cold/2019``): base44 remembered
    each file under a followed link (its peak RSS grows with them), later trees do not.

Usage: ``nice python bench/replay_walks.py --base-src base42=/work/wt/base42/src --base-src
base43=/work/wt/base43/src [--files 200000] [--e2e-files 20000] [--named-files 20000]
[--linked-files 200000] [--repeat 3]``. The trees are written under a temporary folder,
removed after.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "src"

LOOK = """
import sys
import time
paths = sys.argv[1:]
if paths and paths[0].startswith("@"):  # thousands of paths named: one a line in a file
    with open(paths[0][1:], encoding="utf-8") as listing:
        paths = listing.read().splitlines()
started = time.perf_counter()
try:
    from newswire.io.scan import scan_paths
except ImportError:  # base42: two walks
    from newswire.io.archive import count_records
    from newswire.io.folders import id_clash
    assert id_clash(paths, "replay") is None
    total = count_records(paths)
else:
    scan = scan_paths(paths, "replay", count=True)
    assert scan.clash is None
    total = scan.total
print(total, f"{time.perf_counter() - started:.3f}")  # the look alone, imports of io included
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
    """Each tree ``repeat`` times, interleaved; the median time and the largest peak (and
    the median of the seconds the command prints last, when it does: the look alone)."""
    times: dict[str, list[float]] = {name: [] for name in trees}
    inner: dict[str, list[float]] = {name: [] for name in trees}
    peaks: dict[str, float] = dict.fromkeys(trees, 0.0)
    said: dict[str, str] = {}
    for _ in range(repeat):
        for name, src in trees.items():
            seconds, peak, stdout = run(src, args)
            times[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
            said[name] = stdout.strip().splitlines()[-1] if stdout.strip() else ""
            if args[0] == "-c":
                count, look = said[name].split()
                inner[name].append(float(look))
                said[name] = count
    print(f"\n{label}")
    for name in trees:
        alone = (f"look alone {statistics.median(inner[name]):6.2f} s (runs "
                 f"{', '.join(f'{t:.2f}' for t in inner[name])}); " if inner[name] else "")
        print(f"  {name:6} {alone}process {statistics.median(times[name]):6.2f} s (runs "
              f"{', '.join(f'{t:.2f}' for t in times[name])}); peak RSS {peaks[name]:6.1f} MB"
              f"  -> {said[name]}")


def machine(tmp: str) -> str:
    """The CPU, cores, Python, the file system the trees are on and the load (1, 5, 15 min)."""
    model = "?"
    try:
        with Path("/proc/cpuinfo").open(encoding="utf-8") as info:
            model = next((line.split(":", 1)[1].strip() for line in info
                          if line.startswith("model name")), "?")
    except OSError:
        pass
    mounts = []
    try:
        with Path("/proc/mounts").open(encoding="utf-8") as table:
            mounts = [line.split()[1:3] for line in table]
    except OSError:
        pass
    real = os.path.realpath(tmp)
    kind = max((m for m in mounts if real.startswith(m[0].rstrip("/") + "/")),
               key=lambda m: len(m[0]), default=["?", "?"])[1]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (f"{model}; {os.cpu_count()} cores; {platform.platform()}; Python "
            f"{platform.python_version()}; trees on {kind}; load {load}")


def write_named(root: Path, files: int) -> Path:
    """``files`` files in leaf folders of 100, and the listing naming each (relative to
    ``root``, one a line): ``send archive/*/*.txt``."""
    names = []
    for index in range(files):
        leaf, name = divmod(index, 100)
        folder = root / f"{leaf:04d}"
        if name == 0:
            folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"n{index:06d}.txt"
        path.write_text(f"Story {index}\nThe council met on day {index}.\n", encoding="utf-8")
        names.append(str(path))
    listing = root / "named.txt"
    listing.write_text("\n".join(names) + "\n", encoding="utf-8")
    return listing


def write_linked(root: Path, files: int) -> Path:
    """A folder ``archive`` of one file and one link ``cold -> ../cold``, a folder of
    ``files`` files (leaf folders of 100) outside it: the folder to name."""
    write_tree(root / "cold", files)
    archive = root / "archive"
    archive.mkdir(parents=True)
    (archive / "top.txt").write_text("Story\nThe council met.\n", encoding="utf-8")
    (archive / "cold").symlink_to(root / "cold")
    return archive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-src", action="append", required=True,
                        help="NAME=SRC (or SRC, named base): a tree to time beside this one")
    parser.add_argument("--files", type=int, default=200_000)
    parser.add_argument("--e2e-files", type=int, default=20_000)
    parser.add_argument("--named-files", type=int, default=20_000)
    parser.add_argument("--linked-files", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    trees = dict(item.split("=", 1) if "=" in item else ("base", item)
                 for item in options.base_src)
    trees["this"] = str(HERE)
    with tempfile.TemporaryDirectory(prefix="replay-walks-") as tmp:
        print(f"machine: {machine(tmp)}")
        started = time.perf_counter()
        big = write_tree(Path(tmp) / "big", options.files) if options.files else []
        small = write_tree(Path(tmp) / "small", options.e2e_files) if options.e2e_files else []
        listing = (write_named(Path(tmp) / "named", options.named_files)
                   if options.named_files else None)
        linked = (write_linked(Path(tmp) / "linked", options.linked_files)
                  if options.linked_files else None)
        print(f"trees written in {time.perf_counter() - started:.0f} s: {options.files} and "
              f"{options.e2e_files} files, two folders named, 100 files a leaf folder; "
              f"{options.named_files} files named on their own")
        if big:
            compare(f"(a) the look before reading, {options.files} files (prints the count)",
                    trees, ["-c", LOOK, *big], options.repeat)
        if small:
            compare(f"(b) replay --dry-run A B, {options.e2e_files} files", trees,
                    ["-m", "newswire", "replay", "--dry-run", *small], options.repeat)
        if listing is not None:
            compare(f"(c) the look before reading, {options.named_files} files named on "
                    "their own (prints the count)", trees, ["-c", LOOK, f"@{listing}"],
                    options.repeat)
        if linked is not None:
            compare(f"(d) the look before reading, one folder named, a followed link to "
                    f"{options.linked_files} files (prints the count)", trees,
                    ["-c", LOOK, str(linked)], options.repeat)
        print(f"\nload after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
