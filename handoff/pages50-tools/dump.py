"""usage: PYTHONPATH=SRC:bench python dump.py OUT HALF MODE [KEYS] (MODE: nw | traf)
Bodies of one WCXB dev half (1 tune, 0 check); nw keeps the removed lines and their rule."""
import json, sys, time
from pathlib import Path
import wcxb
out_path, half, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
keys = set(sys.argv[4].split(",")) if len(sys.argv) > 4 else None
if mode == "traf":
    import trafilatura
else:
    from newswire.nlp.boilerplate.clean import clean_html
out = {}
t = time.process_time()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != half or (keys and p.key not in keys):
        continue
    if mode == "traf":
        out[p.key] = {"body": trafilatura.extract(p.html, url=p.url) or "", "kind": None}
    else:
        c = clean_html(p.html, p.url)
        out[p.key] = {"body": c.body, "kind": c.page_kind,
                      "removed": [(r.text, r.rule) for r in c.boilerplate.removed_lines]}
Path(out_path).write_text(json.dumps(out))
print(len(out), "pages", round(time.process_time() - t, 1), "s")
