"""Check half: per-kind means for traf / base / new and per-kind up/down counts; prints no page id or text.

checkscore.py TRAF.json BASE.json NEW.json [BASE_NAME NEW_NAME]: three dumps of the WCXB dev check half
(pages54's and pages56's copies, one tool from round forty); run from a worktree (its bench/ is read)."""
import json, sys
from pathlib import Path
from collections import Counter
sys.path.insert(0, str(Path.cwd() / "bench"))
from wcxb import word_f1, KINDS
D = Path("/work/shared/data/wcxb-dev/ground-truth")
names = sys.argv[1:4]
dumps = [json.loads(Path(a).read_text()) for a in names]
keys = sorted(dumps[1]); assert all(int(k) % 2 == 0 for k in keys)
gold = {}
for k in keys:
    g = json.loads((D / f"{k}.json").read_text())
    gold[k] = (g["_internal"]["page_type"]["primary"], g["ground_truth"].get("main_content") or "")
f = [{k: word_f1(gold[k][1], (d[k] if isinstance(d[k], str) else d[k]["body"])) for k in keys} for d in dumps]
print(f"{'':10}" + "".join(f"{k[:8]:>9}" for k in KINDS) + "      all")
for name, fi in zip(["traf", *(sys.argv[4:6] or ["base", "new"])], f):
    cells = [sum(fi[k] for k in keys if gold[k][0] == kind) / max(1, sum(1 for k in keys if gold[k][0] == kind)) for kind in KINDS]
    print(f"{name:10}" + "".join(f"{c:9.4f}" for c in cells) + f"{sum(fi.values())/len(fi):9.4f}")
up, down = Counter(), Counter(); s = Counter()
for k in keys:
    d = f[2][k] - f[1][k]
    if d > 1e-9: up[gold[k][0]] += 1
    if d < -1e-9: down[gold[k][0]] += 1
    s[gold[k][0]] += d
print("changed", sum(up.values()) + sum(down.values()), "up", sum(up.values()), "down", sum(down.values()), f"sum {sum(s.values()):+.4f}")
for kind in KINDS: print(f"  {kind:14} up {up[kind]} down {down[kind]} sum {s[kind]:+.4f}")
