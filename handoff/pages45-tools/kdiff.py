import json, sys
from pathlib import Path
import wcxb
K = sys.argv[1]
d = json.load(open("/tmp/pages45/base-tune.json")); t = json.load(open("/tmp/pages45/traf-tune.json"))
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind != K: continue
    g = p.gold.get("main_content") or ""
    a, b = wcxb.word_f1(g, d[p.key]["body"]), wcxb.word_f1(g, t[p.key])
    if abs(a - b) > 0.005: print(p.key, d[p.key]["kind"], f"nw={a:.3f} traf={b:.3f}", len(d[p.key]["body"].split()), len(t[p.key].split()), len(g.split()), (p.url or "")[:70])
