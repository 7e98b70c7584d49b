import json, sys
from collections import defaultdict
from pathlib import Path
import wcxb
d = json.loads(Path(sys.argv[1]).read_text()); t = json.loads(Path("/tmp/pages45/traf-tune.json").read_text())
cell = defaultdict(list)
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    g = p.gold.get("main_content") or ""
    cell[(p.kind, d[p.key]["kind"])].append((wcxb.word_f1(g, d[p.key]["body"]), wcxb.word_f1(g, t[p.key])))
for (gk, tk), v in sorted(cell.items(), key=lambda x: (x[0][0], str(x[0][1]))):
    n = len(v); print(f"{gk:14} told {str(tk):14} n={n:3} nw={sum(a for a,_ in v)/n:.3f} traf={sum(b for _,b in v)/n:.3f} loss={sum(1-a for a,_ in v):.1f}")
