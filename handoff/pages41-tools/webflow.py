"""Pages holding Webflow's w-condition-invisible: F1 with and without dropping those elements
before extraction. usage: PYTHONPATH=src:bench python webflow.py HALF (check: sums only)"""
import sys
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate import html
from newswire.nlp.boilerplate.clean import clean_html
import trafilatura
half = int(sys.argv[1])
orig = html.load_page
ON = [False]
def load(s):
    tree = orig(s)
    if ON[0] and tree is not None:
        for el in tree.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' w-condition-invisible ')]"):
            if el.getparent() is not None:
                el.getparent().remove(el)
    return tree
html.load_page = load
tot = {"off": 0, "on": 0, "n": 0, "changed": 0, "art_off": 0, "art_on": 0}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != half or "w-condition-invisible" not in p.html:
        continue
    gold = p.gold.get("main_content") or ""
    ON[0] = False; off = wcxb.word_f1(gold, clean_html(p.html, p.url).body)
    ON[0] = True; on = wcxb.word_f1(gold, clean_html(p.html, p.url).body)
    tot["off"] += off; tot["on"] += on; tot["n"] += 1; tot["changed"] += on != off
    if p.kind == "article":
        tot["art_off"] += off; tot["art_on"] += on
    if half == 1:
        t = wcxb.word_f1(gold, trafilatura.extract(p.html, url=p.url) or "")
        print(p.key, p.kind, f"off {off:.3f} on {on:.3f} traf {t:.3f}", p.url[:70])
print(half, tot)
