"""Tune half: pages where trafilatura alone beats A (or B beats A), sorted by the gap."""
import json, sys
from pathlib import Path
import wcxb
A = json.loads(Path(sys.argv[1]).read_text()); T = json.loads(Path(sys.argv[2]).read_text())
def body(v): return v if isinstance(v, str) else v["body"]
rows = []
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    g = p.gold.get("main_content") or ""
    a, t = wcxb.word_f1(g, body(A[p.key])), wcxb.word_f1(g, body(T[p.key]))
    rows.append((t - a, p.key, p.kind, A[p.key]["kind"] if not isinstance(A[p.key], str) else "", a, t, p.url))
rows.sort(reverse=True)
print("sum gaps where T>A:", round(sum(r[0] for r in rows if r[0] > 0), 2), "pages", sum(r[0] > 0.01 for r in rows))
print("sum gaps where A>T:", round(-sum(r[0] for r in rows if r[0] < 0), 2), "pages", sum(r[0] < -0.01 for r in rows))
for r in rows[:int(sys.argv[3]) if len(sys.argv) > 3 else 60]:
    print(f"{r[1]} {r[2]:13} told={r[3]!s:13} A={r[4]:.3f} T={r[5]:.3f} {r[6][:80] if r[6] else ''}")
