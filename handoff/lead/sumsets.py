"""Sum per-set lines of a final.sh log: found, right, kinds and turned counts, per side.

usage: sumsets.py LOG a,b,c  (section names after '== ', e.g. 'unread l,unread o')"""
import re
import sys
from collections import Counter

log = open(sys.argv[1], encoding="utf-8").read()
want = set(sys.argv[2].split(","))
sums = {side: Counter() for side in ("newswire", "baseline")}
turned = Counter()
section = None
for line in log.splitlines():
    if m := re.match(r"== (.*)", line):
        section = m.group(1)
        continue
    if section not in want:
        continue
    if m := re.match(r"  (newswire|baseline)\s+found ([\d.]+)\s+right ([\d.]+) of (\d+)(.*)", line):
        side, n = m.group(1), int(m.group(4))
        c = sums[side]
        c["n"] += n
        c["found"] += round(float(m.group(2)) * n)
        c["right"] += round(float(m.group(3)) * n)
        for kind, got, of in re.findall(r"(document|group|organization|person) (\d+)/(\d+)", m.group(5)):
            c[kind] += int(got)
            c[kind + "_of"] += int(of)
        if strict := re.search(r"strict found ([\d.]+) right ([\d.]+)", m.group(5)):
            c["strict_found"] += round(float(strict.group(1)) * n)
            c["strict_right"] += round(float(strict.group(2)) * n)
    elif m := re.match(r"  turned against the baseline: right (\d+).*; wrong (\d+)", line):
        turned["right"] += int(m.group(1))
        turned["wrong"] += int(m.group(2))
for side, c in sums.items():
    if c["n"]:
        kinds = "  ".join(f"{k} {c[k]}/{c[k + '_of']}" for k in ("document", "group", "organization", "person"))
        print(f"{side}  found {c['found'] / c['n']:.3f}  right {c['right'] / c['n']:.3f} ({c['right']}) of {c['n']}  |  {kinds}")
        if c["strict_found"]:
            print(f"{side}  strict (before round thirty): found {c['strict_found'] / c['n']:.3f}  right {c['strict_right'] / c['n']:.3f} ({c['strict_right']})")
print(f"turned: right {turned['right']}, wrong {turned['wrong']}")
