"""Tune half: closing lines of the body that read as a call to action; is each in the gold?
usage: cta.py BASE.json KIND LASTN"""
import json, re, sys
from collections import Counter
from pathlib import Path
import wcxb
W = re.compile(r"\w+")
CTA = re.compile(r"\b(free (trial|demo|quote|consultation|estimate)|book a (free )?(demo|call|consultation)|"
                 r"request a (quote|demo)|get (a |your )?(free )?quote|get started|sign up|start (your|a) free|"
                 r"contact us|schedule a|try .{0,20} for free|subscribe|learn more about (us|our)|"
                 r"ready to (grow|get|start|take))\b", re.I)
B = json.loads(Path(sys.argv[1]).read_text()); kind = sys.argv[2]; lastn = int(sys.argv[3])
res = Counter(); sites = {True: set(), False: set()}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or (kind != "all" and p.kind != kind): continue
    g = " ".join(W.findall((p.gold.get("main_content") or "").lower()))
    lines = [l for l in B[p.key]["body"].splitlines() if W.search(l)]
    for line in lines[-lastn:]:
        if CTA.search(line) and len(W.findall(line)) <= 60:
            ingold = " ".join(W.findall(line.lower())) in g
            res[ingold] += 1; sites[ingold].add(p.site)
            print(f"  {'GOLD' if ingold else 'drop'} {p.key} {line[:120]}")
print({k: (v, len(sites[k])) for k, v in res.items()})
