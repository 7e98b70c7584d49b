"""Tune half, simulated on a dump: drop body lines repeating an earlier line (words >= N) on
pages told KIND (None: untold, not a headline URL); score by gold kind, pages up/down.
usage: simrep.py BASE.json TOLD MINWORDS"""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, "/work/wt/pages50/bench"); sys.path.insert(0, "/work/wt/pages50/src")
import wcxb
from newswire.nlp.boilerplate.page_kind import headline_slug
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text()); told = sys.argv[2]; mw = int(sys.argv[3])
def dedupe(body):
    seen = set(); out = []
    for line in body.splitlines():
        k = " ".join(W.findall(line.lower()))
        if k and k in seen and len(k.split()) >= mw: continue
        seen.add(k); out.append(line)
    return "\n".join(out)
old = defaultdict(list); new = defaultdict(list); ch = []
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    b = B[p.key]; g = p.gold.get("main_content") or ""
    f0 = wcxb.word_f1(g, b["body"]); f1 = f0
    if str(b["kind"]) == told and not (told == "None" and headline_slug(p.url)):
        f1 = wcxb.word_f1(g, dedupe(b["body"]))
    old[p.kind].append(f0); new[p.kind].append(f1)
    if abs(f1 - f0) > 1e-9: ch.append((f1 - f0, p.key, p.kind, p.site))
for k in wcxb.KINDS:
    print(f"{k:14} {sum(old[k])/len(old[k]):.4f} -> {sum(new[k])/len(new[k]):.4f}")
a0 = sum(map(sum, old.values())) / 742; a1 = sum(map(sum, new.values())) / 742
print(f"all {a0:.4f} -> {a1:.4f}; changed {len(ch)}: up {sum(d>0 for d,*_ in ch)} ({len({s for d,_,_,s in ch if d>0})} sites) down {sum(d<0 for d,*_ in ch)}")
for d, k, kind, site in sorted(ch)[:8] + sorted(ch)[-8:]: print(f"  {k} {kind:13} {site:28} {d:+.4f}")
