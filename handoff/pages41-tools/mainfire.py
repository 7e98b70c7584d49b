"""Per page where the <main> reading replaced trafilatura's body: F1 with and without it.
usage: PYTHONPATH=src:bench python mainfire.py HALF OUT  (check half: aggregates only)"""
import json, re, sys
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate import html, main_element_text as m
from newswire.nlp.boilerplate.line_rules import words
from newswire.nlp.boilerplate.clean import clean_html
half, out = int(sys.argv[1]), sys.argv[2]
orig = m.main_element_body
REC = {}
OFF = [False]
def rec(tree, body, url, kind=None):
    new = orig(tree, body, url, kind)
    if new is not body:
        REC["fired"] = True
        REC["kept"] = len(words("".join(body.itertext()))) if body is not None else 0
        REC["main"] = len(words("".join(new.itertext())))
        REC["kind"] = kind
        if OFF[0]:
            return body
    return new
html.main_element_body = rec
res = {}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != half:
        continue
    REC.clear(); OFF[0] = False
    gold = p.gold.get("main_content") or ""
    on = wcxb.word_f1(gold, clean_html(p.html, p.url).body)
    if not REC.get("fired"):
        continue
    info = dict(REC)
    OFF[0] = True
    off = wcxb.word_f1(gold, clean_html(p.html, p.url).body)
    res[p.key] = {"gk": p.kind, "on": on, "off": off, **info, "url": p.url if half == 1 else None}
json.dump(res, open(out, "w"))
