"""Tune pages: candidate elements (by a predicate), their text in base output and in gold."""
import json, re, sys, gzip
from collections import Counter
from pathlib import Path
from lxml import html as lh
import wcxb
W = re.compile(r"\w+")
base = json.loads(Path("/tmp/pages45/base-tune.json").read_text())
which = sys.argv[1]
ART = re.compile(r"schema\.org/(Article|BlogPosting|NewsArticle|TechArticle|Course|Product|Event)", re.I)
MODAL = re.compile(r"(^|[-_\s])(modal|popup|pop-up|lightbox|overlay)($|[-_\s])", re.I)
def cands(tree):
    if which == "teaser":
        els = [e for e in tree.iter() if isinstance(e.tag, str) and ART.search(e.get("itemtype") or "")]
        # nested inside another element with itemtype Article-like, or one of >=3 siblings
        out = []
        for e in els:
            if any(ART.search(a.get("itemtype") or "") for a in e.iterancestors()):
                out.append(e)
        return out
    if which == "modal":
        return [e for e in tree.iter() if isinstance(e.tag, str) and (MODAL.search(e.get("class") or "") or MODAL.search(e.get("id") or ""))]
tot = Counter()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    try: tree = lh.fromstring(p.html)
    except Exception: continue
    cs = cands(tree)
    if not cs: continue
    cs = [c for c in cs if not any(a in cs for a in c.iterancestors())]
    out = base[p.key]["body"]
    gold = p.gold.get("main_content") or ""
    lines = set()
    inbody = ingold = 0
    for c in cs:
        t = " ".join(c.text_content().split())
        if len(W.findall(t)) < 4: continue
        # chunks of its text present in the output
        for chunk in re.split(r"(?<=[.!?])\s+", t):
            if len(chunk) > 25 and chunk[:60] in out:
                n = len(W.findall(chunk)); inbody += n
                if chunk[:60] in gold: ingold += n
    if inbody:
        print(p.key, p.kind, base[p.key]["kind"], "cands", len(cs), "words in body", inbody, "of which in gold", ingold, p.url[:70] if p.url else None)
