import json, sys
from pathlib import Path
sys.path.insert(0, "/work/wt/pages48/bench")
from wcxb import word_f1, KINDS
D = Path("/work/shared/data/wcxb-dev/ground-truth")
B = json.loads(Path("base_tune.json").read_text()); T = json.loads(Path("traf_tune.json").read_text())
gold = {}
for k in B:
    g = json.loads((D / f"{k}.json").read_text())
    gold[k] = (g["_internal"]["page_type"]["primary"], g["ground_truth"].get("main_content") or "")
rows = {"base48": {k: word_f1(gold[k][1], B[k]["body"]) for k in B}}
for v in T[next(iter(T))]:
    rows["traf " + v] = {k: word_f1(gold[k][1], T[k][v]) for k in B}
def table(group, label):
    groups = sorted({str(group(k)) for k in B})
    print(f"\nby {label}: " + " ".join(f"{g[:9]:>9}" for g in groups))
    print(" " * 14 + " ".join(f"{sum(1 for k in B if str(group(k)) == g):>9}" for g in groups))
    for name, f in rows.items():
        print(f"{name:<14}" + " ".join(f"{sum(f[k] for k in B if str(group(k)) == g) / sum(1 for k in B if str(group(k)) == g):9.4f}" for g in groups))
table(lambda k: gold[k][0], "gold kind")
table(lambda k: B[k]["kind"], "told page_kind")
# best-of oracle per told kind
