"""Page metadata on the WCXB dev pages holding w-condition-invisible, as hashes (both halves):
run once per src/ and compare. usage: PYTHONPATH=SRC:bench python meta_same.py"""
import hashlib
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate.clean import clean_html
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if "w-condition-invisible" in p.html:
        c = clean_html(p.html, p.url)
        print(p.key, hashlib.sha1(repr((c.page, c.page_kind)).encode()).hexdigest()[:12])
