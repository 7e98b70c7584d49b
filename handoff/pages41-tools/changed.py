"""Word F1 of one src/ on the WCXB dev pages whose source names w-condition-invisible (the
only pages the rule can change), summed by half and kind: aggregates only.
usage: PYTHONPATH=SRC:bench python changed.py [--traf]"""
import json, sys
from collections import defaultdict
from pathlib import Path
import wcxb
if "--traf" in sys.argv:
    import trafilatura
    ex = lambda p: trafilatura.extract(p.html, url=p.url) or ""
else:
    from newswire.nlp.boilerplate.clean import clean_html
    ex = lambda p: clean_html(p.html, p.url).body
s = defaultdict(float)
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if "w-condition-invisible" in p.html:
        s[f"{p.half} {p.kind}"] += wcxb.word_f1(p.gold.get("main_content") or "", ex(p))
        s[f"{p.half} n {p.kind}"] += 1
print(json.dumps(dict(sorted(s.items()))))
