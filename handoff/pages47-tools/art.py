import json, wcxb, sys, re
from pathlib import Path
from collections import Counter
W=re.compile(r"\w+")
A=json.load(open(sys.argv[1])); kind=sys.argv[2]
def prf(g,b):
    e,p=Counter(W.findall(g.lower())),Counter(W.findall(b.lower()))
    if not e and not p: return 1,1,1
    o=sum((e&p).values())
    if not o: return 0,0,0
    P,R=o/sum(p.values()),o/sum(e.values()); return 2*P*R/(P+R),P,R
rows=[]
for p in wcxb.load(Path('/work/shared/data/wcxb-dev')):
    if p.half!=1 or p.kind!=kind: continue
    g=p.gold.get('main_content') or ''
    f,P,R=prf(g,A[p.key]['body'])
    rows.append((1-f,p.key,A[p.key]['kind'],P,R,len(W.findall(g)),len(W.findall(A[p.key]['body'])),p.url))
rows.sort(reverse=True)
print('n',len(rows),'loss',round(sum(r[0] for r in rows),2))
for r in rows[:int(sys.argv[3])]:
    print(f"{r[1]} told={r[2]!s:13} F={1-r[0]:.3f} P={r[3]:.3f} R={r[4]:.3f} gw={r[5]} pw={r[6]} {(r[7] or '')[:80]}")
