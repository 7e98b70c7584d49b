"""Tune article pages: body lines not in gold, by position (head/middle/tail) with words."""
import json, re, sys
from pathlib import Path
from collections import Counter
from urllib.parse import urlparse
D = Path("/work/shared/data/wcxb-dev/ground-truth")
d = json.loads(Path(sys.argv[1]).read_text())
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
tot = Counter(); pages = Counter(); ex = {"head": [], "tail": [], "mid": []}
for k, v in sorted(d.items()):
    assert int(k) % 2 == 1
    g = json.loads((D / f"{k}.json").read_text())
    if g["_internal"]["page_type"]["primary"] != "article": continue
    gold = " " + norm(g["ground_truth"].get("main_content") or "") + " "
    if len(gold) < 5: continue
    lines = [l for l in v["body"].split("\n") if norm(l)]
    ing = [f" {norm(l)} " in gold for l in lines]
    if not any(ing): continue
    first = ing.index(True); last = len(ing) - 1 - ing[::-1].index(True)
    seen = set()
    for i, (l, ok) in enumerate(zip(lines, ing)):
        if ok: continue
        pos = "head" if i < first else "tail" if i > last else "mid"
        n = len(norm(l).split()); tot[pos] += n
        if pos not in seen: pages[pos] += 1; seen.add(pos)
        ex[pos].append((k, urlparse(g.get("url") or "").netloc, l[:120]))
print(tot, pages)
for pos in ("head", "tail"):
    print("=====", pos)
    for k, s, l in ex[pos][:int(sys.argv[2])]: print(k, s, "|", l)
