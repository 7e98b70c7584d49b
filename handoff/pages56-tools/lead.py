"""Tune article pages: gold lines (>=15 words) missing from the body: their position in gold, and the HTML element holding them."""
import json, re, sys
from pathlib import Path
from urllib.parse import urlparse
import lxml.html
sys.path.insert(0, "/work/wt/pages56/bench")
import wcxb
D = Path("/work/shared/data/wcxb-dev/ground-truth")
d = json.loads(Path(sys.argv[1]).read_text())
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
pages = {p.key: p for p in wcxb.load(Path("/work/shared/data/wcxb-dev")) if p.half == 1}
for k, v in sorted(d.items()):
    assert int(k) % 2 == 1
    g = json.loads((D / f"{k}.json").read_text())
    if g["_internal"]["page_type"]["primary"] != "article": continue
    gl = [l for l in (g["ground_truth"].get("main_content") or "").split("\n") if norm(l)]
    body = " " + norm(v["body"]) + " "
    miss = [(i, l) for i, l in enumerate(gl) if len(norm(l).split()) >= 12 and norm(l)[:80] not in body]
    if not miss or len(miss) > 3: continue
    tree = lxml.html.fromstring(pages[k].html)
    for i, l in miss:
        probe = l.strip()[:40]
        el = None
        for e in tree.iter():
            if not isinstance(e.tag, str): continue
            t = (e.text or "").strip()
            if t and probe[:25] in t: el = e; break
        anc = []
        x = el
        while x is not None and len(anc) < 6:
            anc.append(f"{x.tag}.{(x.get('class') or '')[:30]}#{(x.get('id') or '')[:15]}"); x = x.getparent()
        print(f"{k} {urlparse(g.get('url') or '').netloc} line {i}/{len(gl)} [{l[:90]}]\n      {' < '.join(anc)}")
