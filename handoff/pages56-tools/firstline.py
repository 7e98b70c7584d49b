"""Tune article pages: the gold's first paragraph (12+ words) missing from newswire's body;
whether it equals the page's meta/og description, and the removal rule that took it."""
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
n = 0
for k, v in sorted(d.items()):
    assert int(k) % 2 == 1
    g = json.loads((D / f"{k}.json").read_text())
    if g["_internal"]["page_type"]["primary"] != "article": continue
    gl = [l for l in (g["ground_truth"].get("main_content") or "").split("\n") if len(norm(l).split()) >= 12]
    if not gl: continue
    first = norm(gl[0])
    if first[:60] in " " + norm(v["body"]): continue
    t = lxml.html.fromstring(pages[k].html)
    desc = " ".join(t.xpath("//meta[@name='description']/@content|//meta[@property='og:description']/@content"))
    rule = [r for x, r in v["removed"] if first[:60] in norm(x)]
    n += 1
    print(f"{k} {urlparse(g.get('url') or '').netloc:32} desc={first[:60] in norm(desc)!s:5} rule={rule[:1]} | {gl[0][:80]}")
print(n, "pages")
