# Usage: PYTHONPATH=src .venv/bin/python handoff/pages46-tools/stages.py N  (CPU ms a page of each wrapped step over the first N WCXB dev pages, the first 10 untimed)
import time, functools, sys
from collections import defaultdict, Counter
from pathlib import Path
sys.path.insert(0, "/work/wt/pages46/bench")
import wcxb
import newswire.nlp.boilerplate.page_metadata as PM
import newswire.nlp.boilerplate.metadata as M
import newswire.nlp.boilerplate.page_dates as PD
import newswire.nlp.boilerplate.html as H
import newswire.nlp.boilerplate.clean as C
import htmldate.core as HC
T = defaultdict(float); N = Counter()
def wrap(mod, name, label=None):
    f = getattr(mod, name); label = label or f"{mod.__name__.rsplit('.',1)[-1]}.{name}"
    @functools.wraps(f)
    def g(*a, **k):
        s = time.process_time()
        try: return f(*a, **k)
        finally: T[label] += time.process_time() - s; N[label] += 1
    setattr(mod, name, g)
for n in ("page_metadata", "trafilatura_body", "page_lines", "load_page"): wrap(H, n)
for n in ("read_markup", "page_objects", "page_kind", "read_dates", "search_further"): wrap(PM, n)
_pd = PD._page_date
def _pd2(*a, **k):
    s = time.process_time()
    try: return _pd(*a, **k)
    finally:
        lab = "PD.call " + ("ext" if k.get("extensive") else ("orig" if k["original"] else "second"))
        T[lab] += time.process_time() - s; N[lab] += 1
PD._page_date = _pd2
for n in ( "_date_scope", "shown_date", "declared_moments", "declares_date", "declares_update", "_shown_over_undeclared", "_dated_elsewhere", "_searched_date", "unswapped", "with_declared_time"):
    if hasattr(PD, n): wrap(PD, n)
for n in ("examine_meta", "head_meta", "_with_json_ld", "extract_sitename", "written_by", "author_link", "author_box", "page_title", "_language", "byline_text", "has_author_markup", "_searched_author", "declared_authors", "one_word_author", "clean_authors"):
    if hasattr(M, n): wrap(M, n)
for n in ("examine_header", "date_candidates", "examine_elements", "deepcopy", "discard_unwanted", "clean_html", "search_page", "serialize", "idiosyncrasies_search", "pattern_search", "json_search", "examine_time_elements", "compare_reference"):
    if hasattr(HC, n): wrap(HC, n, "htmldate." + n)
import trafilatura.metadata as TM
pages = wcxb.load(Path("/work/shared/data/wcxb-dev"), limit=int(sys.argv[1]))
for p in pages[:10]: C.clean_html(p.html, p.url)
from htmldate.extractors import _external_date; _external_date("qqq 12 zzz")
T.clear(); N.clear()
s = time.process_time()
for p in pages[10:]: C.clean_html(p.html, p.url)
tot = time.process_time() - s
n = len(pages) - 10
print(f"total {1000*tot/n:.1f} ms/page over {n}")
for k, v in sorted(T.items(), key=lambda x: -x[1]): print(f"  {k:36} {1000*v/n:6.2f} ms/page  calls {N[k]}")
