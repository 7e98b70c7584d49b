"""Tune half: gold lines missing from a dump (recall) and dump lines not in gold (precision),
classified by the HTML element whose whole text is the line. usage: cause.py DUMP KIND [miss|extra]"""
import json, sys, re, gzip
from collections import Counter, defaultdict
from pathlib import Path
import lxml.html
import wcxb
W = re.compile(r"\w+")
d = json.loads(Path(sys.argv[1]).read_text()); kind = sys.argv[2]; mode = sys.argv[3]
def norm(s): return " ".join(W.findall(s.lower()))
def where(tree):
    m = {}
    for el in tree.iter():
        if not isinstance(el.tag, str): continue
        t = norm(el.text_content())
        if t and len(t) < 600 and t not in m:  # deepest first? iter is pre-order: keep outermost... want innermost
            pass
        if t and len(t) < 2000:
            m[t] = el   # later (deeper) overrides: innermost element with that text
    return m
def label(el):
    anc = [a.tag for a in el.iterancestors() if isinstance(a.tag, str)]
    tag = el.tag
    if tag in ("a",) and el.getparent() is not None and norm(el.getparent().text_content()) == norm(el.text_content()):
        tag = "a-only:" + el.getparent().tag
    flags = [f for f in ("table", "li", "figure", "aside", "nav", "footer", "header", "form", "details", "blockquote") if f in anc]
    return tag + ("[" + ",".join(flags) + "]" if flags else "")
pages = Counter(); words = Counter(); ex = defaultdict(list)
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind != kind: continue
    g = p.gold.get("main_content") or ""
    v = d[p.key]; body = v if isinstance(v, str) else v["body"]
    if mode == "miss": src, ref = g, body
    else: src, ref = body, g
    left = Counter(W.findall(ref.lower()))
    lines = []
    for line in src.splitlines():
        ws = W.findall(line.lower()); miss = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1
            else: miss += 1
        if ws and miss / len(ws) > 0.5: lines.append(line)
    if not lines: continue
    tree = lxml.html.fromstring(p.html)
    for bad in tree.xpath("//script|//style"): bad.drop_tree()
    m = where(tree)
    seen = set()
    for line in lines:
        el = m.get(norm(line))
        lab = label(el) if el is not None else "?"
        n = len(W.findall(line)); words[lab] += n
        if lab not in seen: pages[lab] += 1; seen.add(lab)
        if len(ex[lab]) < 6 and p.key not in [e[0] for e in ex[lab]]: ex[lab].append((p.key, line[:70]))
for lab, n in words.most_common(40):
    print(f"{lab:30} pages={pages[lab]:3} words={n:6}  " + " | ".join(f"{k}:{t}" for k, t in ex[lab][:3]))
