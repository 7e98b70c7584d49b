import time, functools
from collections import defaultdict
from pathlib import Path
import wcxb
import newswire.nlp.boilerplate.html as H
import newswire.nlp.boilerplate.clean as C
T = defaultdict(float)
def wrap(mod, name):
    f = getattr(mod, name)
    @functools.wraps(f)
    def g(*a, **k):
        s = time.process_time()
        try: return f(*a, **k)
        finally: T[name] += time.process_time() - s
    setattr(mod, name, g)
for n in ("load_page", "unwrap_misnested", "drop_body_styles", "drop_invisible", "drop_other_variants", "hidden_lines", "page_lines",
          "page_metadata", "page_anchors", "drop_boxes", "trafilatura_body", "discussion_body", "main_element_body",
          "continuation_paragraphs", "read_region", "dropped_between", "restore_between", "drop_kept_boxes", "normalise_body",
          "drop_widget_lines", "drop_repeated_runs", "_page_chrome", "iter_blocks", "blocks_of"):
    wrap(H, n)
for n in ("block_verdicts", "body_text", "_with_outside", "_boilerplate"):
    wrap(C, n)
wrap(C.html_, "extract") if hasattr(C, "html_") else None
pages = [p for p in wcxb.load(Path("/work/shared/data/wcxb-dev"), limit=330) if p.half == 1]
for p in pages[:10]: C.clean_html(p.html, p.url)
from htmldate.extractors import _external_date; _external_date("qqq 12 zzz")
T.clear()
s = time.process_time()
for p in pages[10:]: C.clean_html(p.html, p.url)
tot = time.process_time() - s
n = len(pages) - 10
print(f"total {1000*tot/n:.1f} ms/page over {n}")
for k, v in sorted(T.items(), key=lambda x: -x[1]): print(f"  {k:24} {1000*v/n:6.2f} ms")
