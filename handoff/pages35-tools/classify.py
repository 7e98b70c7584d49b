"""Classify MISSING and EXTRA lines (>=3 words) of tune article pages below 0.96 by where they sit in the HTML."""
import json, sys, re, gzip
from collections import Counter, defaultdict
from pathlib import Path
from lxml import html as lh
W = re.compile(r"\w+")
dump = json.load(open(sys.argv[1])); half = int(sys.argv[2]); key = sys.argv[3] if len(sys.argv) > 3 else "body"
D = Path("/work/shared/data/wcxb-dev")
def pr(t, p):
    e, g = Counter(W.findall(t.lower())), Counter(W.findall(p.lower()))
    o = sum((e & g).values())
    P = o / sum(g.values()) if g else float(not e); R = o / sum(e.values()) if e else float(not g)
    return (2*P*R/(P+R) if P+R else 0.0)
def lines_not_in(a, b):
    bw = set(W.findall(b.lower())); out = []
    for ln in a.split("\n"):
        ws = W.findall(ln.lower())
        if len(ws) >= 3 and sum(w in bw for w in ws) / len(ws) < 0.5: out.append((ln, len(ws)))
    return out
KEYS = ["related", "recommend", "newsletter", "subscribe", "signup", "sign-up", "comment", "author", "bio", "byline",
        "caption", "figure", "share", "social", "cta", "promo", "banner", "footer", "sidebar", "aside", "toc", "table-of-contents",
        "reference", "footnote", "citation", "faq", "accordion", "disclaimer", "disclosure", "ad", "sponsor", "breadcrumb", "nav", "header", "menu", "form", "modal", "popup", "review", "rating", "spec", "product", "card", "tab"]
TAGS = {"li", "td", "th", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "p", "figcaption", "dt", "dd", "pre", "code", "summary", "label", "button", "span", "a", "div", "strong", "b", "em", "time", "caption"}
BOXES = {"header", "footer", "aside", "nav", "form", "figure", "details", "table", "ul", "ol", "article", "main", "section"}
def norm(s): return " ".join(W.findall(s.lower()))
def locate(tree, line):
    n = norm(line)
    best = None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "html", "body"): continue
        t = norm(el.text_content())
        if n and n in t:
            best = el  # iter is document order, deeper elements later; keep the deepest containing one
            if t == n: break
    return best
def describe(el):
    if el is None: return ("not found", "", "")
    tag = el.tag if el.tag in TAGS else "other"
    boxes, keys = [], []
    for a in [el] + list(el.iterancestors()):
        if a.tag in BOXES and a.tag not in boxes: boxes.append(a.tag)
        attr = ((a.get("class") or "") + " " + (a.get("id") or "")).lower()
        for k in KEYS:
            if re.search(r"(^|[\s_-])" + re.escape(k), attr) and k not in keys: keys.append(k)
    return (tag, ",".join(b for b in boxes if b in ("header","footer","aside","nav","form","figure","details","table","ul","ol")), ",".join(keys[:3]))
side = defaultdict(Counter); sidew = defaultdict(Counter); keyc = defaultdict(Counter); boxc = defaultdict(Counter)
for f in sorted((D / "ground-truth").glob("*.json")):
    k = f.stem
    if k not in dump or int(k) % 2 != half: continue
    gold = json.load(open(f))["ground_truth"].get("main_content") or ""
    body = dump[k][key]
    if pr(gold, body) >= 0.96: continue
    with gzip.open(D / "html" / f"{k}.html.gz", "rt", encoding="utf-8") as fh:
        try: tree = lh.fromstring(fh.read())
        except Exception: continue
    for name, (a, b) in (("MISSING", (gold, body)), ("EXTRA", (body, gold))):
        for ln, n in lines_not_in(a, b):
            tag, boxes, keys = describe(locate(tree, ln))
            side[name][tag] += 1; sidew[name][tag] += n
            for x in (boxes.split(",") if boxes else ["-"]): boxc[name][x] += n
            for x in (keys.split(",") if keys else ["-"]): keyc[name][x] += n
for name in ("MISSING", "EXTRA"):
    print(name, "lines by tag (lines, words):", [(t, side[name][t], sidew[name][t]) for t, _ in sidew[name].most_common(14)])
    print(name, "words by enclosing box:", boxc[name].most_common(12))
    print(name, "words by class/id keyword of an ancestor:", keyc[name].most_common(25))
