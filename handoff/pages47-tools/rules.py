"""Tune half: for each rule, removed lines whose words are in the gold (lost) or not (right).
usage: PYTHONPATH=SRC:bench rules.py OUT.json"""
import json, sys, re, pickle
from collections import Counter, defaultdict
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate.clean import clean_html
W = re.compile(r"\w+")
out = {}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    c = clean_html(p.html, p.url)
    out[p.key] = [(r.rule, r.text) for r in c.boilerplate.removed_lines if not (r.rule or "").startswith("page")]
Path(sys.argv[1]).write_text(json.dumps(out))
