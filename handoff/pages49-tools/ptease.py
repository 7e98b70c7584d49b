"""Tune half, article pages: one-link paragraphs the related-link rule removes, with the
words of kept sentences below them and whether the gold holds the line (substring).
usage: ptease.py BASE.json"""
import json, re, sys
from collections import Counter
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate import html as H
from newswire.nlp.boilerplate.html_blocks import verdicts, _prose_words_after
W = re.compile(r"\w+")
def norm(s): return " ".join(W.findall(s.lower()))
B = json.loads(Path(sys.argv[1]).read_text())
keys = {k for k, v in B.items() if any(r == "related-link" for _, r in v.get("removed", []))}
tot = Counter()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.key not in keys or p.kind != "article": continue
    ex = H.extract(p.html, p.url); v = verdicts(ex, frozenset())
    after = _prose_words_after(ex.blocks, v); g = norm(p.gold.get("main_content") or "")
    for i, b in enumerate(ex.blocks):
        if b.tag != "p" or v[i] is None or v[i].rule != "related-link": continue
        n = len(W.findall(b.text)); ing = norm(b.text) in g
        key = ("after" if after[i] >= 50 else "end", "4+" if n >= 4 else "<4", ing)
        tot[key] += 1
        print(f"{p.key} after={after[i]:5} n={n:3} gold={ing} {b.text[:60]!r}")
for k, c in sorted(tot.items()): print(k, c)
