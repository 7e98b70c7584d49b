"""review54 (pages54 8f2be4e7): pages that declare og:type article, at URLs that name a
headline and URLs that do not (an id, a query, a short code), in the shapes news sites print:
a plain story, a story in <main> with a related box and a newsletter box, a story that is a
list of links (a round-up), a short brief, and a section front. My own pages. Prints kind,
title, author, date, every body line, quotes."""
import json
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__, flush=True)
p = Pipeline(languages=("en", "fr"))
P = lambda s: f"<p>{s}</p>"
ST = [P("The county council voted on Tuesday night to close two of its five public libraries by the end of March, citing a shortfall of 2.4 million euro in its budget."),
      P("\"We had no good options left,\" council leader Ruth Kane said after the vote, which passed by 14 votes to 11."),
      P("Library staff, who learned of the plan last week, said the branches in Ballyglass and Kilbride served more than 900 readers a month."),
      P("Opposition councillors said they would ask the minister to review the decision and called the closures \"a short-sighted cut\".")]
FR = [P("Le conseil départemental a voté mardi soir la fermeture de deux de ses cinq médiathèques d'ici la fin mars, invoquant un trou de 2,4 millions d'euros."),
      P("« Nous n'avions plus de bonne option », a déclaré la présidente, Ruth Kane, à l'issue du vote, acquis par 14 voix contre 11."),
      P("Les agents, informés la semaine dernière, rappellent que les deux sites accueillaient plus de 900 lecteurs par mois."),
      P("L'opposition entend saisir le ministre et dénonce « une économie à courte vue ».")]
def head(lang, title, og="article"):
    return (f"<head><title>{title} | County Echo</title><meta property='og:type' content='{og}'>"
            f"<meta property='og:title' content='{title}'><meta name='author' content='Aoife Brennan'>"
            f"<meta property='article:published_time' content='2026-11-18T08:30:00Z'></head>")
REL = "<aside class='related'><h3>Related</h3><ul>" + "".join(f"<li><a href='/news/a{n}.html'>{t}</a></li>" for n, t in [(41234567, "Swimming pool to close for repairs"), (41234570, "Council tax to rise by 3%"), (41234588, "New mayor sworn in")]) + "</ul></aside>"
NEWS = "<div class='newsletter'><h4>Get our morning briefing</h4><p>Sign up for the County Echo newsletter.</p></div>"
NAV = "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a> <a href='/business'>Business</a></nav>"
FOOT = "<footer><p>© 2026 County Echo. All rights reserved.</p><p><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></p></footer>"
pages = {
 "plain": lambda: f"<html lang=en>{head('en', 'Two libraries to close')}<body>{NAV}<article><h1>Two libraries to close</h1><p class=byline>By Aoife Brennan</p>{''.join(ST)}</article>{FOOT}</body></html>",
 "main-related": lambda: f"<html lang=en>{head('en', 'Two libraries to close')}<body>{NAV}<main><h1>Two libraries to close</h1>{''.join(ST[:2])}{REL}{''.join(ST[2:])}{NEWS}</main>{FOOT}</body></html>",
 "roundup": lambda: f"<html lang=en>{head('en', 'Five things to do this weekend')}<body>{NAV}<article><h1>Five things to do this weekend</h1><p>The county's weekend has something for every taste, from a harvest fair to a late-night library reading.</p><ul>" + "".join(f"<li><a href='/whats-on/e{n}'>{t}</a>: {d}</li>" for n, t, d in [(1, 'Harvest fair in Ballyglass', 'stalls, music and a tractor run from 10am on Saturday'), (2, 'Night reading at Kilbride library', 'local authors read until midnight on Friday'), (3, 'Coastal walk', 'a guided 8km walk leaves the pier at 9am on Sunday'), (4, 'Jazz at the Old Mill', 'the Mill Quartet play from 8pm, tickets 15 euro'), (5, 'Farmers market', 'every Sunday morning in the square')]) + f"</ul><p>\"It's the busiest weekend of the autumn,\" said tourism officer Liam Walsh.</p></article>{FOOT}</body></html>",
 "brief": lambda: f"<html lang=en>{head('en', 'Road closed after crash')}<body>{NAV}<main><div class=promo><a href='/subscribe'>Subscribe now</a></div><article><h1>Road closed after crash</h1><p>The N17 is closed near Tuam after a two-car crash on Wednesday morning, gardaí said.</p></article><section><h2>Most read</h2><ol><li><a href='/news/a1'>Two libraries to close</a></li><li><a href='/news/a2'>Council tax to rise</a></li></ol></section></main>{FOOT}</body></html>",
 "section-front": lambda: f"<html lang=en>{head('en', 'News')}<body>{NAV}<main><h1>News</h1>" + "".join(f"<div class=teaser><h2><a href='/news/a{41234500+i}.html'>Story {i} about the council and its budget this week</a></h2><p>Summary {i} of what the council decided.</p></div>" for i in range(1, 8)) + f"</main>{FOOT}</body></html>",
 "fr-plain": lambda: f"<html lang=fr>{head('fr', 'Deux médiathèques vont fermer')}<body>{NAV}<article><h1>Deux médiathèques vont fermer</h1>{''.join(FR[:2])}<p><strong>À lire aussi :</strong> <a href='/actu/612345'>La piscine fermée pour travaux</a></p>{''.join(FR[2:])}</article>{FOOT}</body></html>",
}
URLS = {
 "slug": "https://countyecho.example/news/two-libraries-to-close-in-budget-cut",
 "id": "https://countyecho.example/news/irish-news/a41234567.html",
 "query": "https://countyecho.example/?p=41234",
 "code": "https://countyecho.example/news/articles/c0k3l9x2",
 "dated-id": "https://countyecho.example/2026/11/18/41234567/",
}
def show(a, name):
    print("==", name, "| kind:", getattr(a, "page_kind", None), "| title:", repr(a.title), "| author:", a.author, "| date:", a.published_at)
    for line in (a.body or "").split("\n"):
        if line.strip():
            print("   |", line[:110])
    print("   quotes:", [(q.text[:30], q.speaker) for q in a.quotes])
for pname, make in pages.items():
    for uname, url in URLS.items():
        try:
            a = p.enrich(RawArticle(id=f"{pname}-{uname}", html=make(), url=url))
        except Exception as e:  # noqa
            print("==", pname, uname, "ERROR", type(e).__name__, str(e)[:200]); continue
        show(a, f"{pname} @ {uname}")
