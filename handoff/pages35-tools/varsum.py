import json, sys, re, statistics
from collections import Counter
from pathlib import Path
sys.path.insert(0, "/work/wt/pages35/bench")
import wcxb
W = re.compile(r"\w+")
var = json.load(open(sys.argv[1])); nw = json.load(open(sys.argv[2]))
golds = {f.stem: json.load(open(f))["ground_truth"].get("main_content") or "" for f in Path("/work/shared/data/wcxb-dev/ground-truth").glob("*.json") if f.stem in var}
def n(t): return len(W.findall(t))
for half, label in ((1, "tune"), (0, "check")):
    keys = [k for k in var if int(k) % 2 == half]
    out = {name: statistics.mean(wcxb.word_f1(golds[k], var[k][name]) for k in keys) for name in ("default", "recall", "precision", "images")}
    out["newswire"] = statistics.mean(wcxb.word_f1(golds[k], nw[k]["body"]) for k in keys)
    print(label, len(keys), {a: round(b, 4) for a, b in out.items()})
    for a in (0.2, 0.35, 0.5, 0.7):
        sw = [k for k in keys if n(var[k]["default"]) < a * n(var[k]["recall"])]
        # delta if newswire body replaced by recall extraction on switched pages (approximation)
        d_nw = sum(wcxb.word_f1(golds[k], var[k]["recall"]) - wcxb.word_f1(golds[k], nw[k]["body"]) for k in sw)
        d_tr = sum(wcxb.word_f1(golds[k], var[k]["recall"]) - wcxb.word_f1(golds[k], var[k]["default"]) for k in sw)
        print(f"  recall when default < {a} x recall words: {len(sw)} pages, sum dF1 vs newswire {d_nw:+.2f}, vs traf default {d_tr:+.2f}; mean {d_nw/len(keys):+.4f}")
