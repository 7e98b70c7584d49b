"""Per-page P/R for tune-half article pages below 0.96; lines missing / extra."""
import json, sys, re
from collections import Counter
from pathlib import Path
sys.path.insert(0, "/work/wt/pages35/bench")
import wcxb
W = re.compile(r"\w+")
dump = json.load(open(sys.argv[1]))
half = int(sys.argv[2]) if len(sys.argv) > 2 else 1
show = "show" in sys.argv
golds = {}
for f in sorted(Path("/work/shared/data/wcxb-dev/ground-truth").glob("*.json")):
    if f.stem in dump and int(f.stem) % 2 == half:
        golds[f.stem] = json.load(open(f))
def pr(t, p):
    e, g = Counter(W.findall(t.lower())), Counter(W.findall(p.lower()))
    o = sum((e & g).values())
    P = o / sum(g.values()) if g else float(not e)
    R = o / sum(e.values()) if e else float(not g)
    return P, R, (2*P*R/(P+R) if P+R else 0.0), sum((e-g).values()), sum((g-e).values())
def lines_not_in(a, b):
    bw = set(W.findall(b.lower()))
    out = []
    for ln in a.split("\n"):
        ws = W.findall(ln.lower())
        if ws and sum(w in bw for w in ws) / len(ws) < 0.5:
            out.append(ln)
    return out
rows = []
for k, g in golds.items():
    gold = g["ground_truth"].get("main_content") or ""
    d = dump[k]
    P, R, F, lost, added = pr(gold, d["body"])
    tP, tR, tF, tl, ta = pr(gold, d.get("traf", ""))
    rows.append((k, F, P, R, lost, added, tF, tP, tR, tl, ta, g.get("url")))
import statistics
print("pages", len(rows), "newswire", round(statistics.mean(r[1] for r in rows), 4),
      "traf", round(statistics.mean(r[6] for r in rows), 4))
low = [r for r in rows if r[1] < 0.96]
print("below 0.96:", len(low))
for r in sorted(low, key=lambda r: r[1]):
    k = r[0]
    print(f"{k} F={r[1]:.3f} P={r[2]:.2f} R={r[3]:.2f} lost={r[4]} added={r[5]} | traf F={r[6]:.3f} P={r[7]:.2f} R={r[8]:.2f} lost={r[9]} added={r[10]} | {r[11]}")
    if show:
        gold = golds[k]["ground_truth"].get("main_content") or ""
        body = dump[k]["body"]
        for ln in lines_not_in(gold, body)[:8]:
            print("   MISSING:", ln[:160])
        for ln in lines_not_in(body, gold)[:8]:
            print("   EXTRA:  ", ln[:160])
