"""review53: pathological articles of my own in the shapes this round's rules read; prints a
hash of each whole event (quotes and entities) and the time taken. No crash, no hang."""
import hashlib, json, time
from newswire.nlp.pipeline import Pipeline
from newswire.models import RawArticle

court = ("Marc Roy, 41 ans, est accusé de fraude.\n\nLa procureure, Me Anne Dion, l'a interrogé.\n\n"
         + "\n\n".join(("— Où est l'argent ?" if i % 2 == 0 else "— Je ne sais pas.") for i in range(600)))
vox = " ".join(f"Prénom{i % 7 and 'a' or 'e'}, {20 + i % 60} ans, attend. « On attend », dit-elle."
               for i in range(300)).replace("Prénoma", "Léa").replace("Prénome", "Karim")
docs = " ".join("Le rapport note des retards. Il relève que « les coûts ont doublé ». Le ministre a réagi. "
                "Il a promis « des changements »." for _ in range(150))
titles = " ".join("« Nous verrons », a dit Mme Roy. « Non », a répondu M. Roy. « Peut-être », a dit le juge Roy."
                  for _ in range(150)) + " Marie Roy et Paul Roy étaient là."
bang = " ".join("« Pourquoi ? » s'emporte Paul Roy. « Et alors ! » Rappelons que rien n'est fait."
                for _ in range(200))
en_holders = " ".join("The Minister for Housing, Jane Doe, said it was \"fine\". She said \"yes\"."
                      for _ in range(200))
en_y = " ".join("Pedro Reyes y Garcia said \"no\". Cymdeithas yr Iaith said \"yes\"." for _ in range(200))
lst = "<html><head><meta name='description' content='Brest news'><meta property='og:type' content='article'></head><body><article><h1>Brest</h1><p>Brest news</p>" + "".join(
    f"<ul>" + "".join(f"<li><a href='https://e.org/{j}'>Story {j} about Brest council vote</a> an hour ago</li>" for j in range(30)) + "</ul>"
    for _ in range(30)) + "<p>The Brest council voted.</p></article></body></html>"
CASES = [("fr", "court", court), ("fr", "vox", vox), ("fr", "docs", docs), ("fr", "titles", titles),
         ("fr", "bang", bang), ("en", "holders", en_holders), ("en", "y", en_y), ("fr", "empty", ""),
         ("en", "titleonly", None)]
p = Pipeline(languages=("en", "fr"))
for lang, name, text in CASES:
    t = time.perf_counter()
    try:
        if text is None:
            e = p.enrich(RawArticle(id=name, title="Minister says \"no\"", language=lang))
        else:
            e = p.enrich(RawArticle(id=name, title="Titre", text=text or " ", language=lang))
        h = hashlib.sha1(json.dumps([e.quotes and [q.model_dump() for q in e.quotes],
                                     [x.model_dump() for x in e.entities]], default=str).encode()).hexdigest()[:10]
        out = f"{h} q={len(e.quotes)}"
    except Exception as exc:  # noqa: BLE001
        out = f"ERROR {type(exc).__name__}: {str(exc)[:60]}"
    print(f"{name:10} {out:30} {time.perf_counter() - t:6.2f}s")
t = time.perf_counter()
e = p.enrich(RawArticle(id="lst", html=lst, url="https://e.org/brest"))
print(f"{'page':10} lines={len(e.body.splitlines())} q={len(e.quotes)} {time.perf_counter() - t:6.2f}s")
