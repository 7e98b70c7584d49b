"""Tune half: each run of blocks the related-link rule removes, with whether kept prose
follows it in the article, and its words in / not in the gold. usage: rlpos.py BASE.json"""
import json, re, sys
from collections import Counter
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate import html as H
from newswire.nlp.boilerplate.html_blocks import verdicts
from newswire.nlp.boilerplate.line_rules import is_sentence
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text())
keys = {k for k, v in B.items() if any(r == "related-link" for _, r in v.get("removed", []))}
tot = Counter()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.key not in keys or p.kind != "article": continue
    ex = H.extract(p.html, p.url); v = verdicts(ex, frozenset())
    gold = Counter(W.findall((p.gold.get("main_content") or "").lower()))
    texts = [b.text for b in ex.blocks]
    i = 0
    while i < len(texts):
        if v[i] is None or v[i].rule != "related-link": i += 1; continue
        j = i
        while j < len(texts) and v[j] is not None and v[j].rule == "related-link": j += 1
        after = sum(len(W.findall(texts[k])) for k in range(j, len(texts)) if v[k] is None and is_sentence(texts[k]))
        g = n = 0
        for t in texts[i:j]:
            for w in W.findall(t.lower()):
                if gold[w] > 0: gold[w] -= 1; g += 1
                else: n += 1
        place = "prose-after" if after >= 50 else "end"
        tot[place, "gold"] += g; tot[place, "other"] += n
        print(f"{p.key} {place:11} after={after:5} items={j-i:3} gold={g:4} other={n:4} {texts[i][:60]!r}")
        i = j
print(dict(tot))
