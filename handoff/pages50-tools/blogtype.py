"""Tune half: pages whose declared schema types include Blog (the blog, not a post) and no
other article type; gold kind, told kind. usage: PYTHONPATH=src:bench blogtype.py"""
import json
from collections import Counter
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate.html_tree import load_page
from newswire.nlp.boilerplate.page_kind import ARTICLE_TYPES, schema_types
B = json.loads(Path("/tmp/p50/A_full.json").read_text())
c = Counter()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or B[p.key]["kind"] != "article": continue
    tree = load_page(p.html)
    if tree is None: continue
    types = schema_types(tree)
    if "Blog" in types and not (types & ARTICLE_TYPES) - {"Blog"}:
        c[p.kind] += 1
        print(p.key, p.kind, sorted(types)[:8], p.url[:70])
print(c)
