"""usage: sites.py A.json B.json: the pages that changed, with site, gold kind, told kind."""
import json, sys
from pathlib import Path
sys.path.insert(0, "/work/wt/pages50/bench")
import wcxb
A = json.load(open(sys.argv[1])); Bd = json.load(open(sys.argv[2]))
rows = []
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.key not in A or p.key not in Bd: continue
    g = p.gold.get("main_content") or ""
    a, b = wcxb.word_f1(g, A[p.key]["body"]), wcxb.word_f1(g, Bd[p.key]["body"])
    if abs(a - b) > 1e-9: rows.append((b - a, p.key, p.kind, str(Bd[p.key]["kind"]), p.site))
for d, k, gk, tk, s in sorted(rows): print(f"  {k} {gk:14}{tk:14}{s:30}{d:+.4f}")
up = {s for d, *_, s in rows if d > 0}; down = {s for d, *_, s in rows if d < 0}
print(len(rows), "changed;", sum(r[0] > 0 for r in rows), "up", len(up), "sites;", sum(r[0] < 0 for r in rows), "down", len(down), "sites; net", round(sum(r[0] for r in rows), 4))
