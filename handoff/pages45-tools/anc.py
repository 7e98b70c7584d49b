"""For tune page KEY and a text snippet: the ancestors (tag.class#id) of the element holding it."""
import sys, gzip
from lxml import html as lh
key, snip = sys.argv[1], sys.argv[2]
assert int(key) % 2 == 1
h = gzip.open(f"/work/shared/data/wcxb-dev/html/{key}.html.gz", "rt").read()
t = lh.fromstring(h)
for e in t.iter():
    if not isinstance(e.tag, str): continue
    if snip in (e.text or "") or any(snip in (c.tail or "") for c in e):
        chain = [f"{a.tag}.{(a.get('class') or '')[:50]}#{(a.get('id') or '')[:30]}" for a in [e, *e.iterancestors()]]
        print(" < ".join(chain[:12])); break
else:
    print("not found")
