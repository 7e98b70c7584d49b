"""usage: PYTHONPATH=SRC:bench python dump.py OUT HALF MODE  (MODE: nw | traf)"""
import json, sys, time
from pathlib import Path
import wcxb
out_path, half, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
keys = set(sys.argv[4].split(",")) if len(sys.argv) > 4 else None
if mode == "trafdef":
    import trafilatura
    VARS = {"def": {}}
    mode = "traf"
elif mode == "traf":
    import trafilatura
    VARS = {"def": {}, "recall": {"favor_recall": True}, "prec": {"favor_precision": True},
            "nocom": {"include_comments": False}, "recall_nocom": {"favor_recall": True, "include_comments": False}}
else:
    from newswire.nlp.boilerplate.clean import clean_html
out = {}
t = time.process_time()
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != half or (keys and p.key not in keys):
        continue
    if mode == "traf":
        out[p.key] = {n: trafilatura.extract(p.html, url=p.url, **kw) or "" for n, kw in VARS.items()}
    else:
        c = clean_html(p.html, p.url)
        out[p.key] = {"body": c.body, "kind": c.page_kind, "title": c.title}
Path(out_path).write_text(json.dumps(out))
print(len(out), "pages", round(time.process_time() - t, 1), "s")
