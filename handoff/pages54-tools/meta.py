import json, sys
from pathlib import Path
sys.path.insert(0, "/work/wt/pages54/bench"); import wcxb
from newswire.nlp.boilerplate.clean import clean_html
keys = set(sys.argv[2].split(","))
out = {}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half == 1 and p.key in keys:
        c = clean_html(p.html, p.url); out[p.key] = c.page.model_dump_json() if c.page else None
json.dump(out, open(sys.argv[1], "w"))
