"""Tune half: gold lines newswire lacks, by where they sit in the gold relative to the gold
lines newswire has (above the first, below the last, between), per gold kind; and the
missing lines' words by length class. usage: misspos.py BASE.json [KIND SHOWPOS]"""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, "/work/wt/pages50/bench")
import wcxb
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text())
show = sys.argv[2:4] if len(sys.argv) > 3 else None
def marks(src, ref):
    left = Counter(W.findall(ref.lower())); out = []
    for line in src.splitlines():
        ws = W.findall(line.lower()); miss = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1
            else: miss += 1
        if ws: out.append((line, len(ws), miss / len(ws) > 0.5))
    return out
acc = defaultdict(Counter); pg = defaultdict(lambda: defaultdict(set))
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    m = marks(p.gold.get("main_content") or "", B[p.key]["body"])
    good = [i for i, x in enumerate(m) if not x[2]]
    for i, (line, nw, bad) in enumerate(m):
        if not bad: continue
        pos = "none" if not good else "above" if i < good[0] else "below" if i > good[-1] else "middle"
        acc[p.kind][pos] += nw; pg[p.kind][pos].add(p.key)
        if show and p.kind == show[0] and pos == show[1]: print(f"  {p.key} {str(B[p.key]['kind']):12} {line[:110]}")
for k in wcxb.KINDS:
    print(f"{k:14}", "  ".join(f"{pos} {acc[k][pos]}w/{len(pg[k][pos])}p" for pos in ("above", "middle", "below", "none")))
