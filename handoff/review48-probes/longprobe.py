import sys, time
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__, flush=True)
p = Pipeline(languages=("en", "fr"))
texts = {
 "fr-one-para-incises": " ".join(f"« Phrase numéro {i} », a déclaré le préfet, Jean Roy. Un manifestant a été interpellé. « Suite {i} », a-t-il ajouté." for i in range(300)),
 "fr-long-sentence-dit": "Les habitants " + ", ".join(f"disent avoir vu {i} voitures et affirment n'avoir jamais reçu d'aide" for i in range(400)) + ".",
 "fr-laisse": " ".join(f"Le ministre {i} a laissé entendre que rien n'était décidé." for i in range(300)),
 "fr-offices": " ".join(f"« Oui {i} », relève Nadia Bousquet, conseillère. Le maire de Toulouse s'est dit ouvert. « Non {i} », a-t-il affirmé." for i in range(200)),
 "en-according": "Sales fell, " + ", and ".join(f"prices rose {i} percent" for i in range(400)) + ", according to the agency.",
 "en-names": " ".join(f"Center Tyler Okafor{i} said it was \"fine\". Declan Furlong SC said \"no\". Labour's Niall Corrigan said \"yes\"." for i in range(200)),
}
for name, body in texts.items():
    lang = name[:2]
    t0 = time.perf_counter()
    try:
        art = p.enrich(RawArticle(id=name, title="Titre", text=body, language=lang))
        n = len(art.quotes)
        bad = sum(1 for q in art.quotes if getattr(art, q.field)[q.start:q.end] != q.text)
    except Exception as e:
        n, bad = type(e).__name__ + str(e)[:100], -1
    print(name, len(body), f"{time.perf_counter()-t0:.1f}s", n, "offset-bad", bad, flush=True)
