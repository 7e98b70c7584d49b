import re,sys
rows=[]
for ln in open(sys.argv[1]):
    m=re.match(r"(\d+) F=([\d.]+) P=([\d.]+) R=([\d.]+) lost=(\d+) added=(\d+) \| traf F=([\d.]+) P=([\d.]+) R=([\d.]+) lost=(\d+) added=(\d+)",ln)
    if m: rows.append([m.group(1)]+[float(x) for x in m.groups()[1:]])
def kind(P,R,F):
    if F==0: return "empty/zero"
    return "precision" if (1-P)>(1-R) else "recall"
from collections import defaultdict
agg=defaultdict(lambda:[0,0.0,0,0,0,0.0,0])
for r in rows:
    k,F,P,R,lo,ad,tF,tP,tR,tlo,tad=r
    c=kind(P,R,F); a=agg[c]
    a[0]+=1; a[1]+=1-F; a[2]+=lo; a[3]+=ad
    tc = "traf loses same side" if (tF<0.96 and kind(tP,tR,tF)==c) else ("traf ok (>=0.96)" if tF>=0.96 else "traf loses other side")
    a[4]+= tc=="traf loses same side"; a[5]+=1-tF; a[6]+= tF>=0.96
for c,a in agg.items(): print(c, "pages",a[0],"sum(1-F)",round(a[1],2),"words lost",a[2],"added",a[3],"| traf same side",a[4],"traf>=0.96",a[6],"traf sum(1-F)",round(a[5],2))
