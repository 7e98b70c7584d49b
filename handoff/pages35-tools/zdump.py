import json, sys
from pathlib import Path
from zyte_pages import load
from newswire.nlp.boilerplate.clean import clean_html
truth, pages = load(Path("/work/shared/data/zyte-aeb"))
json.dump({k: clean_html(h).body for k, h in pages.items()}, open(sys.argv[1], "w"))
