"""usage: PYTHONPATH=SRC:bench python coverage.py KEYS: for each list the teaser-list rule
reads on tune pages told article, each item's share of words under its leading link, and
whether the item is in the gold."""
import re, sys
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate import html as html_, html_blocks as hb
from newswire.nlp.boilerplate.html import BLOCK_RULE_KINDS
from newswire.nlp.boilerplate.line_rules import words
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
keys = set(sys.argv[1].split(","))
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.key not in keys or p.half != 1:
        continue
    ex = html_.extract(p.html, p.url)
    if ex.page_kind not in BLOCK_RULE_KINDS:
        continue
    gold = " " + norm(p.gold.get("main_content") or "") + " "
    lists = {}
    for b in ex.blocks:
        if b.tag == "item" and b.element.getparent() is not None:
            lists.setdefault(b.element.getparent(), []).append(b)
    for items in lists.values():
        led = [b for b in items if hb._headline_item(b)]
        if len(items) < 3 or len(led) < 0.6 * len(items):
            continue
        covs = []
        for b in items:
            label = max((l.label for l in b.links if b.text.startswith(l.label)), key=len, default="")
            covs.append(round(len(words(label)) / max(1, len(words(b.text))), 2))
        ing = sum(f" {norm(b.text)} " in gold for b in items)
        print(p.key, p.kind[:7], f"gold {ing}/{len(items)}", "cov", sorted(covs), "|", items[0].text[:60])
