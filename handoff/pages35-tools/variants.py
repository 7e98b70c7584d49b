import json, sys
from pathlib import Path
sys.path.insert(0, "/work/wt/pages35/bench")
import wcxb, trafilatura
kinds = set(sys.argv[2].split(","))
pages = [p for p in wcxb.load(Path("/work/shared/data/wcxb-dev")) if p.kind in kinds]
res = {}
base = dict(include_comments=False, include_tables=True)
for p in pages:
    r = {}
    for name, extra in (("default", {}), ("recall", {"favor_recall": True}), ("precision", {"favor_precision": True}), ("images", {"include_images": True})):
        try:
            r[name] = trafilatura.extract(p.html, url=p.url, **base, **extra) or ""
        except Exception as e:
            r[name] = ""
    res[p.key] = r
json.dump(res, open(sys.argv[1], "w"))
