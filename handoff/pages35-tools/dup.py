import json, sys, re
from collections import Counter
from pathlib import Path
W = re.compile(r"\w+")
dump = json.load(open(sys.argv[1])); half=int(sys.argv[2]); key=sys.argv[3] if len(sys.argv)>3 else "body"
tot=Counter()
for f in sorted(Path("/work/shared/data/wcxb-dev/ground-truth").glob("*.json")):
    if f.stem not in dump or int(f.stem)%2!=half: continue
    gold=json.load(open(f))["ground_truth"].get("main_content") or ""
    e,g=Counter(W.findall(gold.lower())),Counter(W.findall(dump[f.stem][key].lower()))
    extra=g-e
    novel=sum(v for w,v in extra.items() if w not in e); surplus=sum(extra.values())-novel
    # duplicated lines in output
    lines=[l.strip() for l in dump[f.stem][key].split("\n") if len(W.findall(l))>=4]
    c=Counter(lines); dupw=sum(len(W.findall(l))*(n-1) for l,n in c.items() if n>1)
    gl=Counter(l.strip() for l in gold.split("\n") if len(W.findall(l))>=4)
    dupw_notgold=sum(len(W.findall(l))*(n-max(1,gl.get(l,0))) for l,n in c.items() if n>max(1,gl.get(l,0)))
    tot["novel"]+=novel; tot["surplus"]+=surplus; tot["lost"]+=sum((e-g).values()); tot["duplines_words"]+=dupw_notgold
    if dupw_notgold>30 and "v" in sys.argv: print(f.stem, dupw_notgold, [l[:60] for l,n in c.items() if n>1][:3])
print(dict(tot))
