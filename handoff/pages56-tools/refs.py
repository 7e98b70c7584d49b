"""Tune pages: body sections after a references-like heading line: words in gold vs not."""
import json, re, sys
from pathlib import Path
from urllib.parse import urlparse
D = Path("/work/shared/data/wcxb-dev/ground-truth")
d = json.loads(Path(sys.argv[1]).read_text())
HEAD = re.compile(r"^(references?|citations?|sources?|footnotes?|bibliography|works cited|notes|sources and references|references and sources|références|sources :?)\s*:?$", re.I)
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
tg = to = 0
for k, v in sorted(d.items()):
    assert int(k) % 2 == 1
    g = json.loads((D / f"{k}.json").read_text())
    kind = g["_internal"]["page_type"]["primary"]
    gold = " " + norm(g["ground_truth"].get("main_content") or "") + " "
    lines = v["body"].split("\n")
    for i, l in enumerate(lines):
        if HEAD.match(l.strip()):
            sec = lines[i:]
            ing = sum(len(norm(x).split()) for x in sec if f" {norm(x)} " in gold)
            out = sum(len(norm(x).split()) for x in sec if f" {norm(x)} " not in gold)
            tg += ing; to += out
            print(f"{k} {kind:13} {urlparse(g.get('url') or '').netloc:35} line {i}/{len(lines)} '{l.strip()}' gold {ing} other {out}")
            break
print("total gold", tg, "other", to)
