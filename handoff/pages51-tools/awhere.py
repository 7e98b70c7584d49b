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
    gold = p.gold.get("author")
    first = re.split(r",|;| & | and | with ", gold)[0].strip()
    print("=====", p.key, p.url, "| gold:", gold)
    n = 0
    for el in t.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            for attr in ("content",):
                pass
        txt = (el.text or "")
        hit = first.lower() in txt.lower()
        for a, v in el.attrib.items():
            if first.lower() in v.lower() and a != "class":
                print(f"  ATTR <{el.tag} {a}={v[:120]!r}> class={el.get('class')}")
                n += 1
        if hit:
            par = el.getparent()
            chain = []
            x = el
            for _ in range(4):
                if x is None: break
                chain.append(f"{x.tag}.{(x.get('class') or '')[:40]}")
                x = x.getparent()
            ctx = " ".join("".join(par.itertext()).split())[:200] if par is not None and el.tag not in ("script",) else txt.strip()[:200]
            print(f"  TEXT {' < '.join(chain)}: {ctx!r}")
            n += 1
        if n > 8:
            break
