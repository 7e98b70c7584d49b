"""usage: PYTHONPATH=SRC:bench python hashdump.py OUT HALF: sha1 of each page's body (no text kept)."""
import json, sys, hashlib
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate.clean import clean_html
out = {}
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != int(sys.argv[2]): continue
    out[p.key] = hashlib.sha1(clean_html(p.html, p.url).body.encode()).hexdigest()
Path(sys.argv[1]).write_text(json.dumps(out))
print(len(out))
