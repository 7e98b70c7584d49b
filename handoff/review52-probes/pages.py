"""Hand-made HTML pages and plain-text feed items through Pipeline.enrich: title, kind, metadata,
body lines (every line), removed lines if exposed, quotes."""
import sys, json
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
P = lambda s: f"<p>{s}</p>"
st = [P("The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998, at a cost of four million euro."),
      P("Board chairwoman Nora Quigley said the work was \"long overdue\" and would let larger ferries dock by the summer of 2028."),
      P("Fishermen said the silt had cut the usable berths by a third, forcing boats to queue at low tide for hours at a time."),
      P("The contract will go to tender in February, and the board expects the dredging itself to take about eleven weeks.")]
fr = [P("Le conseil portuaire a voté mercredi le dragage du bassin intérieur, une première depuis 1998, pour un coût de quatre millions d'euros."),
      P("« Ces travaux étaient attendus depuis longtemps », a déclaré la présidente du conseil, Nora Quigley, devant les élus."),
      P("Les pêcheurs affirment que la vase a réduit d'un tiers les places disponibles, obligeant les bateaux à attendre la marée."),
      P("L'appel d'offres sera lancé en février, et le chantier devrait durer onze semaines selon le conseil.")]
head = ('<head><title>Harbour to be dredged at last | Coast Herald</title><meta property="og:title" content="Harbour to be dredged at last">'
        '<meta name="author" content="Ciarán Moloney"><meta property="article:published_time" content="2026-11-18T08:30:00Z">'
        '<meta property="og:site_name" content="Coast Herald"><link rel="canonical" href="https://coastherald.example/news/harbour-dredged"></head>')
headnodate = '<head><title>Harbour to be dredged at last | Coast Herald</title></head>'
rel = "".join(f'<li><a href="/news/2026/10/{d:02d}/{s.lower().replace(" ", "-")}">{s}</a></li>' for d, s in [
    (3, "Ferry fares to rise in spring"), (9, "Lifeboat crew honoured for night rescue"), (21, "New pier lights switched on")])
