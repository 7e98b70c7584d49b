"""Which step of html.extract adds a body's lines: each step switched off in turn.
usage: PYTHONPATH=src:bench who.py KEY[,KEY]"""
import re, sys
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate import html as H
from newswire.nlp.boilerplate.clean import clean_html
W = re.compile(r"\w+")
def norm(s): return " ".join(W.findall(s.lower()))
keys = sys.argv[1].split(",")
steps = {"gaps": ("restore_between", lambda body, d: None),
         "continuation": ("continuation_paragraphs", lambda tree, body: []),
         "faq": ("restore_faq", lambda html, tree, body: None),
         "main": ("main_element_body", lambda tree, body, url, kind: body)}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.key not in keys: continue
    full = clean_html(p.html, p.url).body.splitlines()
    print("==", p.key, p.url[:70])
    for name, (attr, stub) in steps.items():
        old = getattr(H, attr); setattr(H, attr, stub)
        try: less = {norm(l) for l in clean_html(p.html, p.url).body.splitlines()}
        finally: setattr(H, attr, old)
        added = [l for l in full if norm(l) and norm(l) not in less]
        if added: print(f"  {name}: {len(added)} lines, e.g. {added[0][:80]!r}")
