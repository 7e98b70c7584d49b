"""usage: lines.py DUMP KIND [extra|missing]: lines of tune pages of a gold kind that the body keeps and gold lacks (extra) or the reverse."""
import json, sys, re
from pathlib import Path
from collections import Counter, defaultdict
from tld import get_fld
D = Path("/work/shared/data/wcxb-dev/ground-truth")
W = re.compile(r"\w+")
d = json.loads(Path(sys.argv[1]).read_text()); kind = sys.argv[2]; mode = sys.argv[3]
tot = Counter(); per = []
for k, v in sorted(d.items()):
    assert int(k) % 2 == 1
    g = json.loads((D / f"{k}.json").read_text())
    if g["_internal"]["page_type"]["primary"] != kind: continue
    gold = g["ground_truth"].get("main_content") or ""
    a, b = (v["body"], gold) if mode == "extra" else (gold, v["body"])
    bb = Counter(w.lower() for w in W.findall(b))
    site = get_fld(g.get("url") or "http://x.invalid", fail_silently=True)
    n = 0; out = []
    for line in a.split("\n"):
        ws = [w.lower() for w in W.findall(line)]
        if not ws: continue
        hit = sum(1 for w in ws if bb[w] > 0) / len(ws)
        if hit < 0.3:
            n += len(ws); out.append(line[:110])
    per.append((n, k, site, out))
per.sort(reverse=True)
for n, k, site, out in per[:int(sys.argv[4]) if len(sys.argv) > 4 else 25]:
    if not n: break
    print(f"== {k} {site} {n} words")
    for l in out[:12]: print("    ", l)
