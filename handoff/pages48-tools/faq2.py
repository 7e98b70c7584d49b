import re, sys, gzip, json
from pathlib import Path
import lxml.html
D = Path("/work/shared/data/wcxb-dev")
W = re.compile(r"\w+")
def norm(s): return " ".join(W.findall(s.lower()))
for key in sys.argv[1].split(","):
    g = json.loads((D/"ground-truth"/f"{key}.json").read_text())["ground_truth"]["main_content"] or ""
    lines = [l for l in g.splitlines() if l.strip()]
    i = next((i for i, l in enumerate(lines) if re.search(r"\bFAQs?\b|Frequently asked", l, re.I)), None)
    if i is None: continue
    html = gzip.open(D/"html"/f"{key}.html.gz", "rt").read()
    tree = lxml.html.fromstring(html)
    for bad in tree.xpath("//script|//style"): bad.drop_tree()
    print("=====", key)
    for l in lines[i:i+3]:
        n = norm(l)
        for el in tree.iter():
            if isinstance(el.tag, str) and norm(el.text_content()) == n:
                anc = [f"{a.tag}.{(a.get('class') or '')[:25]}" for a in list(el.iterancestors())[:5]]
                print("  ", repr(l[:50]), "->", el.tag, (el.get('class') or '')[:30], "|", " < ".join(anc))
                break
        else:
            print("  ", repr(l[:50]), "-> not found whole")
