import json, sys, statistics
from pathlib import Path
sys.path.insert(0, "/work/wt/pages35/bench")
import wcxb
base = json.load(open("base_art.json")); base.update(json.load(open("base_rest.json")))
new = json.load(open(sys.argv[1]))
gt = {}
for f in Path("/work/shared/data/wcxb-dev/ground-truth").glob("*.json"):
    d = json.load(open(f)); gt[f.stem] = (d["_internal"]["page_type"]["primary"], d["ground_truth"].get("main_content") or "")
for half, label in ((1, "tune"), (0, "check")):
    keys = [k for k in new if int(k) % 2 == half and k in base]
    print(label, len(keys))
    for kind in wcxb.KINDS + ("all",):
        ks = [k for k in keys if kind == "all" or gt[k][0] == kind]
        b = {k: wcxb.word_f1(gt[k][1], base[k]["body"]) for k in ks}
        n = {k: wcxb.word_f1(gt[k][1], new[k]["body"]) for k in ks}
        ch = [k for k in ks if new[k]["body"] != base[k]["body"]]
        up = sum(n[k] > b[k] + 1e-9 for k in ch); down = sum(n[k] < b[k] - 1e-9 for k in ch)
        print(f"  {kind:<14} {len(ks):>4}  base {statistics.mean(b.values()):.4f}  new {statistics.mean(n.values()):.4f}  d {statistics.mean(n.values())-statistics.mean(b.values()):+.4f}  changed {len(ch)} up {up} down {down}")
        if half == 1 and "v" in sys.argv and kind != "all":
            for k in ch: print("      ", k, "%.3f -> %.3f" % (b[k], n[k]), new[k]["kind"])
