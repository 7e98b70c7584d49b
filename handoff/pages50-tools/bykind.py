"""Tune half: per (gold kind, told kind) pages, newswire and trafilatura F1, and newswire's
word precision and recall (where the loss is). usage: bykind.py BASE.json TRAF.json"""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, "/work/wt/pages50/bench")
from wcxb import word_f1
W = re.compile(r"\w+")
D = Path("/work/shared/data/wcxb-dev/ground-truth")
B = json.loads(Path(sys.argv[1]).read_text()); T = json.loads(Path(sys.argv[2]).read_text())
def pr(g, b):
    gc, bc = Counter(W.findall(g.lower())), Counter(W.findall(b.lower()))
    ov = sum((gc & bc).values())
    return (ov / sum(bc.values()) if bc else 0, ov / sum(gc.values()) if gc else 0)
acc = defaultdict(list)
for k, v in B.items():
    g = json.loads((D / f"{k}.json").read_text())
    kind = g["_internal"]["page_type"]["primary"]; gt = g["ground_truth"].get("main_content") or ""
    p, r = pr(gt, v["body"])
    acc[(kind, str(v["kind"]))].append((word_f1(gt, v["body"]), word_f1(gt, T[k]["body"]), p, r))
print(f"{'gold':14}{'told':14}{'n':>4}{'nw':>8}{'traf':>8}{'P':>8}{'R':>8}{'lossnw':>8}")
for key, rows in sorted(acc.items(), key=lambda kv: -sum(1 - r[0] for r in kv[1])):
    n = len(rows); m = lambda i: sum(r[i] for r in rows) / n
    print(f"{key[0]:14}{key[1]:14}{n:4}{m(0):8.3f}{m(1):8.3f}{m(2):8.3f}{m(3):8.3f}{sum(1-r[0] for r in rows):8.1f}")
