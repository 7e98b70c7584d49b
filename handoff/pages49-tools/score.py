"""usage: score.py A.json [B.json ...]: per gold kind mean word F1 of the half the dumps hold;
with two dumps, the pages that changed."""
import json, sys, gzip
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))  # the checkout's bench
from wcxb import word_f1, KINDS
D = Path("/work/shared/data/wcxb-dev/ground-truth")
def body(v): return v if isinstance(v, str) else v["body"]
dumps = [json.loads(Path(a).read_text()) for a in sys.argv[1:]]
keys = sorted(dumps[0])
gold = {}
for k in keys:
    g = json.loads((D / f"{k}.json").read_text())
    gold[k] = (g["_internal"]["page_type"]["primary"], g["ground_truth"].get("main_content") or "")
f = [{k: word_f1(gold[k][1], body(d[k])) for k in keys} for d in dumps]
print(f"{'':10}" + "".join(f"{k[:8]:>9}" for k in KINDS) + "      all")
for name, fi in zip(sys.argv[1:], f):
    cells = []
    for kind in KINDS:
        v = [fi[k] for k in keys if gold[k][0] == kind]
        cells.append(sum(v) / len(v) if v else 0)
    print(f"{Path(name).stem[:10]:10}" + "".join(f"{c:9.4f}" for c in cells) + f"{sum(fi.values())/len(fi):9.4f}")
if len(f) == 2:
    ch = [(f[1][k] - f[0][k], k) for k in keys if abs(f[1][k] - f[0][k]) > 1e-9]
    print(len(ch), "changed:", sum(1 for d, _ in ch if d > 0), "up", sum(1 for d, _ in ch if d < 0), "down")
    for d, k in sorted(ch):
        print(f"  {k} {gold[k][0]:<14} {f[0][k]:.4f} -> {f[1][k]:.4f} ({d:+.4f})")
