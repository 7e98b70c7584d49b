"""per gold kind on tune: mean P, R, F; pages with low R vs low P; by told kind."""
import json, sys, re
from pathlib import Path
from collections import Counter, defaultdict
sys.path.insert(0, "/work/wt/pages54/bench")
from wcxb import word_f1, KINDS
D = Path("/work/shared/data/wcxb-dev/ground-truth")
W = re.compile(r"\w+")
def bag(t): return Counter(w.lower() for w in W.findall(t or ""))
def pr(g, e):
    g, e = bag(g), bag(e); o = sum((g & e).values())
    return (o / sum(e.values()) if e else 0, o / sum(g.values()) if g else 0)
d = json.loads(Path(sys.argv[1]).read_text())
t = json.loads(Path(sys.argv[2]).read_text()) if len(sys.argv) > 2 else None
rows = defaultdict(list)
for k, v in d.items():
    assert int(k) % 2 == 1
    g = json.loads((D / f"{k}.json").read_text())
    kind = g["_internal"]["page_type"]["primary"]; gold = g["ground_truth"].get("main_content") or ""
    p, r = pr(gold, v["body"]); f = word_f1(gold, v["body"])
    tf = word_f1(gold, t[k]["body"]) if t else 0
    rows[kind].append((k, v.get("kind"), p, r, f, tf, g.get("url") or ""))
for kind in KINDS:
    rs = rows[kind]; n = len(rs)
    if not n: continue
    lostR = sum(1 - r[3] for r in rs); lostP = sum(1 - r[2] for r in rs)
    told = Counter(r[1] for r in rs)
    print(f"{kind:14} n={n:3} F={sum(r[4] for r in rs)/n:.3f} traf={sum(r[5] for r in rs)/n:.3f} P={sum(r[2] for r in rs)/n:.3f} R={sum(r[3] for r in rs)/n:.3f} lossF={sum(1-r[4] for r in rs):.1f} lowR={sum(r[3]<.7 for r in rs)} lowP={sum(r[2]<.7 for r in rs)} told={dict(told)}")
