"""Aggregates per gold kind (and told kind) of one or more runs, optionally vs a base."""
import json, sys
from collections import defaultdict
KINDS = ["article","listing","collection","forum","product","documentation","service"]
files = sys.argv[1:]
runs = [json.load(open(f)) for f in files]
base = runs[0]
print(f"{'':28}" + "".join(f"{k[:8]:>9}" for k in KINDS) + f"{'all':>8}")
for f, r in zip(files, runs):
    merged = dict(base); merged.update(r)
    cells = []
    for k in KINDS:
        v = [x["f1"] for x in merged.values() if x["gk"] == k]
        cells.append(sum(v)/len(v))
    allv = sum(x["f1"] for x in merged.values())/len(merged)
    nchg = sum(1 for key in r if abs(r[key]["f1"] - base[key]["f1"]) > 1e-9)
    print(f"{f.split('/')[-1][:28]:28}" + "".join(f"{c:9.4f}" for c in cells) + f"{allv:8.4f}  changed {nchg}")
