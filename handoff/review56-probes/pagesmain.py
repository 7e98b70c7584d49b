"""review56: pages56 9701c44b (a page told article whose URL names no story is read by its
<main>): news stories whose URL has a short slug, an index.html or a query, with a <main>
holding more than the story; and the rule's own shape (a section front told article)."""
P = lambda s: f"<p>{s}</p>"
EN = [P("The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998, at a cost of four million euro."),
      P("Board chairwoman Nora Quigley said the work was \"long overdue\" and would let larger ferries dock by the summer of 2028."),
      P("Fishermen said the silt had cut the usable berths by a third, forcing boats to queue at low tide for hours at a time.")]
FR = [P("Le conseil portuaire a voté mercredi le dragage du bassin intérieur, une première depuis 1998, pour un coût de quatre millions d'euros."),
      P("« Ces travaux étaient attendus depuis longtemps », a déclaré la présidente du conseil, Nora Quigley, devant les élus."),
      P("Les pêcheurs affirment que la vase a réduit d'un tiers les places disponibles, obligeant les bateaux à attendre la marée.")]
def head(title, lang="en"):
    return (f"<head><title>{title} | Coast Herald</title><meta property='og:type' content='article'>"
            f"<meta property='og:title' content='{title}'><meta name='author' content='Ciarán Moloney'>"
            "<meta property='article:published_time' content='2026-11-18T08:30:00Z'></head>")
NAV = "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
FOOT = "<footer>© 2026 Coast Herald. <a href='/privacy'>Privacy</a></footer>"
TEASERS = "<section class='most-read'><h2>Most read</h2>" + "".join(
    f"<div class='teaser'><h3><a href='/news/{s.lower().replace(' ', '-')}'>{s}</a></h3><p>{d}</p></div>" for s, d in [
    ("Ferry fares to rise in spring", "The operator blamed fuel costs and said the rise would be the first in three years for island passengers."),
    ("Lifeboat crew honoured for night rescue", "Five volunteers were praised for saving two fishermen whose trawler sank off the headland in a gale."),
    ("New pier lights switched on", "The council said the lights would cut its power bill by a third and make the pier safer for walkers."),
    ("School bus route cut", "Parents said the change would leave forty children with a walk of two miles along a road with no path."),
    ("Market stalls to move", "Traders will move to the square for the summer while the old market hall is repaired and repainted.")]) + "</section>"
COMMENTS = "<section class='comments'><h2>3 comments</h2>" + "".join(
    f"<div class='comment'><p class='user'>{u}</p><p>{t}</p></div>" for u, t in [
    ("seadog77", "Four million for mud? The ferries manage fine as they are, and the money would be better spent on the roads."),
    ("NoraQ_fan", "You clearly have never queued at low tide with a full hold and a buyer waiting on the quay."),
    ("harbourwatcher", "The last dredge in 1998 made a real difference, I remember it well, it was worth every penny.")]) + "</section>"
def story(url, lang="en", extra=TEASERS + COMMENTS, paras=None):
    paras = paras or (EN if lang == "en" else FR)
    h1 = "Harbour to be dredged" if lang == "en" else "Le port sera dragué"
    html = (f"<html lang={lang}>{head(h1, lang)}<body>{NAV}<main><article><h1>{h1}</h1><p class=byline>By Ciarán Moloney</p>"
            f"{''.join(paras)}</article>{extra}</main>{FOOT}</body></html>")
    return (html, url)
SECTION = ("<html lang=en>" + head("News") + "<body>" + NAV + "<main><h1>News</h1>" + "".join(
    f"<div class=card><h2><a href='/news/story-{i}'>Harbour story number {i} about ferries</a></h2><p>Summary {i}: what the board decided at its monthly meeting on the port budget.</p></div>"
    for i in range(1, 9)) + "</main>" + FOOT + "</body></html>")
PAGES = {
    "slug-3-words": story("https://coastherald.example/news/harbour-to-be-dredged"),
    "slug-1-word": story("https://coastherald.example/news/dredging"),
    "slug-2-words": story("https://coastherald.example/news/harbour-dredged"),
    "slug-index-html": story("https://coastherald.example/news/harbour-to-be-dredged/index.html"),
    "article-php-id": story("https://coastherald.example/news/article.php?id=45"),
    "story-id-query": story("https://coastherald.example/news/article.php?id=104533"),
    "amp": story("https://coastherald.example/amp/dredging"),
    "fr-slug-2": story("https://lelittoral.example/actu/port-brest", lang="fr"),
    "fr-slug-1": story("https://lelittoral.example/brest/dragage", lang="fr"),
    "no-extra-slug-1": story("https://coastherald.example/news/dredging", extra=""),
    "comments-only-slug-1": story("https://coastherald.example/news/dredging", extra=COMMENTS),
    "teasers-only-slug-1": story("https://coastherald.example/news/dredging", extra=TEASERS),
    "section-front": (SECTION, "https://coastherald.example/news"),
    "section-front-slash": (SECTION, "https://coastherald.example/news/"),
}
