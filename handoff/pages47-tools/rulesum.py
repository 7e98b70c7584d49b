import json, sys, re
from collections import Counter, defaultdict
from pathlib import Path
import wcxb
W = re.compile(r"\w+")
R = json.loads(Path(sys.argv[1]).read_text()); D = json.loads(Path(sys.argv[2]).read_text())
only = sys.argv[3] if len(sys.argv) > 3 else None
stat = defaultdict(lambda: [0, 0, set(), set()])
ex = defaultdict(list)
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    g = Counter(W.findall((p.gold.get("main_content") or "").lower()))
    body = Counter(W.findall(D[p.key]["body"].lower()))
    left = g - body  # gold words not already in body
    for rule, text in R[p.key]:
        ws = W.findall(text.lower())
        if not ws: continue
        hit = sum(1 for w in ws if left[w] > 0)
        s = stat[rule]
        if hit / len(ws) > 0.5:
            s[0] += len(ws); s[2].add(p.key)
            if only == rule: ex[rule].append((p.key, p.kind, "GOLD", text[:90]))
        else:
            s[1] += len(ws); s[3].add(p.key)
            if only == rule: ex[rule].append((p.key, p.kind, "ok", text[:90]))
for rule, s in sorted(stat.items(), key=lambda x: -x[1][0]):
    print(f"{rule:18} gold-words={s[0]:6} pages={len(s[2]):3}   right-words={s[1]:6} pages={len(s[3]):3}")
for e in ex.get(only, []): print(*e)
