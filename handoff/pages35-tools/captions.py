import json, sys, re, gzip
from collections import Counter
from pathlib import Path
from lxml import html as lh
W = re.compile(r"\w+")
dump = json.load(open(sys.argv[1])); half = int(sys.argv[2]); key = sys.argv[3]
D = Path("/work/shared/data/wcxb-dev")
def norm(s): return " ".join(W.findall(s.lower()))
c = Counter(); pages = Counter()
for f in sorted((D / "ground-truth").glob("*.json")):
    k = f.stem
    if k not in dump or int(k) % 2 != half: continue
    gold = norm(json.load(open(f))["ground_truth"].get("main_content") or "")
    body = norm(dump[k][key])
    with gzip.open(D / "html" / f"{k}.html.gz", "rt", encoding="utf-8") as fh:
        tree = lh.fromstring(fh.read())
    seen = set()
    for fc in tree.iter("figcaption"):
        t = norm(fc.text_content())
        if len(t.split()) < 4 or t in seen: continue
        seen.add(t)
        ing, inb = t in gold, t in body
        c[(ing, inb)] += len(t.split())
        pages[(ing, inb)] += 1
        if "v" in sys.argv and not ing and inb: print("  ", k, t[:80])
print(key, "caption words (in gold, in body):", dict(c), "captions:", dict(pages))
