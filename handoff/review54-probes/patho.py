"""review54: pathological inputs in this round's shapes through Pipeline.enrich; time and a
hash of the output per input (no crash, no hang)."""
import time, json, hashlib
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__, flush=True)
p = Pipeline(languages=("en", "fr"))
p.enrich(RawArticle(id="w", title="T", text="Il a dit « oui ».", language="fr"))
T = {
 "fr-court-300": ("fr", "Le procès de Yannick Morvan, 52 ans, accusé de fraude, s'est ouvert lundi.\nLa présidente du tribunal, Hélène Garnier, l'a longuement interrogé.\n" + "\n".join(f"— Question numéro {i} ?\n— Réponse numéro {i}." for i in range(300))),
 "fr-interview-300": ("fr", "La ministre a accepté de répondre à nos questions.\n" + "\n".join(f"— Question {i} ?\n— Réponse {i}." for i in range(300))),
 "fr-on-400": ("fr", "Du côté de la direction, on reconnaît des erreurs" + ", mais on assure que « tout ira bien »" * 400 + "."),
 "fr-inverted-on-200": ("fr", "Au cabinet de la ministre, on se veut ferme. " + " ".join(f"« Point {i} », rappelle-t-on." for i in range(200))),
 "fr-occup-200": ("fr", " ".join(f"Jean Dupont{i} élève des vaches. « Phrase {i} », confie l'éleveur. Karim B{i}., 24 ans, est jugé. « Dit {i} », affirme le policier." for i in range(200))),
 "fr-met-200": ("fr", " ".join(f"Des pêcheurs rencontrés sur la plage de Carnac numéro {i} jugent la mesure « absurde »." for i in range(200))),
 "en-beats-300": ("en", " ".join(f"\"Line {i},\" said Joe Byrne. \"More {i}.\" Liam Walsh smiled. \"Alone {i}.\" Maria Lopez sighed." for i in range(300))),
 "en-nick-300": ("en", " ".join(f"Mayor Rogelio \"Jun{i % 9}\" Dimaculangan said \"yes\" Monday." for i in range(300))),
 "en-quotes-scare-500": ("en", " ".join(f"The council called it \"urgent {i}\"." for i in range(500)) + " \"We have nothing.\" Maria Lopez sighed."),
 "fr-dialogue-marks": ("fr", "« Vous signiez sans lire ?\n" + "\n".join(f"– Réponse {i}.\n– Question {i} ?" for i in range(200)) + " »"),
 "empty": ("fr", ""),
}
for name, (lang, text) in T.items():
    t = time.time()
    try:
        a = p.enrich(RawArticle(id=name, title="Titre", text=text, language=lang))
        d = a.model_dump(mode="json"); [d.pop(k, None) for k in ("processed_at", "event_id")]
        h = hashlib.sha1(json.dumps(d, sort_keys=True).encode()).hexdigest()[:10]
        print(f"{name}: {len(a.quotes)} quotes {h} {time.time()-t:.2f}s", flush=True)
    except Exception as e:  # noqa
        print(f"{name}: ERROR {type(e).__name__} {str(e)[:150]}", flush=True)
