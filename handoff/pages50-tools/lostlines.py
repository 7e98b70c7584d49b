"""Tune half: gold lines trafilatura alone keeps and newswire lacks, with the rule that took
each out (newswire's removed lines), grouped by rule over pages and sites.
usage: lostlines.py BASE.json TRAF.json KIND [SHOW]"""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
import wcxb
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text()); T = json.loads(Path(sys.argv[2]).read_text())
kind = sys.argv[3]; show = sys.argv[4] if len(sys.argv) > 4 else None
def norm(s): return " ".join(W.findall(s.lower()))
def unmatched(src, ref):
    left = Counter(W.findall(ref.lower())); out = []
    for line in src.splitlines():
        ws = W.findall(line.lower()); miss = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1
            else: miss += 1
        if ws and miss / len(ws) > 0.5: out.append((line, len(ws)))
    return out
cw = Counter(); cp = defaultdict(set); cs = defaultdict(set); ex = defaultdict(list)
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or (kind != "all" and p.kind != kind): continue
    g = p.gold.get("main_content") or ""; b = B[p.key]; tb = norm(T[p.key]["body"])
    rm = [(norm(t), r) for t, r in b.get("removed", [])]
    for line, nw in unmatched(g, b["body"]):
        nl = norm(line)
        if not nl or nl not in tb: continue
        rule = next((r for t, r in rm if t == nl), None) or next((r for t, r in rm if nl in t), None) or "none"
        cw[rule] += nw; cp[rule].add(p.key); cs[rule].add(p.site); ex[rule].append((p.key, p.kind, str(b["kind"]), line[:110]))
for c, w in cw.most_common():
    print(f"{c:<20} words {w:6} pages {len(cp[c]):4} sites {len(cs[c]):4}")
if show:
    for e in ex[show]: print(" ", *e)
