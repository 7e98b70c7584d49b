"""Odd inputs through the whole pipeline (text and HTML); prints speakers, entity count, or the
exception. Tree on PYTHONPATH. Rows: one article a line in the file given, `\n` for newlines."""
import sys, time
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline

pipeline = Pipeline()
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    text = line.rstrip("\n").replace("\\n", "\n")
    if text.startswith("#"):
        continue
    t = time.process_time()
    try:
        event = pipeline.enrich(RawArticle(id=f"o{i}", text=text))
        out = [(q.text[:30], q.speaker) for q in event.quotes]
        res = f"ents={len(event.entities)} quotes={out}"
    except Exception as exc:  # noqa
        res = f"RAISED {exc!r}"[:300]
    print(f"{i:3} {time.process_time() - t:6.2f}s {text[:50]!r}: {res}")
