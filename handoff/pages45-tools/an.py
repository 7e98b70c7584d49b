"""Tune half only: per kind means, per page P/R for a bodies dump, vs another.
usage: PYTHONPATH=bench python an.py A.json [B.json] [--pages] [--extra KEY]"""
import json, sys, re
from collections import Counter
from pathlib import Path
import wcxb
W = re.compile(r"\w+")
args = [a for a in sys.argv[1:] if not a.startswith("--")]
A = json.loads(Path(args[0]).read_text())
B = json.loads(Path(args[1]).read_text()) if len(args) > 1 else None
def body(d, k):
    v = d[k]; return v if isinstance(v, str) else v["body"]
def prf(gold, pred):
    e, g = Counter(W.findall(gold.lower())), Counter(W.findall(pred.lower()))
    if not e and not g: return 1, 1, 1
    o = sum((e & g).values())
    if not o: return 0, 0, 0
    p, r = o / sum(g.values()), o / sum(e.values())
    return 2*p*r/(p+r), p, r
pages = [p for p in wcxb.load(Path("/work/shared/data/wcxb-dev")) if p.half == 1]
assert all(p.key in A for p in pages)
kinds = Counter(); sa = Counter(); sb = Counter(); lp = Counter(); lr = Counter()
rows = []
for p in pages:
    g = p.gold.get("main_content") or ""
    fa, pa, ra = prf(g, body(A, p.key))
    kinds[p.kind] += 1; sa[p.kind] += fa; lp[p.kind] += 1 - pa; lr[p.kind] += 1 - ra
    if B:
        fb = prf(g, body(B, p.key))[0]; sb[p.kind] += fb
    rows.append((p.key, p.kind, fa, pa, ra, fb if B else None, p.url))
for k in wcxb.KINDS:
    print(f"{k:14} n={kinds[k]:4} A={sa[k]/kinds[k]:.4f}" + (f" B={sb[k]/kinds[k]:.4f}" if B else "") + f"  1-P={lp[k]:.1f} 1-R={lr[k]:.1f}")
n = len(pages)
print(f"{'all':14} n={n} A={sum(sa.values())/n:.4f}" + (f" B={sum(sb.values())/n:.4f}" if B else ""))
if B:
    ch = [r for r in rows if abs(r[2] - r[5]) > 1e-9]
    print("changed", len(ch), "up", sum(r[2] > r[5] for r in ch), "down", sum(r[2] < r[5] for r in ch))
    for r in sorted(ch, key=lambda r: r[2] - r[5]):
        print(f"  {r[0]} {r[1]:12} A={r[2]:.3f} B={r[5]:.3f} {r[6]}")
if "--pages" in sys.argv:
    for r in sorted(rows, key=lambda r: r[3]):
        print(f"{r[0]} {r[1]:12} F={r[2]:.3f} P={r[3]:.3f} R={r[4]:.3f} {r[6]}")
