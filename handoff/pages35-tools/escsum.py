import json, sys, re, statistics
from pathlib import Path
sys.path.insert(0, "/work/wt/pages35/bench")
import wcxb
W = re.compile(r"\w+")
esc = json.load(open(sys.argv[1])); var = json.load(open(sys.argv[2]))
golds = {f.stem: json.load(open(f))["ground_truth"].get("main_content") or "" for f in Path("/work/shared/data/wcxb-dev/ground-truth").glob("*.json") if f.stem in esc}
for half, label in ((1, "tune"), (0, "check")):
    keys = [k for k in esc if int(k) % 2 == half]
    base = {k: wcxb.word_f1(golds[k], var[k]["default"]) for k in keys}
    print(label, len(keys), "default %.4f" % statistics.mean(base.values()))
    for name in ("cap_off", "cap_off_03"):
        f = {k: wcxb.word_f1(golds[k], esc[k][name]) for k in keys}
        ch = [k for k in keys if esc[k][name] != var[k]["default"]]
        print(f"  {name}: {statistics.mean(f.values()):.4f}  changed pages {len(ch)}  sum dF1 {sum(f[k]-base[k] for k in ch):+.2f}  up {sum(f[k]>base[k]+1e-9 for k in ch)} down {sum(f[k]<base[k]-1e-9 for k in ch)}")
        if half == 1 and "v" in sys.argv:
            for k in ch: print("    ", k, "%.3f -> %.3f" % (base[k], f[k]))
