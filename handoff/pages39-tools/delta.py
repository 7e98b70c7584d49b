import json, sys
from collections import defaultdict
b=json.load(open(sys.argv[1]))
for f in sys.argv[2:]:
    v=json.load(open(f))
    d=defaultdict(lambda:[0,0.0,0])
    for k,r in v.items():
        dd=d[(r["gk"],r["told"])]; dd[0]+=1; dd[1]+=r["f1"]-b[k]["f1"]; dd[2]+= abs(r["f1"]-b[k]["f1"])>1e-9
    print(f)
    for (a,t),(n,s,c) in sorted(d.items(), key=lambda x:(str(x[0][1]),x[0][0])):
        if c: print(f"   {a:14}/{str(t):14} pages {n:3} changed {c:3} sum dF1 {s:+.3f}")
