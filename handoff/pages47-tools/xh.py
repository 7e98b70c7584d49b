import json, sys, re, wcxb
from pathlib import Path
import importlib.util
spec = importlib.util.spec_from_file_location("c", "/tmp/pages47/tools/causelib.py"); c = importlib.util.module_from_spec(spec); spec.loader.exec_module(c)
A = json.loads(Path(sys.argv[1]).read_text()); kind = sys.argv[2]
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind != kind: continue
    g = p.gold.get("main_content") or ""
    ex = c.missing(c.body(A[p.key]), g)
    if not ex: continue
    m = c.where(p.html)
    for l in ex:
        e = m.get(c.norm(l))
        if e is not None and c.label(e).split("[")[0] in ("h2","h3","h4","h5","h6","strong","b","a-only:h2","a-only:h3","a-only:h4"):
            print(p.key, A[p.key]["kind"], c.label(e), "|", l[:80])
