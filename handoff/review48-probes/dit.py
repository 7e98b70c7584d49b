import sys, time
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
p = Pipeline(languages=("fr",))
p.enrich(RawArticle(id="w", title="T", text="Il dit avoir vu la scène.", language="fr"))
for n in (100, 200, 400):
    body = "Les habitants " + ", ".join(f"disent avoir vu {i} voitures et affirment n'avoir jamais reçu d'aide" for i in range(n)) + "."
    t0 = time.perf_counter()
    art = p.enrich(RawArticle(id="x", title="Titre", text=body, language="fr"))
    print(newswire.__file__.split("/")[3], n, f"{time.perf_counter()-t0:.1f}s", len(art.quotes), flush=True)
