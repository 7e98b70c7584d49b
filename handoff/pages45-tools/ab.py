"""Tune pages with JSON-LD articleBody: trim body lines after the last (and before the first)
line found in articleBody; F1 before/after (text-level estimate)."""
import json, re, sys
from pathlib import Path
import wcxb
from lxml import html as lh
d = json.load(open("/tmp/pages45/base-tune.json"))
W = re.compile(r"\w+")
def norm(s): return " ".join(W.findall(s.lower()))
def bodies(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "articleBody" and isinstance(v, str): yield v
            else: yield from bodies(v)
    elif isinstance(obj, list):
        for v in obj: yield from bodies(v)
tot = [0, 0.0, 0.0]
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or "articleBody" not in p.html: continue
    t = lh.fromstring(p.html)
    ab = ""
    for s in t.xpath("//script[@type='application/ld+json']"):
        try: ab += " ".join(bodies(json.loads(s.text or "")))
        except Exception: pass
    ab = norm(ab)
    if len(ab.split()) < 100: continue
    lines = d[p.key]["body"].splitlines()
    found = [i for i, l in enumerate(lines) if len(norm(l).split()) >= 4 and norm(l) in ab]
    if not found: 
        print(p.key, p.kind, "no line in articleBody", len(ab.split())); continue
    new = "\n".join(lines[: found[-1] + 1])
    g = p.gold.get("main_content") or ""
    a, b = wcxb.word_f1(g, d[p.key]["body"]), wcxb.word_f1(g, new)
    tot[0] += 1; tot[1] += a; tot[2] += b
    print(p.key, p.kind, d[p.key]["kind"], f"{a:.3f} -> {b:.3f}", "cut lines", len(lines) - found[-1] - 1, "ab words", len(ab.split()))
print(tot[0], "pages", f"sum delta {tot[2]-tot[1]:+.3f}")
