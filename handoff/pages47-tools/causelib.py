import re
from collections import Counter
import lxml.html
W = re.compile(r"\w+")
def body(v): return v if isinstance(v, str) else v["body"]
def norm(s): return " ".join(W.findall(s.lower()))
def missing(src, ref):
    left = Counter(W.findall(ref.lower())); out = []
    for line in src.splitlines():
        ws = W.findall(line.lower()); miss = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1
            else: miss += 1
        if ws and miss / len(ws) > 0.5: out.append(line)
    return out
def where(html):
    tree = lxml.html.fromstring(html)
    for bad in tree.xpath("//script|//style"): bad.drop_tree()
    m = {}
    for el in tree.iter():
        if not isinstance(el.tag, str): continue
        t = norm(el.text_content())
        if t and len(t) < 2000: m[t] = el
    return m
def label(el):
    anc = [a.tag for a in el.iterancestors() if isinstance(a.tag, str)]
    tag = el.tag
    if tag == "a" and el.getparent() is not None and norm(el.getparent().text_content()) == norm(el.text_content()):
        tag = "a-only:" + el.getparent().tag
    flags = [f for f in ("table", "li", "figure", "aside", "nav", "footer", "header", "form", "details", "blockquote") if f in anc]
    return tag + ("[" + ",".join(flags) + "]" if flags else "")
