"""Pathological and ordinary inputs: time and SHA-1 of the whole enriched article (less volatile fields)."""
import sys, time, json, hashlib
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
p.enrich(RawArticle(id="w", title="T", text="Il a dit « oui ». He said \"yes\".", language="fr"))
def alt_en(i):
    return f"\"Item {i} is settled,\" said Grace Kelleher.\n\nThe board met {i} times." if i % 2 else f"The chairman said {i} members \"had left\"."
def alt_fr(i):
    return f"« Point {i} réglé », a affirmé Awa Ndiaye.\n\nLe conseil s'est réuni {i} fois." if i % 2 else f"Le directeur a jugé que {i} agents « étaient partis »."
texts = {
 "en-alt-1000": "\n\n".join(alt_en(i) for i in range(1000)),
 "fr-alt-1000": "\n\n".join(alt_fr(i) for i in range(1000)),
 "en-nest-10": "Grace Kelleher said " + "".join("\"he said 'she said " for _ in range(5)) + "halt" + "'\"" * 5 + " and went home. " * 3,
 "en-nest-10-curly": "Grace Kelleher said " + "“he said ‘she said " * 5 + "halt" + "’”" * 5 + ".",
 "fr-nest-10": "Awa Ndiaye a déclaré : " + "« il a dit “ elle a dit " * 5 + "halte" + " ” »" * 5 + ". Puis elle est partie.",
 "fr-nest-10-guil": "Awa Ndiaye a déclaré : " + "« " * 10 + "halte" + " »" * 10 + ".",
 "en-nest-10-unclosed": "Grace Kelleher said \"" + "he said \"" * 10 + "halt. The end.",
 "en-title-only": "",
 "fr-title-only": "",
 "en-ws-only": "   \n\n  \n",
 "en-quote-para-600": "\n\n".join(f"\"Line {i} of a statement that keeps going.\"" for i in range(600)) + "\n\nGrace Kelleher said that.",
 "fr-offices-120": " ".join(f"Emmanuel Macron a parlé {i} fois. Le chef de l'État a dit « oui {i} ». « Non {i} », a ajouté le président." for i in range(120)),
 "en-offices-120": " ".join(f"Keir Starmer spoke {i} times. The Prime Minister said \"yes {i}\". \"No {i},\" the Labour leader added." for i in range(120)),
 "fr-unbalanced": "« " * 250 + "Texte sans fin, a dit Awa Ndiaye." + " »" * 7,
 "en-odd-straight": " ".join(f"She said \"bit {i}" for i in range(350)) + ".",
 "en-qa-200": "\n".join(f"Q: Question {i}?\nA: \"Answer {i},\" said Grace Kelleher." for i in range(200)),
 "fr-qa-200": "\n".join(f"– Question {i} ?\n– Réponse {i}, dit Awa Ndiaye." for i in range(200)),
 "en-digits": " ".join(f"The minister said the answer was \"yes {i}\". \"No,\" the leader added." for i in range(150)),
 "en-plain": "Councillor Jane Doyle said the decision was \"a sad day for the town\". The mayor said she would appeal. \"We will fight it,\" she added.",
 "fr-plain": "« Nous ne lâcherons rien », a lancé Sophie Binet, secrétaire générale de la CGT. Le ministre a répondu que « le dialogue reste ouvert ».",
}
titles = {"en-title-only": "Storm closes schools across the county", "fr-title-only": "« Nous ne céderons pas », affirme le ministre"}
for name, body in texts.items():
    if len(sys.argv) > 1 and sys.argv[1] not in name: continue
    lang = name[:2]
    t0 = time.perf_counter()
    try:
        art = p.enrich(RawArticle(id=name, title=titles.get(name, "Titre"), text=body, language=lang))
        d = art.model_dump(mode="json")
        for k in ("processed_at", "event_id", "pipeline_version"):
            d.pop(k, None)
        h = hashlib.sha1(json.dumps(d, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]
        n = len(art.quotes)
    except Exception as e:
        h, n = type(e).__name__ + str(e)[:80], -1
    print(f"{name:22} {len(body):7} {time.perf_counter()-t0:6.1f}s quotes={n:5} hash={h}", flush=True)
