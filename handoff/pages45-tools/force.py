"""Tune pages of gold kind G told None: bodies if told K instead. usage: force.py G K OUT"""
import json, sys
from pathlib import Path
import wcxb
import newswire.nlp.boilerplate.html as H
from newswire.nlp.boilerplate.clean import clean_html
G, K, out = sys.argv[1], sys.argv[2], sys.argv[3]
base = json.loads(Path("/tmp/pages45/base-tune.json").read_text())
orig = H.page_metadata
def forced(tree, url):
    page, kind = orig(tree, url)
    return page, (K if kind is None else kind)
H.page_metadata = forced
res = {}; a = b = n = 0
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind != G or base[p.key]["kind"] is not None: continue
    c = clean_html(p.html, p.url)
    g = p.gold.get("main_content") or ""
    fa, fb = wcxb.word_f1(g, base[p.key]["body"]), wcxb.word_f1(g, c.body)
    a += fa; b += fb; n += 1
    print(p.key, f"{fa:.3f} -> {fb:.3f}", (p.url or "")[:80])
print(n, "pages", f"base {a/n:.3f} forced {b/n:.3f}")
