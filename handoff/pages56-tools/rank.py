"""Tune half (odd ids) article pages: rank losses, recall vs precision lost; site."""
import json, sys, re
from pathlib import Path
from collections import Counter
from urllib.parse import urlparse
sys.path.insert(0, "/work/wt/pages56/bench")
from wcxb import word_f1
D = Path("/work/shared/data/wcxb-dev/ground-truth")
W = re.compile(r"\w+")
def bag(t): return Counter(w.lower() for w in W.findall(t or ""))
d = json.loads(Path(sys.argv[1]).read_text()); t = json.loads(Path(sys.argv[2]).read_text())
rows = []
for k, v in d.items():
    assert int(k) % 2 == 1
    g = json.loads((D / f"{k}.json").read_text())
    if g["_internal"]["page_type"]["primary"] != "article": continue
    gold = g["ground_truth"].get("main_content") or ""
    gb, eb = bag(gold), bag(v["body"]); o = sum((gb & eb).values())
    miss = sum(gb.values()) - o; extra = sum(eb.values()) - o
    f = word_f1(gold, v["body"]); tf = word_f1(gold, t[k]["body"])
    rows.append((1 - f, k, miss, extra, sum(gb.values()), tf, v.get("kind"), urlparse(g.get("url") or "").netloc))
rows.sort(reverse=True)
print(len(rows), "articles, loss", round(sum(r[0] for r in rows), 2), "mean F", round(1 - sum(r[0] for r in rows) / len(rows), 4))
print("missing gold words", sum(r[2] for r in rows), "extra words", sum(r[3] for r in rows))
for r in rows[:int(sys.argv[3]) if len(sys.argv) > 3 else 60]:
    print(f"{r[1]} loss={r[0]:.3f} miss={r[2]:5} extra={r[3]:5} gold={r[4]:5} traf={r[5]:.3f} told={r[6]} {r[7]}")
