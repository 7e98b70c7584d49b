"""Tune page only: print body lines marking words absent from gold. usage: extra.py DUMP KEY [N]"""
import json, sys, re, gzip
from collections import Counter
from pathlib import Path
W = re.compile(r"\w+")
d = json.loads(Path(sys.argv[1]).read_text()); key = sys.argv[2]
assert int(key) % 2 == 1, "tune pages only"
g = json.load(open(f"/work/shared/data/wcxb-dev/ground-truth/{key}.json"))
gold = Counter(W.findall((g["ground_truth"].get("main_content") or "").lower()))
v = d[key]; body = v if isinstance(v, str) else v["body"]
if not isinstance(v, str): print("kind told:", v["kind"], "| title:", v["title"])
print("gold kind", g["_internal"]["page_type"]["primary"], "gold words", sum(gold.values()), "pred words", len(W.findall(body)))
n = int(sys.argv[3]) if len(sys.argv) > 3 else 80
left = Counter(gold)
for line in body.splitlines()[:n]:
    ws = W.findall(line.lower()); miss = 0
    for w in ws:
        if left[w] > 0: left[w] -= 1
        else: miss += 1
    mark = "XX" if ws and miss / len(ws) > 0.5 else "  "
    print(mark, line[:160])
