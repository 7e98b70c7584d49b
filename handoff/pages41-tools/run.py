"""Per-page newswire and trafilatura-alone scores on one WCXB dev half (throwaway).
usage: PYTHONPATH=src:bench python run.py HALF(1|0) OUT [--traf]
Check-half files (HALF 0) are read only as kind means (agg.py)."""
import json, os, re, sys
from collections import Counter
from pathlib import Path
import wcxb
half, out = int(sys.argv[1]), sys.argv[2]
traf = "--traf" in sys.argv
W = re.compile(r"\w+")
def pr(g, t):
    e, x = Counter(W.findall(g.lower())), Counter(W.findall(t.lower()))
    o = sum((e & x).values())
    return (o / sum(x.values()) if x else float(not e)), (o / sum(e.values()) if e else float(not x))
if traf:
    import trafilatura
    ex = lambda p: (trafilatura.extract(p.html, url=p.url) or "", None)
else:
    from newswire.nlp.boilerplate.clean import clean_html
    def ex(p):
        c = clean_html(p.html, p.url)
        return c.body, c.page_kind
res = {}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != half:
        continue
    body, told = ex(p)
    gold = p.gold.get("main_content") or ""
    P, R = pr(gold, body)
    r = {"gk": p.kind, "told": told, "f1": wcxb.word_f1(gold, body), "P": P, "R": R, "url": p.url}
    if half == 1:
        r["body"] = body
    res[p.key] = r
json.dump(res, open(out, "w"))
