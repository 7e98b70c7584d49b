"""Tune half: pages of one gold kind and told kind, worst first, with P/R and trafilatura.
usage: pages.py BASE.json TRAF.json GOLDKIND TOLDKIND"""
import json, re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, "/work/wt/pages50/bench")
from wcxb import word_f1
W = re.compile(r"\w+")
D = Path("/work/shared/data/wcxb-dev/ground-truth")
B = json.loads(Path(sys.argv[1]).read_text()); T = json.loads(Path(sys.argv[2]).read_text())
meta = json.loads(Path("/work/shared/data/wcxb-dev/metadata.json").read_text()) if False else None
def pr(g, b):
    gc, bc = Counter(W.findall(g.lower())), Counter(W.findall(b.lower()))
    ov = sum((gc & bc).values())
    return (ov / sum(bc.values()) if bc else 0, ov / sum(gc.values()) if gc else 0, sum(gc.values()), sum(bc.values()))
rows = []
for k, v in B.items():
    g = json.loads((D / f"{k}.json").read_text())
    kind = g["_internal"]["page_type"]["primary"]
    if kind != sys.argv[3] or str(v["kind"]) != sys.argv[4]: continue
    gt = g["ground_truth"].get("main_content") or ""
    p, r, ng, nb = pr(gt, v["body"])
    rows.append((word_f1(gt, v["body"]), word_f1(gt, T[k]["body"]), p, r, ng, nb, len(W.findall(T[k]["body"])), k, g.get("url", "")))
for row in sorted(rows):
    print(f"{row[7]} nw={row[0]:.3f} traf={row[1]:.3f} P={row[2]:.2f} R={row[3]:.2f} gold={row[4]} nw={row[5]} traf={row[6]} {row[8][:80]}")
