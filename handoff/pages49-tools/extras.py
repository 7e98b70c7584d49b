"""Tune half, one gold kind: body lines the gold lacks, by place (head: before the first
gold line, tail: after the last, middle) and size, with pages and sites.
usage: extras.py BASE.json KIND [PLACE]"""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
import wcxb
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text()); kind = sys.argv[2]; show = sys.argv[3] if len(sys.argv) > 3 else None
cw = Counter(); cp = defaultdict(set); ex = defaultdict(list)
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind != kind: continue
    gold = Counter(W.findall((p.gold.get("main_content") or "").lower()))
    left = Counter(gold); marks = []
    lines = [l for l in B[p.key]["body"].splitlines() if W.search(l)]
    for line in lines:
        ws = W.findall(line.lower()); miss = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1
            else: miss += 1
        marks.append(miss / len(ws) > 0.5)
    good = [i for i, m in enumerate(marks) if not m]
    if not good: continue
    for i, (line, m) in enumerate(zip(lines, marks)):
        if not m: continue
        place = "head" if i < good[0] else "tail" if i > good[-1] else "middle"
        n = len(W.findall(line)); size = "short<=4" if n <= 4 else "long"
        c = f"{place}/{size}"
        cw[c] += n; cp[c].add(p.site); ex[c].append((p.key, line[:110]))
for c, w in cw.most_common(): print(f"{c:<16} words {w:6} sites {len(cp[c]):4}")
if show:
    for e in ex[show]: print(" ", *e)
