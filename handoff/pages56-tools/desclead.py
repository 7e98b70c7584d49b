"""Tune pages: a visible element whose text is the page's meta/og description (12+ words),
missing from newswire's body: in the gold or not, by kind."""
import json, re, sys
from pathlib import Path
from collections import Counter
from urllib.parse import urlparse
import lxml.html
sys.path.insert(0, "/work/wt/pages56/bench")
import wcxb
D = Path("/work/shared/data/wcxb-dev/ground-truth")
d = json.loads(Path(sys.argv[1]).read_text())
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
c = Counter()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    v = d[p.key]
    g = json.loads((D / f"{p.key}.json").read_text())
    kind = g["_internal"]["page_type"]["primary"]
    t = lxml.html.fromstring(p.html)
    descs = [norm(x) for x in t.xpath("//meta[@name='description']/@content|//meta[@property='og:description']/@content")]
    descs = [x for x in descs if len(x.split()) >= 12]
    if not descs: continue
    body = " " + norm(v["body"]) + " "
    gold = " " + norm(g["ground_truth"].get("main_content") or "") + " "
    for e in t.iter("p", "div", "span", "h2", "h3"):
        if e.xpath("ancestor::head|ancestor::script"): continue
        txt = norm(e.text_content())
        if txt and txt in descs and len(e) <= 3:
            if f" {txt} " in body: c[(kind, "in body")] += 1; break
            ing = f" {txt} " in gold
            c[(kind, "gold" if ing else "not gold")] += 1
            print(p.key, kind, e.tag, (e.get("class") or "")[:30], "GOLD" if ing else "----", urlparse(p.url or "").netloc, txt[:60])
            break
print(sorted(c.items()))
