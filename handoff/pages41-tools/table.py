"""Kind means: trafilatura alone, base41, and this branch (base41 per page, plus the exact
change on the pages the rule can touch, from changed.py). usage: table.py HALF BASE TRAF|- NEW CH_BASE"""
import json, sys
KINDS = ("article", "listing", "collection", "forum", "product", "documentation", "service")
half, base = sys.argv[1], json.load(open(sys.argv[2]))
traf = json.load(open(sys.argv[3])) if sys.argv[3] != "-" else None
new, old = json.load(open(sys.argv[4])), json.load(open(sys.argv[5]))
rows = []
for k in KINDS + ("all",):
    keys = [key for key, r in base.items() if k == "all" or r["gk"] == k]
    b = sum(base[x]["f1"] for x in keys)
    d = sum(new.get(f"{half} {kk}", 0) - old.get(f"{half} {kk}", 0)
            for kk in (KINDS if k == "all" else (k,)))
    t = f"{sum(traf[x]['f1'] for x in keys) / len(keys):.4f}" if traf else "  -   "
    print(f"{k:14} n={len(keys):4}  traf {t}  base41 {b / len(keys):.4f}  pages41 {(b + d) / len(keys):.4f}")
