"""trafilatura alone (bench's default call), word F1 by half and kind: aggregates only."""
import wcxb, trafilatura
from pathlib import Path
from collections import defaultdict
s=defaultdict(list)
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    t=trafilatura.extract(p.html,url=p.url) or ""
    s[(p.half,p.kind)].append(wcxb.word_f1(p.gold.get("main_content") or "", t))
for h,label in ((1,"tune"),(0,"check")):
    cells=[sum(s[(h,k)])/len(s[(h,k)]) for k in wcxb.KINDS]
    allv=[x for k in wcxb.KINDS for x in s[(h,k)]]
    print(label, " ".join(f"{k[:8]}={c:.4f}" for k,c in zip(wcxb.KINDS,cells)), f"all={sum(allv)/len(allv):.4f}")
