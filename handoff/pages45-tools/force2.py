"""Tune pages told None whose URL is a headline slug: bodies if told article."""
import json, sys
from collections import defaultdict
from pathlib import Path
import wcxb
import newswire.nlp.boilerplate.html as H
from newswire.nlp.boilerplate.page_kind import headline_slug
from newswire.nlp.boilerplate.clean import clean_html
base = json.loads(Path("/tmp/pages45/base-tune.json").read_text())
orig = H.page_metadata
def forced(tree, url):
    page, kind = orig(tree, url)
    return page, ("article" if kind is None and headline_slug(url) else kind)
H.page_metadata = forced
agg = defaultdict(lambda: [0, 0, 0]); rows = []
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or base[p.key]["kind"] is not None or not headline_slug(p.url): continue
    c = clean_html(p.html, p.url)
    g = p.gold.get("main_content") or ""
    fa, fb = wcxb.word_f1(g, base[p.key]["body"]), wcxb.word_f1(g, c.body)
    a = agg[p.kind]; a[0] += 1; a[1] += fa; a[2] += fb
    if abs(fa - fb) > 0.001: rows.append((fb - fa, p.key, p.kind, fa, fb))
for r in sorted(rows): print(f"{r[1]} {r[2]:12} {r[3]:.3f} -> {r[4]:.3f}")
for k, (n, a, b) in agg.items(): print(k, n, f"sum delta {b - a:+.3f}")
