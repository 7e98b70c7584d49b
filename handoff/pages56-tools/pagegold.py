"""Tune article pages: removed lines (rule given) that are gold lines, by page."""
import json, re, sys
from pathlib import Path
from collections import defaultdict
from urllib.parse import urlparse
D = Path("/work/shared/data/wcxb-dev/ground-truth")
d = json.loads(Path(sys.argv[1]).read_text()); rules = set(sys.argv[2].split(","))
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
per = []
for k, v in sorted(d.items()):
    assert int(k) % 2 == 1
    g = json.loads((D / f"{k}.json").read_text())
    if g["_internal"]["page_type"]["primary"] != "article": continue
    gold = " " + norm(g["ground_truth"].get("main_content") or "") + " "
    body = " " + norm(v["body"]) + " "
    hits = [(rule, t) for t, rule in v["removed"] if rule in rules and norm(t) and f" {norm(t)} " in gold and f" {norm(t)} " not in body]
    n = sum(len(norm(t).split()) for _, t in hits)
    if n: per.append((n, k, urlparse(g.get("url") or "").netloc, hits))
per.sort(reverse=True)
for n, k, site, hits in per[: int(sys.argv[3]) if len(sys.argv) > 3 else 40]:
    print(f"== {k} {site} {n} words, {len(hits)} lines")
    for r, t in hits[:int(sys.argv[4]) if len(sys.argv) > 4 else 8]: print(f"    [{r}] {t[:150]}")
