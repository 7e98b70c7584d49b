import sys, re
from pathlib import Path
sys.path.insert(0, "bench")
import wcxb
from trafilatura.utils import load_html
keys = set(sys.argv[1].split(","))
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.key not in keys or p.half != 1:
        continue
    t = load_html(p.html)
    print("=====", p.key, p.url)
    print(" gold title:", p.gold.get("title"), "| author:", p.gold.get("author"))
    for x in t.iterfind(".//title"):
        print(" <title>", " ".join("".join(x.itertext()).split())[:150])
    for m in t.xpath('//meta[@property="og:title" or @name="twitter:title" or @property="og:site_name" or @name="author" or @property="article:author"]'):
        print(" meta", m.get("property") or m.get("name"), "=", (m.get("content") or "")[:150])
    for tag in ("h1", "h2"):
        for h in list(t.iterfind(f".//{tag}"))[:4]:
            print(f" <{tag} class={h.get('class')}>", " ".join("".join(h.itertext()).split())[:150])
