"""Title choice on hand-made pages: h1 vs first h2 vs <title>/og:title."""
import sys
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
body = ("<p>The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998, at a cost of four million euro.</p>"
        "<p>Board chairwoman Nora Quigley said the work was \"long overdue\" and would let larger ferries dock by the summer of 2028.</p>"
        "<p>Fishermen said the silt had cut the usable berths by a third, forcing boats to queue at low tide for hours at a time.</p>")
def page(title, heads, og=None, lang="en", extra="", site=None, foot=""):
    m = f"<meta property='og:title' content=\"{og}\">" if og else ""
    m += f"<meta property='og:site_name' content=\"{site}\">" if site else ""
    return f"<html lang={lang}><head><title>{title}</title>{m}</head><body>{heads}<article>{extra}{body}</article>{foot}</body></html>"
pages = {
 "blog-h1-name-h2-post": page("Notes on tide tables | Harbourlog", "<header><h1>Harbourlog</h1><p>A blog about boats</p></header><h2>Notes on tide tables</h2>"),
 "blog-h1-name-h2-post-sitepart": page("Harbourlog - Notes on tide tables", "<h1>Harbourlog</h1><h2>Notes on tide tables</h2>"),
 "hero-slogan": page("Harbour to be dredged at last | Coast Herald", "<h1>Building a better harbour together</h1><h2>Harbour to be dredged at last</h2>"),
 "pullquote-h1": page("Harbour to be dredged at last | Coast Herald", "<h1>“This is long overdue”</h1><h2>Harbour to be dredged at last</h2>"),
 "news-normal": page("Harbour to be dredged at last | Coast Herald", "<h1>Harbour to be dredged at last</h1><h2>What happens next</h2>"),
 "seo-short-title-h2-section": page("Dredging | Coast Herald", "<h1>Harbour to be dredged at last after decades of delay</h1><h2>Dredging</h2>"),
 "explainer-short-title": page("Budget 2027 | Coast Herald", "<h1>Budget 2027: what it means for you and your family</h1><h2>Budget 2027</h2>"),
 "liveblog-topic-title": page("Storm Ellen | Coast Herald", "<h1>Storm Ellen live: roads closed across the county</h1><h2>Storm Ellen</h2>"),
 "site-only-title": page("Coast Herald", "<h2>Coast Herald</h2><h1>Harbour to be dredged at last</h1>"),
 "listing-section": page("News | Coast Herald", "<h2>News</h2>" + "".join(f"<h3><a href='/n/{i}'>Story {i} about the harbour board</a></h3>" for i in range(5))),
 "og-differs": page("Harbour dredge approved - Coast Herald", "<h1>Coast Herald</h1><h2>Harbour to be dredged at last</h2>", og="Harbour to be dredged at last"),
 "h2-sidebar-first": page("Most read | Coast Herald", "<aside><h2>Most read</h2></aside><h1>Harbour to be dredged at last</h1>"),
 "fr-blog": page("Carnet de bord : les marées | Le Blog du Port", "<h1>Le Blog du Port</h1><h2>Carnet de bord : les marées</h2>", lang="fr"),
 "no-h1-h2-title": page("Harbour to be dredged at last | Coast Herald", "<h2>Harbour to be dredged at last</h2>"),
 "h1-and-h2-both-title": page("Harbour to be dredged at last | Coast Herald", "<h1>Harbour to be dredged at last</h1><h2>Harbour to be dredged at last</h2>"),
 "forum-thread": page("Is the dredge worth it? - Coast Forum", "<h1>Coast Forum</h1><h2>Is the dredge worth it?</h2>"),
 "site-only-title-ogsite": page("Coast Herald", "<h2>Coast Herald</h2><h1>Harbour to be dredged at last</h1>", site="Coast Herald"),
 "site-only-title-footer-h2": page("Coast Herald", "<h1>Harbour to be dredged at last</h1>", foot="<footer><h2>Coast Herald</h2><p>News for the coast since 1902</p></footer>"),
 "site-only-title-logo-h2-noh1": page("Coast Herald", "<header><h2>Coast Herald</h2></header><h3>Harbour to be dredged at last</h3>"),
 "h1-contains-title": page("Harbour dredging | Coast Herald", "<h1>Harbour dredging: board approves €4m plan</h1><h2>Harbour dredging</h2>"),
 "product": page("Tide clock TC-2 | ShipShop", "<h1>ShipShop</h1><h2>Tide clock TC-2</h2>"),
}
for name, html in pages.items():
    if len(sys.argv) > 1 and sys.argv[1] not in name: continue
    try:
        a = p.enrich(RawArticle(id=name, html=html, url=f"https://coastherald.example/p/{name}"))
    except Exception as e:
        print(f"{name:32} ERROR {type(e).__name__} {str(e)[:100]}"); continue
    first = a.body.split("\n")[0][:50] if a.body else ""
    print(f"{name:32} title={a.title!r} src={getattr(a, 'title_source', None)} kind={getattr(a, 'page_kind', None)} body0={first!r}")