pages = {
 "story": f"<html lang=en>{head}<body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav><article><h1>Harbour to be dredged at last</h1><p class=byline>By Ciarán Moloney</p>{''.join(st)}</article><footer>© 2026 Coast Herald</footer></body></html>",
 "story-related-list": f"<html lang=en>{head}<body><article><h1>Harbour to be dredged at last</h1>{''.join(st[:2])}<h3>Related stories</h3><ul>{rel}</ul>{''.join(st[2:])}</article></body></html>",
 "story-related-after": f"<html lang=en>{head}<body><article><h1>Harbour to be dredged at last</h1>{''.join(st)}<section class=more><h2>More from Coast Herald</h2><ul>{rel}</ul></section></article></body></html>",
 "story-nodate-datedlinks": f"<html lang=en>{headnodate}<body><article><h1>Harbour to be dredged at last</h1>{''.join(st[:3])}<p>Read next:</p><ul>{rel}</ul>{st[3]}</article></body></html>",
 "story-own-list": f"<html lang=en>{head}<body><article><h1>Harbour to be dredged at last</h1>{''.join(st[:2])}<p>The board gave three reasons:</p><ul><li>Silt has cut the usable berths by a third.</li><li>Larger ferries cannot dock at low tide.</li><li>The last dredge was in 1998.</li></ul>{''.join(st[2:])}</article></body></html>",
 "story-inline-boxes": f"<html lang=en>{head}<body><article><h1>Harbour to be dredged at last</h1>{st[0]}<div><p>Advertisement</p></div>{st[1]}<div><h4>Sign up to our daily newsletter</h4><p>Get the Coast Herald in your inbox every morning.</p></div>{st[2]}<p>Share this article</p>{st[3]}<p>Ciarán Moloney is the Coast Herald's maritime correspondent.</p></article></body></html>",
 "liveblog": "<html lang=en><head><title>Storm Ellen live: roads closed | Coast Herald</title><meta property='article:published_time' content='2026-11-20T07:00:00Z'></head><body><article><h1>Storm Ellen live: roads closed across the county</h1>" + "".join(f"<div class=post><time>{h}:{m:02d}</time><h3>{t}</h3><p>{b}</p></div>" for h, m, t, b in [(15, 10, 'Ferries cancelled', 'All sailings from the harbour are off until tomorrow, the operator said.'), (14, 45, 'Power cuts', 'About 8,000 homes are without power, according to the network operator.'), (13, 5, 'Schools shut', 'Schools in the north of the county closed at noon as gusts reached 120km/h.')]) + "</article></body></html>",
 "listing": "<html lang=en><head><title>News | Coast Herald</title></head><body><h1>Latest news</h1>" + "".join(f"<article class=teaser><h2><a href='/news/2026/11/{10+i}/story-{i}'>Harbour story number {i} about ferries and the port budget</a></h2><p>Summary {i}: what the board decided at its monthly meeting.</p><time datetime='2026-11-{10+i}'>{10+i} November</time></article>" for i in range(1, 9)) + "<nav class=pager><a href='?page=2'>Next page</a></nav></body></html>",
 "forum": "<html lang=en><head><title>Dredging the harbour - is it worth it? - Coast Forum</title></head><body><div class=header><a href='/'>Coast Forum</a> <a href='/login'>Log in</a> <a href='/register'>Register</a></div><h1>Dredging the harbour - is it worth it?</h1>" + "".join(f"<div class=post><div class=user>{u}</div><div class=date>Posted 19 Nov 2026</div><div class=content><p>{t}</p></div><div class=actions>Reply Quote Report</div></div>" for u, t in [('seadog77', 'Four million for mud? The ferries manage fine as they are.'), ('NoraQ_fan', 'You clearly have never queued at low tide with a full hold.'), ('harbourwatcher', 'The last dredge in 1998 made a real difference, I remember it.')]) + "<div class=footer>Powered by ForumSoft. Terms. Privacy.</div></body></html>",
 "fr-story-lire-aussi": "<html lang=fr><head><title>Le port sera dragué - Le Littoral</title><meta name='author' content='Anne Le Gall'></head><body><article><h1>Le port sera dragué</h1>" + fr[0] + fr[1] + "<p><strong>À lire aussi :</strong> <a href='/actu/2026/11/02/ferry'>Les tarifs du ferry augmentent</a></p>" + fr[2] + "<h3>Sur le même sujet</h3><ul><li><a href='/actu/2026/10/05/phare'>Le phare rénové</a></li><li><a href='/actu/2026/10/12/peche'>La pêche en crise</a></li></ul>" + fr[3] + "</article></body></html>",
 "fr-listing": "<html lang=fr><head><title>Actualités - Le Littoral</title></head><body><h1>Toute l'actualité</h1>" + "".join(f"<div class=card><h2><a href='/actu/2026/11/{10+i}/a{i}'>Article numéro {i} sur le port et la pêche</a></h2><p>Résumé {i} de la réunion du conseil.</p></div>" for i in range(1, 7)) + "</body></html>",
}
plain = {
 "plain-headline": ("en", "Harbour to be dredged at last\n\nThe harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998.\n\nBoard chairwoman Nora Quigley said the work was \"long overdue\".\n\nThe contract will go to tender in February."),
 "plain-dateline": ("en", "Harbour to be dredged at last\n\nCORK, Ireland (Coast Wire) — The harbour board agreed on Wednesday to dredge the inner basin.\n\n\"It is long overdue,\" said chairwoman Nora Quigley.\n\nRESULTS TABLE\nCork 3 Kerry 1\nClare 0 Limerick 2"),
 "plain-quote-headline": ("en", "\"Long overdue\": harbour board backs dredging\n\nThe harbour board agreed on Wednesday to dredge the inner basin.\n\nBoard chairwoman Nora Quigley said the work was \"long overdue\"."),
 "plain-no-headline": ("en", "The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998, at a cost of four million euro.\n\nBoard chairwoman Nora Quigley said the work was \"long overdue\"."),
 "plain-tail": ("en", "Harbour to be dredged at last\n\nThe harbour board agreed on Wednesday to dredge the inner basin.\n\nNora Quigley said the work was \"long overdue\".\n\nShare this article\nFacebook\nTwitter\nEmail\n\nRead more:\nFerry fares to rise in spring\nLifeboat crew honoured"),
 "plain-livetimes": ("en", "Storm Ellen live\n\n3.10pm\nAll sailings from the harbour are off until tomorrow, the operator said.\n\n2.45pm\nAbout 8,000 homes are without power.\n\n1.05pm\nSchools closed at noon."),
 "plain-wrapped-end": ("en", "Harbour to be dredged at last\n\nThe harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998, at a cost\nof four million euro, and the contract will go to tender\nin February."),
 "plain-fr": ("fr", "Le port sera dragué\n\nBREST (AFP) - Le conseil portuaire a voté mercredi le dragage du bassin intérieur.\n\n« Ces travaux étaient attendus », a déclaré Nora Quigley.\n\nLire aussi : Les tarifs du ferry augmentent"),
 "plain-list": ("en", "Five things to know about the dredge\n\n1. It costs four million euro.\n2. It starts in February.\n3. It takes eleven weeks.\n\nThe board said the work was \"long overdue\"."),
}
only = sys.argv[1] if len(sys.argv) > 1 else None
def show(a, name):
    pg = a.page.model_dump(exclude_none=True) if getattr(a, "page", None) else None
    print("==", name, "| title:", repr(a.title), getattr(a, "title_source", None), "| kind:", getattr(a, "page_kind", None), "| author:", a.author, "| date:", a.published_at, getattr(a, "published_at_source", None))
    if pg: print("   page:", json.dumps(pg, default=str, ensure_ascii=False)[:400])
    for line in a.body.split("\n"):
        if line.strip():
            print("   |", line[:120])
    print("   quotes:", [(q.text[:30], q.speaker) for q in a.quotes])
for name, html in pages.items():
    if only and only not in name: continue
    try:
        a = p.enrich(RawArticle(id=name, html=html, url=f"https://coastherald.example/{name}"))
    except Exception as e:
        print("==", name, "ERROR", type(e).__name__, str(e)[:200]); continue
    show(a, name)
for name, (lang, text) in plain.items():
    if only and only not in name: continue
    try:
        a = p.enrich(RawArticle(id=name, text=text, language=lang))
    except Exception as e:
        print("==", name, "ERROR", type(e).__name__, str(e)[:200]); continue
    show(a, name)
