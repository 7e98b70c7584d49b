"""Tune page: removed lines with their rule. usage: rm.py KEY [filter]"""
import sys, gzip
from newswire.nlp.boilerplate.clean import clean_html
import json
k = sys.argv[1]; assert int(k) % 2 == 1
html = gzip.open(f"/work/shared/data/wcxb-dev/html/{k}.html.gz").read().decode("utf-8", "replace")
url = json.load(open(f"/work/shared/data/wcxb-dev/ground-truth/{k}.json"))["url"]
c = clean_html(html, url)
for r in c.boilerplate.removed_lines:
    if r.rule and r.rule.startswith("page"): continue
    print(f"{r.why}/{r.rule}: {r.text[:120]}")
