"""Compare two cProfile files of the quote stage: total calls and the functions whose call
counts or cumulative time differ most (call counts are exact; times are the machine's)."""

from __future__ import annotations

import pstats
import sys


def load(path: str) -> tuple[dict, int, float]:
    stats = pstats.Stats(path)
    rows = {}
    for (file, line, name), (cc, nc, tt, ct, _) in stats.stats.items():  # type: ignore[attr-defined]
        key = f"{file.split('newswire/')[-1]}:{name}"
        old = rows.get(key, (0, 0.0, 0.0))
        rows[key] = (old[0] + nc, old[1] + tt, old[2] + ct)
    return rows, stats.total_calls, stats.total_tt  # type: ignore[attr-defined]


def main() -> None:
    base, calls_b, tt_b = load(sys.argv[1])
    other, calls_o, tt_o = load(sys.argv[2])
    print(f"calls {calls_o:,} vs {calls_b:,} ({calls_o / calls_b - 1:+.1%}); "
          f"time {tt_o:.2f} s vs {tt_b:.2f} s")
    keys = set(base) | set(other)
    by_calls = sorted(keys, key=lambda k: -abs(other.get(k, (0,))[0] - base.get(k, (0,))[0]))
    print("most changed call counts (other - base):")
    for k in by_calls[:15]:
        print(f"  {other.get(k, (0,))[0] - base.get(k, (0,))[0]:+9,}  {k}")
    print("newswire functions only in other, by cumulative time:")
    new = sorted((k for k in other if k not in base and "newswire" in k or
                  (k not in base and "nlp/" in k)), key=lambda k: -other[k][2])
    for k in new[:15]:
        print(f"  {other[k][2]:7.3f} s cum  {other[k][0]:7,} calls  {k}")


if __name__ == "__main__":
    main()
