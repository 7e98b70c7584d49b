"""Tune page: gold lines mostly absent from the output."""
import json, sys, re
from collections import Counter
from pathlib import Path
W = re.compile(r"\w+")
d = json.loads(Path(sys.argv[1]).read_text()); key = sys.argv[2]
assert int(key) % 2 == 1
g = json.load(open(f"/work/shared/data/wcxb-dev/ground-truth/{key}.json"))["ground_truth"].get("main_content") or ""
v = d[key]; body = v if isinstance(v, str) else v["body"]
left = Counter(W.findall(body.lower()))
for line in g.splitlines():
    ws = W.findall(line.lower()); miss = 0
    for w in ws:
        if left[w] > 0: left[w] -= 1
        else: miss += 1
    if ws and miss / len(ws) > 0.5: print("  MISS", line[:150])
