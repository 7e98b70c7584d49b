"""Per-page clean_html bodies for WCXB dev, one variant (monkeypatch) at a time.
usage: PYTHONPATH=src:bench python run.py VARIANT HALF(1|0) OUT [keys-file]
Stores per-page scores (and for half 1 bodies). Check-half files are read only by agg.py."""
import json, sys, os, re
from collections import Counter
from pathlib import Path
import wcxb
variant, half, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
only = set(open(sys.argv[4]).read().split()) if len(sys.argv) > 4 else None
import variants
variants.apply(variant)
from newswire.nlp.boilerplate.clean import clean_html
W = re.compile(r"\w+")
def pr(t, p):
    e, g = Counter(W.findall(t.lower())), Counter(W.findall(p.lower()))
    o = sum((e & g).values())
    P = o / sum(g.values()) if g else float(not e)
    R = o / sum(e.values()) if e else float(not g)
    return P, R
res = {}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != half or (only is not None and p.key not in only):
        continue
    c = clean_html(p.html, p.url)
    gold = p.gold.get("main_content") or ""
    P, R = pr(gold, c.body)
    r = {"gk": p.kind, "told": c.page_kind, "f1": wcxb.word_f1(gold, c.body), "P": P, "R": R,
         "url": p.url}
    if half == 1:
        r["body"] = c.body
    res[p.key] = r
json.dump(res, open(out, "w"))
