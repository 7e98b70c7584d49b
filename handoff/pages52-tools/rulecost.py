"""Per removal rule: gold-line words it removed (cost) vs non-gold words (gain), tune pages by kind."""
import json, re, sys
from pathlib import Path
from collections import defaultdict
D = Path("/work/shared/data/wcxb-dev/ground-truth")
d = json.loads(Path(sys.argv[1]).read_text())
kinds = set(sys.argv[2].split(",")) if len(sys.argv) > 2 else None
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
cost = defaultdict(lambda: [0, 0, set(), set()])
for k, v in d.items():
    g = json.loads((D / f"{k}.json").read_text())
    kind = g["_internal"]["page_type"]["primary"]
    if kinds and kind not in kinds: continue
    gold = " " + norm(g["ground_truth"].get("main_content") or "") + " "
    body = " " + norm(v["body"]) + " "
    for text, rule in v["removed"]:
        n = norm(text)
        if not n: continue
        w = len(n.split())
        if f" {n} " in gold and f" {n} " not in body:
            c = cost[rule]; c[0] += w; c[2].add(k)
        else:
            cost[rule][1] += w
for rule, (bad, good, pb, _) in sorted(cost.items(), key=lambda x: -x[1][0])[:25]:
    print(f"{rule:22} gold words removed {bad:6} on {len(pb):3} pages  | other words {good:7}  {sorted(pb)[:10]}")
