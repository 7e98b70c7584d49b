import gzip, time, sys
from pathlib import Path
from newswire.nlp.boilerplate import faq
from newswire.nlp.boilerplate.html import load_page
D = Path("/work/shared/data/wcxb-dev/html")
files = sorted(D.glob("*.html.gz"))[::10][:150]
tm = th = 0; n = 0
for f in files:
    html = gzip.open(f, "rt").read()
    tree = load_page(html)
    t = time.process_time(); m = any(x in html for x in faq._MENTIONS); tm += time.process_time() - t
    if m:
        n += 1
        t = time.process_time(); hs = list(faq._faq_headings(tree)); [faq.faq_blocks(h) for h in hs]; th += time.process_time() - t
print(len(files), "pages; mention", n, "; regex ms/page", round(1000*tm/len(files), 2), "; headings+blocks ms/page", round(1000*th/len(files), 2))
