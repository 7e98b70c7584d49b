"""Aggregates only: mean word F1 by gold kind of page for each dump (no per-page output)."""
import json, sys
from pathlib import Path
sys.path.insert(0, "/work/wt/pages48/bench")
from wcxb import word_f1, KINDS
D = Path("/work/shared/data/wcxb-dev/ground-truth")
def body(v): return v if isinstance(v, str) else (v["body"] if "body" in v else v["def"])
dumps = [(a.split("=")[0], json.loads(Path(a.split("=")[1]).read_text())) for a in sys.argv[1:]]
keys = sorted(dumps[0][1])
gold = {}
for k in keys:
    g = json.loads((D / f"{k}.json").read_text())
    gold[k] = (g["_internal"]["page_type"]["primary"], g["ground_truth"].get("main_content") or "")
print(f"{len(keys)} pages" + " " * 16 + "".join(f"{k[:8]:>9}" for k in KINDS) + "      all")
for name, d in dumps:
    f = {k: word_f1(gold[k][1], body(d[k])) for k in keys}
    cells = [sum(f[k] for k in keys if gold[k][0] == kind) / sum(1 for k in keys if gold[k][0] == kind) for kind in KINDS]
    print(f"  {name:<24}" + "".join(f"{c:9.3f}" for c in cells) + f"{sum(f.values()) / len(f):9.3f}")
