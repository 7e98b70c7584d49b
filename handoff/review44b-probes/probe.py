"""Print quotes and speakers for hand-made texts (lang|title|body per row in a file)."""
import sys, json
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.quotes.extract import extract_quotes
from newswire.nlp.boilerplate import find_dateline
import newswire
print("#", newswire.__file__)
p = Pipeline()
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    lang, title, body = line.split("|", 2)
    body = body.replace("\\n", "\n")
    nlp = p.nlp if lang == "en" else p.models.full("fr")
    t, b = nlp(title), nlp(body)
    ents = extract_entities(t, b)
    kw = {}
    if lang == "en":
        d = find_dateline(body); kw["dateline_end"] = d.end if d else 0
    qs = extract_quotes(t, b, ents, **kw)
    print("==", body[:90])
    for q in qs:
        print("   ", repr(q.text[:50]), "->", q.speaker, q.speaker_kind)
    if lang == "en":
        print("    ents:", [(e.name, e.type) for e in ents][:12])
