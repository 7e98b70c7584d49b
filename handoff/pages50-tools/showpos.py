"""Tune half: print the extra lines at a position (above/below/middle) for pages of a gold
kind and told kind. usage: showpos.py BASE.json GOLDKIND TOLDKIND POS [MAXPERPAGE]"""
import json, re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, "/work/wt/pages50/bench")
import wcxb
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text()); gk, tk, pos = sys.argv[2:5]
mx = int(sys.argv[5]) if len(sys.argv) > 5 else 15
def marks(src, ref):
    left = Counter(W.findall(ref.lower())); out = []
    for line in src.splitlines():
        ws = W.findall(line.lower()); miss = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1
            else: miss += 1
        if ws: out.append((line, len(ws), miss / len(ws) > 0.5))
    return out
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind != gk or str(B[p.key]["kind"]) != tk: continue
    m = marks(B[p.key]["body"], p.gold.get("main_content") or "")
    good = [i for i, x in enumerate(m) if not x[2]]
    if not good: continue
    sel = [x for i, x in enumerate(m) if x[2] and ((pos == "above" and i < good[0]) or (pos == "below" and i > good[-1]) or (pos == "middle" and good[0] < i < good[-1]))]
    if not sel: continue
    print(f"## {p.key} {p.url[:90]} extra {sum(x[1] for x in sel)}w")
    for line, nw, _ in sel[:mx]: print("   ", line[:120])
