"""Tune half: pages where trafilatura alone recalls gold words newswire lacks (and the
reverse for precision). usage: recall.py BASE.json TRAF.json [KIND]"""
import json, re, sys
from collections import Counter
from pathlib import Path
import wcxb
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text()); T = json.loads(Path(sys.argv[2]).read_text())
kind = sys.argv[3] if len(sys.argv) > 3 else None
def bag(s): return Counter(W.findall(s.lower()))
rows = []
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or (kind and p.kind != kind): continue
    g = bag(p.gold.get("main_content") or ""); b = bag(B[p.key]["body"]); t = bag(T[p.key]["body"])
    lost = sum(((g & t) - (g & b)).values())   # gold words traf has and newswire lacks
    extra = sum(((b - g) - (t - g)).values())  # non-gold words newswire adds beyond traf
    rows.append((lost, extra, p.key, p.kind, B[p.key]["kind"], sum(g.values()), p.url))
print("gold words lost vs traf:", sum(r[0] for r in rows), "pages", sum(r[0] > 5 for r in rows))
print("extra words beyond traf:", sum(r[1] for r in rows), "pages", sum(r[1] > 5 for r in rows))
for r in sorted(rows, reverse=True)[:40]:
    print(f"  lost {r[0]:5} extra {r[1]:5} {r[2]} {r[3]:<13} told={r[4]!s:13} gold={r[5]} {(r[6] or '')[:60]}")
print()
for r in sorted(rows, key=lambda r: -r[1])[:30]:
    print(f"  lost {r[0]:5} extra {r[1]:5} {r[2]} {r[3]:<13} told={r[4]!s:13} gold={r[5]} {(r[6] or '')[:60]}")
