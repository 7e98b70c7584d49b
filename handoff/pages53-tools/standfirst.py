"""usage: PYTHONPATH=SRC:bench python standfirst.py KEYS: the blocks around each `standfirst`
verdict on tune pages: tag, text, whether in the gold, the page's meta description."""
import re, sys
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate import html as html_, html_blocks as hb
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
keys = set(sys.argv[1].split(","))
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.key not in keys or p.half != 1:
        continue
    ex = html_.extract(p.html, p.url)
    v = hb.verdicts(ex, frozenset())
    gold = " " + norm(p.gold.get("main_content") or "") + " "
    for i, vi in enumerate(v):
        if vi is None or vi.rule != "standfirst":
            continue
        print("==", p.key, "gold starts:", (p.gold.get("main_content") or "")[:100].replace("\n", " / "))
        for j in range(max(0, i - 1), min(len(v), i + 3)):
            b = ex.blocks[j]
            print(f"  [{b.tag}] {v[j].rule if v[j] else '-':10} {'G' if f' {norm(b.text)} ' in gold else ' '} {b.text[:100]!r}")
