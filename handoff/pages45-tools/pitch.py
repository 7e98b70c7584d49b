"""Tune pages: closing lines naming the site's brand and addressing the reader; in gold or not."""
import json, sys, re
from pathlib import Path
from collections import Counter
import wcxb
from tld import get_tld
W = re.compile(r"\w+")
YOU = re.compile(r"\b(?:you|your|yours|us|our|we)\b", re.I)
d = json.loads(Path("/tmp/pages45/base-tune.json").read_text())
tail = int(sys.argv[1]) if len(sys.argv) > 1 else 6
good = bad = 0; pages = Counter()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or not p.url: continue
    if d[p.key]["kind"] not in ("article", None): continue
    try:
        label = get_tld(p.url, as_object=True).domain.lower()
    except Exception: continue
    if len(label) < 4: continue
    gold = p.gold.get("main_content") or ""
    lines = [l for l in d[p.key]["body"].splitlines() if l.strip()]
    for i, line in enumerate(lines[-tail:]):
        squashed = re.sub(r"[^a-z0-9]", "", line.lower())
        if label in squashed and YOU.search(line) and len(W.findall(line)) >= 6:
            ing = line[:60] in gold
            good += not ing; bad += ing; pages[(p.key, ing)] += 1
            print(p.key, p.kind, "GOLD" if ing else "xtra", "|", line[:130])
print("not in gold", good, "in gold", bad)
