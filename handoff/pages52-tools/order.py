"""usage: PYTHONPATH=SRC:bench python order.py OUT HALF ORDER [KEYS]  (ORDER: fwd|rev|shuf:SEED)
Bodies (sha1 + text) of one WCXB dev half in a given order, one process."""
import json, sys, random, hashlib, time
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate.clean import clean_html
out_path, half, order = sys.argv[1], int(sys.argv[2]), sys.argv[3]
keys = set(sys.argv[4].split(",")) if len(sys.argv) > 4 else None
pages = [p for p in wcxb.load(Path("/work/shared/data/wcxb-dev")) if p.half == half and (not keys or p.key in keys)]
if order == "rev": pages.reverse()
elif order.startswith("shuf"): random.Random(int(order.split(":")[1])).shuffle(pages)
out = {}
t = time.time()
for p in pages:
    c = clean_html(p.html, p.url)
    out[p.key] = {"body": c.body, "kind": c.page_kind, "title": c.title if hasattr(c, "title") else None,
                  "removed": [(r.text, r.rule) for r in c.boilerplate.removed_lines]}
Path(out_path).write_text(json.dumps(out))
print(len(out), "pages", round(time.time() - t, 1), "s")
