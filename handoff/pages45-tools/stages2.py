import time, functools
from collections import defaultdict, Counter
from pathlib import Path
import wcxb
import newswire.nlp.boilerplate.page_metadata as PM
import newswire.nlp.boilerplate.metadata as M
import newswire.nlp.boilerplate.page_dates as PD
import newswire.nlp.boilerplate.clean as C
T = defaultdict(float); N = Counter()
def wrap(mod, name, label=None):
    f = getattr(mod, name); label = label or f"{mod.__name__.rsplit('.',1)[-1]}.{name}"
    @functools.wraps(f)
    def g(*a, **k):
        s = time.process_time()
        try: return f(*a, **k)
        finally: T[label] += time.process_time() - s; N[label] += 1
    setattr(mod, name, g)
for n in ("read_markup", "page_objects", "page_kind", "read_dates", "search_further"): wrap(PM, n)
for n in ("_page_date", "_date_scope", "shown_date", "declared_moments", "declares_date", "declares_update", "_shown_over_undeclared", "_dated_elsewhere", "_searched_date"):
    if hasattr(PD, n): wrap(PD, n)
for n in ("examine_meta", "head_meta", "_with_json_ld", "extract_sitename", "written_by", "author_link", "author_box", "page_title", "_language"):
    if hasattr(M, n): wrap(M, n)
import trafilatura.metadata as TM
wrap(TM, "extract_url")
pages = [p for p in wcxb.load(Path("/work/shared/data/wcxb-dev"), limit=330) if p.half == 1]
for p in pages[:10]: C.clean_html(p.html, p.url)
from htmldate.extractors import _external_date; _external_date("qqq 12 zzz")
T.clear(); N.clear()
for p in pages[10:]: C.clean_html(p.html, p.url)
n = len(pages) - 10
for k, v in sorted(T.items(), key=lambda x: -x[1]): print(f"  {k:36} {1000*v/n:6.2f} ms/page  calls {N[k]}")
