"""Run page TARGET after random other tune pages many times in one process; report any body change."""
import sys, random, time
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate.clean import clean_html
target, n = sys.argv[1], int(sys.argv[2])
pages = [p for p in wcxb.load(Path("/work/shared/data/wcxb-dev")) if p.half == 1]
tp = next(p for p in pages if p.key == target)
ref = clean_html(tp.html, tp.url).body
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 0)
bad = 0
for i in range(n):
    prev = rnd.sample(pages, rnd.randint(1, 4))
    for p in prev:
        clean_html(p.html, p.url)
    b = clean_html(tp.html, tp.url).body
    if b != ref:
        bad += 1
        import difflib
        print(i, [p.key for p in prev], [l for l in difflib.ndiff(ref.splitlines(), b.splitlines()) if l[:1] in '+-'][:4], flush=True)
print("done", n, "bad", bad)
