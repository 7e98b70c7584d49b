"""review54 (speed54 identity): every row (lang|title|body) through Pipeline.enrich; print the
whole enriched article as sorted JSON, less volatile fields, one line per article."""
import sys, json
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__, flush=True)
p = Pipeline(languages=("en", "fr"))
VOL = ("processed_at", "event_id", "pipeline_version", "timings", "timing", "elapsed")
for path in sys.argv[1:]:
    for n, line in enumerate(open(path, encoding="utf-8")):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        lang, title, body = line.split("|", 2)
        body = body.replace("\\n", "\n")
        try:
            a = p.enrich(RawArticle(id=f"p{n}", title=title, text=body, language=lang))
        except Exception as e:  # noqa
            print(n, "ERROR", type(e).__name__, str(e)[:200]); continue
        d = a.model_dump(mode="json")
        for k in VOL:
            d.pop(k, None)
        print(n, json.dumps(d, sort_keys=True, ensure_ascii=False))
