"""Kind means of per-page score files: agg.py FILE... (one column each)."""
import json, sys
KINDS = ("article", "listing", "collection", "forum", "product", "documentation", "service")
fs = [json.load(open(f)) for f in sys.argv[1:]]
print("kind".ljust(14) + "".join(f[-20:].rjust(22) for f in sys.argv[1:]))
for k in KINDS + ("all",):
    row = k.ljust(14)
    for d in fs:
        v = [r["f1"] for r in d.values() if k == "all" or r["gk"] == k]
        row += f"{sum(v)/len(v):.4f} (n={len(v)})".rjust(22)
    print(row)
