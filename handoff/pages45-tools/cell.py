import json, sys
from pathlib import Path
import wcxb
G, T = sys.argv[1], sys.argv[2]
d = json.load(open("/tmp/pages45/base-tune.json")); t = json.load(open("/tmp/pages45/traf-tune.json"))
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind != G or str(d[p.key]["kind"]) != T: continue
    g = p.gold.get("main_content") or ""
    a, b = wcxb.word_f1(g, d[p.key]["body"]), wcxb.word_f1(g, t[p.key])
    print(p.key, f"nw={a:.3f} traf={b:.3f} words nw={len(d[p.key]['body'].split())} traf={len(t[p.key].split())} gold={len(g.split())}", (p.url or "")[:80])
