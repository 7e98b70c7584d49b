"""Tune half: where the extra words sit (above the first line the gold holds, below the last,
between), and missing gold words, per gold kind and told kind. usage: where.py BASE.json"""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, "/work/wt/pages50/bench")
import wcxb
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text())
def marks(src, ref):
    left = Counter(W.findall(ref.lower())); out = []
    for line in src.splitlines():
        ws = W.findall(line.lower()); miss = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1
            else: miss += 1
        if ws: out.append((len(ws), miss / len(ws) > 0.5))
    return out
acc = defaultdict(lambda: Counter()); pages = defaultdict(lambda: defaultdict(set))
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    key = (p.kind, str(B[p.key]["kind"]))
    m = marks(B[p.key]["body"], p.gold.get("main_content") or "")
    good = [i for i, (_, bad) in enumerate(m) if not bad]
    for i, (nw, bad) in enumerate(m):
        if not bad: continue
        pos = "nogold" if not good else "above" if i < good[0] else "below" if i > good[-1] else "middle"
        acc[key][pos] += nw; pages[key][pos].add(p.key)
    miss = sum(nw for nw, bad in marks(p.gold.get("main_content") or "", B[p.key]["body"]) if bad)
    acc[key]["MISS"] += miss
    if miss: pages[key]["MISS"].add(p.key)
for key, c in sorted(acc.items(), key=lambda kv: -sum(kv[1].values())):
    print(f"{key[0]:14}{key[1]:14}", "  ".join(f"{pos} {c[pos]}w/{len(pages[key][pos])}p" for pos in ("above", "middle", "below", "nogold", "MISS")))
