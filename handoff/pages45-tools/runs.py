"""Tune article pages with P < X: runs of extra lines (>50% words not in gold), first lines + size."""
import json, sys, re
from collections import Counter
from pathlib import Path
import wcxb
W = re.compile(r"\w+")
d = json.loads(Path(sys.argv[1]).read_text()); kind = sys.argv[2]; pmax = float(sys.argv[3])
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind != kind: continue
    g = p.gold.get("main_content") or ""
    gold = Counter(W.findall(g.lower())); body = d[p.key]["body"]
    got = Counter(W.findall(body.lower()))
    o = sum((gold & got).values())
    P = o / max(1, sum(got.values()))
    if P >= pmax or not gold: continue
    left = Counter(gold); runs = []; cur = None
    for line in body.splitlines():
        ws = W.findall(line.lower()); miss = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1
            else: miss += 1
        if ws and miss / len(ws) > 0.5:
            if cur is None: cur = [line, 0, 0]; runs.append(cur)
            cur[1] += len(ws); cur[2] += 1
        elif ws:
            cur = None
    runs = [r for r in runs if r[1] >= 8]
    runs.sort(key=lambda r: -r[1])
    print(f"{p.key} P={P:.3f} extra={sum(got.values()) - o} told={d[p.key]['kind']} {p.url[:60] if p.url else ''}")
    for r in runs[:4]:
        print(f"    [{r[1]:4}w {r[2]:3}l] {r[0][:110]}")
