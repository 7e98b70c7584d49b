"""Tune pages told article whose URL names no headline: re-run as untold; print per gold kind, and by what told it."""
import json, sys, re
from pathlib import Path
from collections import defaultdict
sys.path.insert(0, "/work/wt/pages54/bench")
import wcxb
from wcxb import word_f1
import newswire.nlp.boilerplate.page_metadata as pm
import newswire.nlp.boilerplate.page_kind as pk
from newswire.nlp.boilerplate.clean import clean_html
orig = pk.page_kind
how = {}
def patched(tree, url, og, json_ld=None):
    k = orig(tree, url, og, json_ld)
    if k == "article" and not pk.headline_slug(url):
        types = pk.schema_types(tree, json_ld)
        how[url] = "ld" if types & pk.ARTICLE_TYPES else "og"
        return None
    return k
pm.page_kind = patched
base = json.load(open("/tmp/pages54/base_tune.json"))
agg = defaultdict(lambda: [0, 0, 0, 0.0])
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or base[p.key]["kind"] != "article" or pk.headline_slug(p.url): continue
    c = clean_html(p.html, p.url)
    gold = p.gold.get("main_content") or ""
    a = word_f1(gold, base[p.key]["body"]); b = word_f1(gold, c.body)
    h = how.get(p.url, "?")
    r = agg[(p.kind, h)]; r[0] += b > a + 1e-9; r[1] += b < a - 1e-9; r[2] += 1; r[3] += b - a
    print(p.key, p.kind, h, f"{a:.3f} -> {b:.3f}", (p.url or "")[:80], flush=True)
for k, r in sorted(agg.items()): print(k, "up", r[0], "down", r[1], "n", r[2], "sum", round(r[3], 3))
print("total up", sum(r[0] for r in agg.values()), "down", sum(r[1] for r in agg.values()), "sum", round(sum(r[3] for r in agg.values()), 3))
