import json, re
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate.line_rules import is_teaser_heading
NEW = re.compile(
    r"^[\W_]*(?:read this next|up next|keep reading|what to read next|"
    r"(?:recent|latest|popular|similar|other|more|featured) (?:posts?|articles?|blogs?|stories|news|reads|guides)|"
    r"editor['’]?s (?:picks|choice)|you (?:may|might) also be interested in|also read|"
    r"related (?:content|resources|reading)|more to (?:read|explore)|explore more)[\W_]*$", re.I)
d = json.load(open("/tmp/pages45/base-tune.json"))
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1: continue
    lines = d[p.key]["body"].splitlines()
    g = p.gold.get("main_content") or ""
    for i, l in enumerate(lines):
        if NEW.match(l) and not is_teaser_heading(l):
            nxt = [x for x in lines[i+1:i+4] if x.strip()]
            ing = sum(1 for x in nxt if x[:50] in g)
            print(p.key, p.kind, d[p.key]["kind"], repr(l), "heading in gold:", l in g, f"next3 in gold {ing}/{len(nxt)}")
