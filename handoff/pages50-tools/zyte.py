"""Zyte's 181 pages, aggregate only: clean_html's 4-gram shingle F1 (the bench's metric), and
how many pages' bodies differ from another dump. usage: PYTHONPATH=SRC:bench zyte.py OUT [OTHER]"""
import json, sys
from pathlib import Path
from zyte_pages import load, scores, tp_fp_fn
from newswire.nlp.boilerplate.clean import clean_html
truth, pages = load(Path("/work/shared/data/zyte-aeb"))
bodies = {k: clean_html(html).body for k, html in pages.items()}
Path(sys.argv[1]).write_text(json.dumps(bodies))
f, p, r = scores([tp_fp_fn(truth[k], bodies[k]) for k in truth])
print(f"Zyte {len(truth)} pages: F1 {f:.4f} P {p:.4f} R {r:.4f}")
if len(sys.argv) > 2:
    other = json.loads(Path(sys.argv[2]).read_text())
    print("pages whose body differs:", sum(other[k] != bodies[k] for k in bodies))
