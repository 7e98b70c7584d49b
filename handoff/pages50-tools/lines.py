"""Tune half: the lines newswire keeps that the gold lacks (extra) and gold lines newswire
lacks (miss), for pages of the given gold kinds; most common normalised lines by sites.
Line shapes: digits replaced by 9. usage: lines.py BASE.json KINDS(comma) [N]"""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, "/work/wt/pages50/bench")
import wcxb
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text()); kinds = set(sys.argv[2].split(","))
n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
def shape(s): return re.sub(r"\d+", "9", " ".join(W.findall(s.lower())))
def unmatched(src, ref):
    left = Counter(W.findall(ref.lower())); out = []
    for line in src.splitlines():
        ws = W.findall(line.lower()); miss = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1
            else: miss += 1
        out.append((line, len(ws), bool(ws) and miss / len(ws) > 0.5))
    return out
stat = {"extra": defaultdict(lambda: [0, set(), 0]), "keptok": defaultdict(lambda: [0, set(), 0])}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind not in kinds: continue
    g = p.gold.get("main_content") or ""
    for line, nw, bad in unmatched(B[p.key]["body"], g):
        if not nw: continue
        s = stat["extra" if bad else "keptok"][shape(line)]
        s[0] += 1; s[1].add(p.site); s[2] += nw
for name in ("extra", "keptok"):
    print("==", name)
    for sh, (c, sites, w) in sorted(stat[name].items(), key=lambda kv: -len(kv[1][1]))[:n]:
        o = stat["keptok" if name == "extra" else "extra"].get(sh, [0, set(), 0])
        print(f"  sites {len(sites):3} lines {c:4} (other side: sites {len(o[1]):3} lines {o[0]:4})  {sh[:70]}")
