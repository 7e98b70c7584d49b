import json,re,sys
from pathlib import Path
from collections import Counter
D=Path('/work/shared/data/wcxb-dev/ground-truth')
d=json.load(open(sys.argv[1]))
norm=lambda s:" ".join(re.findall(r"\w+",s.lower()))
def runs(lines):
    """runs of >=3 consecutive lines each repeated exactly later in the body"""
    out=[];i=0;n=len(lines)
    while i<n:
        j=i
        while j<n and norm(lines[j]) and any(norm(lines[j])==norm(x) for x in lines[j+1:]) : j+=1
        if j-i>=3: out.append((i,j))
        i=max(j,i+1)
    return out
for k in sorted(d):
    g=json.loads((D/f'{k}.json').read_text())
    kind=g['_internal']['page_type']['primary']
    lines=[l.lstrip('- ').strip() for l in d[k]['body'].splitlines()]
    gold=g['ground_truth'].get('main_content') or ''
    gc=Counter(norm(l.strip('#*- ')) for l in gold.splitlines())
    for i,j in runs(lines):
        run=lines[i:j]
        # gold keeps the TOC if each line appears >=2 times in gold
        kept=sum(1 for l in run if gc.get(norm(l),0)>=2)
        print(k,kind[:8],f"at {i}/{len(lines)} len {j-i} goldtwice {kept}", ' | '.join(run)[:150])
