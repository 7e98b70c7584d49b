"""usage: PYTHONPATH=SRC:bench python tdump.py OUT [all]: titles+authors of tune pages (article only unless all)."""
import sys, json
from pathlib import Path
import wcxb
from trafilatura.utils import load_html
from newswire.nlp.boilerplate.page_metadata import page_metadata
out = {}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or (p.kind != "article" and "all" not in sys.argv):
        continue
    t = load_html(p.html)
    if t is None: continue
    m, kind = page_metadata(t, p.url)
    out[p.key] = {"title": m.title, "authors": m.authors, "gold_title": p.gold.get("title"), "gold_author": p.gold.get("author"), "kind": p.kind, "url": p.url}
Path(sys.argv[1]).write_text(json.dumps(out))
print(len(out))
