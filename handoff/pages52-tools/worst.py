"""usage: worst.py DUMP.json [N]: tune pages by F1 loss, with P, R, kind, site."""
import json, sys, re
from pathlib import Path
from collections import Counter
sys.path.insert(0, "/work/wt/pages52/bench")
D = Path("/work/shared/data/wcxb-dev/ground-truth")
W = re.compile(r"\w+")
def bag(t): return Counter(w.lower() for w in W.findall(t or ""))
d = json.loads(Path(sys.argv[1]).read_text())
n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
rows = []
for k, v in d.items():
    g = json.loads((D / f"{k}.json").read_text())
    kind = g["_internal"]["page_type"]["primary"]
    gold, got = bag(g["ground_truth"].get("main_content")), bag(v["body"])
    ov = sum((gold & got).values()); P = ov / max(1, sum(got.values())); R = ov / max(1, sum(gold.values()))
    F = 2 * P * R / (P + R) if P + R else 0
    rows.append((1 - F, k, kind, P, R, g.get("url", "")[:70]))
for loss, k, kind, P, R, url in sorted(rows, reverse=True)[:n]:
    print(f"{k} {kind:<13} F={1-loss:.3f} P={P:.3f} R={R:.3f} {url}")
