"""usage: PYTHONPATH=SRC:bench python dumpforced.py OUT HALF KIND KEYS: bodies with the page's
kind forced to KIND (as if the page declared it), for the pages KEYS."""
import json, sys, time
from pathlib import Path
import wcxb
import newswire.nlp.boilerplate.html as H
out_path, half, forced = sys.argv[1], int(sys.argv[2]), sys.argv[3]
keys = set(sys.argv[4].split(","))
real = H.page_metadata
def forced_metadata(tree, url):
    page, kind = real(tree, url)
    return page, (None if forced == "None" else forced)
H.page_metadata = forced_metadata
from newswire.nlp.boilerplate.clean import clean_html
out = {}
t = time.process_time()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != half or p.key not in keys:
        continue
    c = clean_html(p.html, p.url)
    out[p.key] = {"body": c.body, "kind": c.page_kind,
                  "removed": [(r.text, r.rule) for r in c.boilerplate.removed_lines]}
Path(out_path).write_text(json.dumps(out))
print(len(out), "pages", round(time.process_time() - t, 1), "s")
