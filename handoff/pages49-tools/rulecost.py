"""Tune half: for one removal rule, each page's removed lines split into gold (cost) and
non-gold (gain) words. usage: rulecost.py BASE.json RULE [KIND]"""
import json, re, sys
from collections import Counter
from pathlib import Path
import wcxb
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text()); rule = sys.argv[2]
kind = sys.argv[3] if len(sys.argv) > 3 else None
tot = Counter(); pages = []
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or (kind and p.kind != kind): continue
    lines = [t for t, r in B[p.key].get("removed", []) if r == rule]
    if not lines: continue
    gold = Counter(W.findall((p.gold.get("main_content") or "").lower()))
    body = Counter(W.findall(B[p.key]["body"].lower()))
    left = gold - body   # gold words the body does not already hold
    g = n = 0
    for line in lines:
        ws = W.findall(line.lower()); hit = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1; hit += 1
        g += hit; n += len(ws) - hit
    tot["gold"] += g; tot["other"] += n
    pages.append((g - n, p.key, p.kind, g, n, len(lines), p.site, lines[0][:70]))
print(rule, dict(tot), "pages", len(pages), "sites", len({r[6] for r in pages}))
for r in sorted(pages, reverse=True): print(" ", *r)
