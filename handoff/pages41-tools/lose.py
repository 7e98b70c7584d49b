"""Tune half only: per kind P/R, and the pages where newswire is furthest below trafilatura."""
import json, sys
from collections import defaultdict
nw, tr = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
agg = defaultdict(list)
for k, r in nw.items():
    agg[(r["gk"], r["told"])].append((r["f1"], tr[k]["f1"], r["P"], r["R"]))
print("gold kind / told: n, nw F1, traf F1, P, R, loss sum")
for key, v in sorted(agg.items(), key=lambda kv: -sum(1 - x[0] for x in kv[1])):
    n = len(v)
    print(f"{key!s:32} {n:4} {sum(x[0] for x in v)/n:.3f} {sum(x[1] for x in v)/n:.3f} "
          f"{sum(x[2] for x in v)/n:.3f} {sum(x[3] for x in v)/n:.3f} {sum(1-x[0] for x in v):6.2f}")
print("\nnewswire below trafilatura alone by > 0.1:")
rows = sorted(((r["f1"] - tr[k]["f1"], k) for k, r in nw.items()), key=lambda x: x[0])
for d, k in rows:
    if d > -0.1: break
    r = nw[k]
    print(f"{k} {r['gk'][:8]:8} {str(r['told'])[:8]:8} nw {r['f1']:.2f} (P {r['P']:.2f} R {r['R']:.2f}) "
          f"traf {tr[k]['f1']:.2f} (P {tr[k]['P']:.2f} R {tr[k]['R']:.2f}) {r['url'][:70]}")
print("sum of losses vs traf:", sum(d for d, _ in rows if d < 0), "gains:", sum(d for d, _ in rows if d > 0))
