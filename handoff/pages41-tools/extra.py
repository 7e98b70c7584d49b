"""Tune pages only: body lines whose words are mostly not in the gold (extra), and gold lines mostly missing."""
import json, re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, "bench")
import wcxb
nw = json.load(open(sys.argv[1]))
keys = sys.argv[2:]
W = re.compile(r"\w+")
pages = {p.key: p for p in wcxb.load(Path("/work/shared/data/wcxb-dev")) if p.key in keys and p.half == 1}
for k in keys:
    p = pages[k]; body = nw[k]["body"]; gold = p.gold.get("main_content") or ""
    g = Counter(W.findall(gold.lower())); b = Counter(W.findall(body.lower()))
    print(f"=== {k} {p.kind} {p.url}  F1 {nw[k]['f1']:.2f} goldwords {sum(g.values())} bodywords {sum(b.values())}")
    for line in body.split("\n"):
        w = W.findall(line.lower())
        if w and sum(1 for x in w if x in g) / len(w) < 0.5:
            print("  +", line[:150])
    for line in gold.split("\n"):
        w = W.findall(line.lower())
        if w and sum(1 for x in w if x in b) / len(w) < 0.5:
            print("  -", line[:150])
