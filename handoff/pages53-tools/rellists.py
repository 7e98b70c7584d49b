"""usage: PYTHONPATH=SRC:bench python rellists.py OUT.json [KEYS]: on tune pages (odd ids)
newswire tells article, every block the `related-link` rule takes, grouped by list (or a
lone paragraph), with how many of its words are in the gold and the list's shape."""
import json, re, sys
from pathlib import Path
from urllib.parse import urlparse
import wcxb
from newswire.nlp.boilerplate import html as html_, html_blocks as hb
from newswire.nlp.boilerplate.html import BLOCK_RULE_KINDS
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
keys = set(sys.argv[2].split(",")) if len(sys.argv) > 2 else None
out = []
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or (keys and p.key not in keys):
        continue
    ex = html_.extract(p.html, p.url)
    if ex.page_kind not in BLOCK_RULE_KINDS or not ex.blocks:
        continue
    v = hb.verdicts(ex, frozenset())
    gold = " " + norm(p.gold.get("main_content") or "") + " "
    host = (urlparse(p.url or "").hostname or "").removeprefix("www.")
    groups = {}
    for i, (b, vi) in enumerate(zip(ex.blocks, v)):
        if vi is None or vi.rule != "related-link":
            continue
        par = b.element.getparent() if b.tag == "item" else b.element
        groups.setdefault(id(par), []).append(i)
    for idx in groups.values():
        bl = [ex.blocks[i] for i in idx]
        par = bl[0].element.getparent()
        allitems = [j for j, b in enumerate(ex.blocks) if b.tag == "item" and b.element.getparent() is par]
        ing = sum(len(norm(b.text).split()) for b in bl if f" {norm(b.text)} " in gold)
        tot = sum(len(norm(b.text).split()) for b in bl)
        urls = [l.url for b in bl for l in b.links]
        hosts = [(urlparse(u).hostname or "").removeprefix("www.") for u in urls]
        first = idx[0]
        before = [ex.blocks[j].text for j in range(max(0, first - 2), first)]
        after = [ex.blocks[j].text for j in range(idx[-1] + 1, min(len(ex.blocks), idx[-1] + 3))]
        prose_before = sum(len(ex.blocks[j].text.split()) for j in range(first) if v[j] is None)
        prose_after = sum(len(ex.blocks[j].text.split()) for j in range(idx[-1] + 1, len(ex.blocks)) if v[j] is None)
        out.append(dict(key=p.key, kind=p.kind, url=p.url, tag=bl[0].tag, list_tag=str(par.tag) if par is not None else None,
                        n=len(bl), nlist=len(allitems), gold_words=ing, words=tot,
                        internal=sum(h == host or h.endswith("." + host) for h in hosts), nurls=len(urls),
                        items=[b.text for b in bl], urls=urls, before=before, after=after,
                        prose_before=prose_before, prose_after=prose_after))
Path(sys.argv[1]).write_text(json.dumps(out, indent=1))
print(len(out), "groups;", sum(g["gold_words"] for g in out), "gold words of", sum(g["words"] for g in out))
