"""usage: PYTHONPATH=SRC:bench python intros.py KEYS: the block before each run of
`related-link` blocks on tune pages told article, its verdict, and whether the run is gold."""
import re, sys
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate import html as html_, html_blocks as hb
from newswire.nlp.boilerplate.html import BLOCK_RULE_KINDS
from newswire.nlp.boilerplate.line_rules import is_sentence, words
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
keys = set(sys.argv[1].split(","))
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.key not in keys or p.half != 1:
        continue
    ex = html_.extract(p.html, p.url)
    if ex.page_kind not in BLOCK_RULE_KINDS:
        continue
    v = hb.verdicts(ex, frozenset())
    gold = " " + norm(p.gold.get("main_content") or "") + " "
    i = 0
    while i < len(v):
        if v[i] is None or v[i].rule != "related-link":
            i += 1; continue
        j = i
        while j < len(v) and v[j] is not None and v[j].rule == "related-link":
            j += 1
        prev = ex.blocks[i - 1].text if i else ""
        pv = v[i - 1].rule if i and v[i - 1] else None
        ing = sum(f" {norm(b.text)} " in gold for b in ex.blocks[i:j])
        if prev.rstrip().endswith(":"):
            print(p.key, f"gold {ing}/{j-i}", f"prev[{pv}] sent={is_sentence(prev)} w={len(words(prev))}", repr(prev[-80:]), "|", ex.blocks[i].text[:50])
        i = j
