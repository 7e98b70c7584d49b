import json, sys
from pathlib import Path
sys.path.insert(0, "/work/wt/pages35/bench")
import wcxb, trafilatura, trafilatura.core as core
kinds = set(sys.argv[2].split(","))
pages = [p for p in wcxb.load(Path("/work/shared/data/wcxb-dev")) if p.kind in kinds or "all" in kinds]
res = {}
base = dict(include_comments=False, include_tables=True)
for p in pages:
    r = {}
    for name, cap, share in (("cap_off", 10**9, 0.2), ("cap_off_03", 10**9, 0.3)):
        core.ESCALATION_MAX_LENGTH, core.ESCALATION_PAGE_SHARE = cap, share
        try:
            r[name] = trafilatura.extract(p.html, url=p.url, **base) or ""
        except Exception:
            r[name] = ""
    res[p.key] = r
json.dump(res, open(sys.argv[1], "w"))
