"""Dump clean_html and trafilatura-alone bodies for WCXB dev pages of given kinds.
usage: PYTHONPATH=SRC:bench python dump.py OUT KINDS [traf]"""
import json, sys
from pathlib import Path
import wcxb
import trafilatura
from newswire.nlp.boilerplate.clean import clean_html
out, kinds = sys.argv[1], set(sys.argv[2].split(","))
do_traf = len(sys.argv) > 3
pages = [p for p in wcxb.load(Path("/work/shared/data/wcxb-dev")) if p.kind in kinds or "all" in kinds]
res = {}
for p in pages:
    c = clean_html(p.html, p.url)
    r = {"body": c.body, "kind": c.page_kind,
         "removed": [[l.rule, l.text] for l in c.boilerplate.removed_lines]}
    if do_traf:
        r["traf"] = trafilatura.extract(p.html, url=p.url) or ""
    res[p.key] = r
json.dump(res, open(out, "w"))
