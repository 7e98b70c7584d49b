"""usage: exp.py VARIANT: re-run tune pages whose told kind a variant of page_kind changes; score against base dump."""
import json, sys, re
from pathlib import Path
sys.path.insert(0, "/work/wt/pages54/bench")
import wcxb
from wcxb import word_f1
import newswire.nlp.boilerplate.page_metadata as pm
import newswire.nlp.boilerplate.page_kind as pk
from newswire.nlp.boilerplate.clean import clean_html
variant = sys.argv[1]
orig = pk.page_kind
PATS = {
    "coll": re.compile(r"/collections?/"),
    "collc": re.compile(r"/(?:collections?|c)/"),
    "shop": re.compile(r"/(?:collections?|shop|c)/"),
    "shopall": pk._SHOP_PATH,
}
pat = PATS[variant]
def patched(tree, url, og, json_ld=None):
    k = orig(tree, url, og, json_ld)
    path = re.split(r"[?#]", (url or "").lower(), maxsplit=1)[0]
    if k is None and pat.search(path) and "/products/" not in path and not pk.headline_slug(url):
        return "collection"
    return k
pm.page_kind = patched
base = json.load(open("/tmp/pages54/base_tune.json"))
ups = downs = 0; tot = 0.0; sites=set()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    url = p.url or ""
    path = re.split(r"[?#]", url.lower(), maxsplit=1)[0]
    if base[p.key]["kind"] is not None or not pat.search(path): continue
    c = clean_html(p.html, p.url)
    if c.page_kind == base[p.key]["kind"]: continue
    gold = p.gold.get("main_content") or ""
    a = word_f1(gold, base[p.key]["body"]); b = word_f1(gold, c.body)
    tot += b - a; ups += b > a + 1e-9; downs += b < a - 1e-9
    print(p.key, p.kind, c.page_kind, f"{a:.3f} -> {b:.3f}", url[:90])
print(variant, "up", ups, "down", downs, "sum", round(tot, 4))
