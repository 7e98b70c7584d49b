"""review52: does a page's output depend on what ran before it in the same process?
Pages of one site and of two sites, run forward, reversed, and each twice; a hash per page per run."""
import sys, json, hashlib, random
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
def site(name, lang, i, topic, para):
    nav = f"<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav><div class=promo><p>Subscribe to the {name} for just 1 euro a week and get every story first.</p></div>"
    foot = f"<footer><p>© 2026 {name}. All rights reserved.</p><p>Read our privacy policy and cookie settings.</p></footer>"
    rel = f"<aside><h3>Most read</h3><ul><li><a href='/a/1'>Ferry fares rise</a></li><li><a href='/a/2'>Lifeboat honoured</a></li></ul></aside>"
    body = "".join(f"<p>{s}</p>" for s in para)
    return (f"<html lang={lang}><head><title>{topic} | {name}</title><meta name='author' content='Staff {i}'>"
            f"<meta property='article:published_time' content='2026-11-{10+i}T08:00:00Z'></head><body>{nav}"
            f"<article><h1>{topic}</h1>{body}</article>{rel}{foot}</body></html>")
EN = [
 ("Harbour to be dredged", ["The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998.", "Board chairwoman Nora Quigley said the work was \"long overdue\" and would let larger ferries dock.", "Subscribe to the Coast Herald for just 1 euro a week and get every story first.", "The contract will go to tender in February."]),
 ("School roof repaired", ["Pupils returned to St Brigid's on Monday after the roof was repaired over the mid-term break.", "Principal Aidan Ryan said staff were \"hugely relieved\".", "Read our privacy policy and cookie settings.", "The repairs cost 240,000 euro, paid by the department."]),
 ("Bypass vote delayed", ["The county board delayed its vote on the bypass until January.", "Most read", "Engineer Ruth Kane said the route was \"the least bad option\".", "Ferry fares rise"]),
]
FR = [
 ("Le port sera dragué", ["Le conseil portuaire a voté mercredi le dragage du bassin intérieur.", "« Ces travaux étaient attendus », a déclaré la présidente, Nora Quigley.", "Abonnez-vous au Littoral pour 1 euro par mois.", "L'appel d'offres sera lancé en février."]),
 ("L'école rouvre", ["Les élèves ont retrouvé l'école lundi après la réparation du toit.", "« Nous sommes soulagés », a confié le directeur, Aidan Ryan.", "Lire aussi", "Les travaux ont coûté 240 000 euros."]),
]
pages = [(f"en{i}", site("Coast Herald", "en", i, t, ps)) for i, (t, ps) in enumerate(EN)]
pages += [(f"fr{i}", site("Le Littoral", "fr", i, t, ps)) for i, (t, ps) in enumerate(FR)]
pages += [("en0-othersite", site("Valley Courier", "en", 0, *EN[0]))]
plain = [("plain-en", "en", "Harbour to be dredged\n\nThe harbour board agreed on Wednesday to dredge the inner basin.\n\nShare this article\n\nBoard chairwoman Nora Quigley said the work was \"long overdue\"."),
         ("plain-fr", "fr", "Le port sera dragué\n\nLe conseil portuaire a voté mercredi le dragage.\n\nLire aussi : Les tarifs du ferry augmentent\n\n« Ces travaux étaient attendus », a déclaré Nora Quigley.")]
def run(name, item):
    if name.startswith("plain"):
        lang, text = item
        a = p.enrich(RawArticle(id=name, text=text, language=lang))
    else:
        a = p.enrich(RawArticle(id=name, html=item, url=f"https://site.example/{name}"))
    d = a.model_dump(mode="json")
    for k in ("processed_at", "event_id", "pipeline_version"): d.pop(k, None)
    return hashlib.sha1(json.dumps(d, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:10], a
items = [(n, h) for n, h in pages] + [(n, (l, t)) for n, l, t in plain]
seen = {}
orders = {"fwd": items, "rev": items[::-1], "fwd2": items}
rnd = random.Random(7)
for k in range(3):
    o = items[:]; rnd.shuffle(o); orders[f"rnd{k}"] = o
for oname, order in orders.items():
    for n, it in order:
        h, a = run(n, it)
        seen.setdefault(n, {})[oname] = h
        if oname == "fwd":
            print("==", n, "|", a.title, "|", a.author, "|", a.published_at)
            for line in a.body.split("\n"):
                if line.strip(): print("   |", line[:120])
for n, hs in seen.items():
    print(f"{n:16} {'SAME' if len(set(hs.values())) == 1 else 'DIFFERS'} {hs}")
