# Usage: PYTHONPATH=src .venv/bin/python handoff/pages46-tools/profile.py  (cProfile of clean_html on the tune pages among the first 400; writes /tmp/pages46/prof.out)
import cProfile, pstats, sys
from pathlib import Path
sys.path.insert(0, "/work/wt/pages46/bench")
import wcxb
from newswire.nlp.boilerplate.clean import clean_html
pages = [p for p in wcxb.load(Path("/work/shared/data/wcxb-dev"), limit=400) if p.half == 1]
for p in pages[:10]: clean_html(p.html, p.url)
from htmldate.extractors import _external_date; _external_date("qqq 12 zzz")
pr = cProfile.Profile(); pr.enable()
for p in pages[10:]: clean_html(p.html, p.url)
pr.disable()
pr.dump_stats("/tmp/pages46/prof.out")
