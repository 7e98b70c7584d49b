"""Pages whose markup hides elements by class: F1 with and without dropping them first.
usage: PYTHONPATH=src:bench python hidden.py HALF VARIANT (check half: sums only)"""
import re, sys
from collections import defaultdict
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate import html
from newswire.nlp.boilerplate.clean import clean_html
import trafilatura
half, variant = int(sys.argv[1]), sys.argv[2]
TOKENS = {"webflow": {"w-condition-invisible"},
          "broad": {"w-condition-invisible", "d-none", "hidden", "is-hidden", "invisible", "hide"},
          "dnone": {"d-none"}, "hiddenfirst": {"hidden"}, "invisible": {"invisible"}}[variant]
SHOWN = re.compile(r":|^d-\w+-(?:block|flex|inline|grid|table)|^visible|^show")
ANY = re.compile("|".join(re.escape(t) for t in TOKENS))
orig = html.load_page
ON = [False]
def hidden(el):
    toks = (el.get("class") or "").split()
    return bool(TOKENS & set(toks)) and not any(SHOWN.search(t) for t in toks)
def load(s):
    tree = orig(s)
    if ON[0] and tree is not None:
        for el in [e for e in tree.iter() if isinstance(e.tag, str) and e.get("class") and hidden(e)]:
            if el.getparent() is not None:
                el.getparent().remove(el)
    return tree
html.load_page = load
tot = defaultdict(float)
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != half or not ANY.search(p.html):
        continue
    gold = p.gold.get("main_content") or ""
    ON[0] = False; off = wcxb.word_f1(gold, clean_html(p.html, p.url).body)
    ON[0] = True; on = wcxb.word_f1(gold, clean_html(p.html, p.url).body)
    if on == off:
        tot["same"] += 1; continue
    tot[p.kind + " d"] += on - off; tot["up"] += on > off; tot["down"] += on < off
    if half == 1:
        t = wcxb.word_f1(gold, trafilatura.extract(p.html, url=p.url) or "")
        print(p.key, p.kind, f"off {off:.3f} on {on:.3f} traf {t:.3f}", p.url[:70], flush=True)
print(half, variant, dict(tot))
