"""Dump clean_html bodies of one WCXB dev half (tune: odd ids) for SRC on PYTHONPATH.
usage: PYTHONPATH=SRC:bench python dump.py OUT HALF [traf]
HALF: 1 tune, 0 check. Prints nothing per page."""
import json, sys, time
from pathlib import Path
import wcxb
out_path, half = sys.argv[1], int(sys.argv[2])
traf = len(sys.argv) > 3 and sys.argv[3] == "traf"
if traf:
    import trafilatura
else:
    from newswire.nlp.boilerplate.clean import clean_html
out = {}
t = time.process_time()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != half:
        continue
    if traf:
        out[p.key] = trafilatura.extract(p.html, url=p.url) or ""
    else:
        c = clean_html(p.html, p.url)
        out[p.key] = {"body": c.body, "kind": c.page_kind, "title": c.title}
Path(out_path).write_text(json.dumps(out))
print(len(out), "pages", round(time.process_time() - t, 1), "s")
