import sys, json
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
p = Pipeline(languages=("en", "fr"))
body = "\n".join(f"– Question {i} ?\n– Réponse {i}, dit Awa Ndiaye." for i in range(200))
art = p.enrich(RawArticle(id="fr-qa-200", title="Titre", text=body, language="fr"))
d = art.model_dump(mode="json")
for k in ("processed_at", "event_id", "pipeline_version"): d.pop(k, None)
print(json.dumps(d, sort_keys=True, ensure_ascii=False, indent=1))
