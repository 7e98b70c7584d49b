import json, sys, re
from collections import Counter
from pathlib import Path
W = re.compile(r"\w+")
dump = json.load(open(sys.argv[1])); half = int(sys.argv[2]); key = sys.argv[3]
tot = Counter(); pages = Counter(); PR = Counter()
for f in sorted(Path("/work/shared/data/wcxb-dev/ground-truth").glob("*.json")):
    k = f.stem
    if k not in dump or int(k) % 2 != half: continue
    gold = json.load(open(f))["ground_truth"].get("main_content") or ""
    body = dump[k][key]
    e, g = Counter(W.findall(gold.lower())), Counter(W.findall(body.lower()))
    o = sum((e & g).values())
    P = o / sum(g.values()) if g else float(not e); R = o / sum(e.values()) if e else float(not g)
    PR["n"] += 1; PR["P"] += P; PR["R"] += R
    bw = set(W.findall(body.lower()))
    gl = [ln for ln in gold.split("\n") if W.findall(ln)]
    found = [sum(w in bw for w in W.findall(ln.lower())) / len(W.findall(ln)) >= 0.5 for ln in gl]
    if not any(found):
        tot["all missing"] += sum(len(W.findall(l)) for l in gl); pages["all missing"] += 1; continue
    first = found.index(True); last = len(found) - 1 - found[::-1].index(True)
    seen = set()
    for i, (ln, ok) in enumerate(zip(gl, found)):
        if ok: continue
        pos = "head" if i < first else "tail" if i > last else "middle"
        tot[pos] += len(W.findall(ln)); seen.add(pos)
    for s in seen: pages[s] += 1
print(key, "mean P %.4f R %.4f over %d pages" % (PR["P"]/PR["n"], PR["R"]/PR["n"], PR["n"]))
print(key, "missing gold words by place:", dict(tot), "pages:", dict(pages))
