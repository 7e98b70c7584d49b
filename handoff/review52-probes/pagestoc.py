"""review52: contents headings (pages52 a7bd39cc): orphan, with entries, a real section named Contents."""
import sys
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
head = "<head><title>{t} | Home Money</title><meta property='article:published_time' content='2026-11-20T07:00:00Z'><meta property='og:type' content='article'></head>"
P = "<p>Home insurance comes in two parts, and most lenders insist on the first before they will release a mortgage.</p>"
P2 = "<p>Buildings cover pays to repair the structure: the walls, the roof, the floors and the fitted kitchen.</p>"
P3 = "<p>It also covers your belongings if they are stolen or damaged in a fire, a flood or a burst pipe.</p>"
toc = "<div class=toc><p class=toc-title>Table of Contents</p><ul><li><a href='#b'>Buildings cover</a></li><li><a href='#c'>Contents cover</a></li><li><a href='#x'>Excess</a></li></ul></div>"
pages = {
 "toc-orphan": ("en", "Home insurance explained", f"<article><h1>Home insurance explained</h1>{toc}{P}<h2 id=b>Buildings cover</h2>{P2}</article>"),
 "toc-entries-text": ("en", "Home insurance explained", f"<article><h1>Home insurance explained</h1><div class=toc><p>Table of Contents</p><p>Buildings cover</p><p>Contents cover</p><p>Excess</p></div>{P}<h2>Buildings cover</h2>{P2}</article>"),
 "real-contents-section": ("en", "Home insurance explained", f"<article><h1>Home insurance explained</h1>{P}<h2>Buildings</h2>{P2}<h2>Contents</h2>{P3}</article>"),
 "real-contents-section-last": ("en", "Home insurance explained", f"<article><h1>Home insurance explained</h1>{P}<h2>Buildings</h2>{P2}<h2>Contents</h2></article>"),
 "in-this-article-prose": ("en", "Home insurance explained", f"<article><h1>Home insurance explained</h1><p>In this article</p>{P}{P2}</article>"),
 "fr-sommaire": ("fr", "L'assurance habitation", "<article><h1>L'assurance habitation expliquée</h1><div class=toc><p>Sommaire</p><ul><li><a href='#a'>Le bâti</a></li><li><a href='#b'>Le mobilier</a></li></ul></div><p>L'assurance habitation couvre deux choses, et la plupart des banques exigent la première avant d'accorder un prêt.</p><h2>Le bâti</h2><p>La garantie couvre les murs, le toit et la cuisine équipée en cas de sinistre.</p></article>"),
 "fr-sommaire-section": ("fr", "Le budget", "<article><h1>Le budget de la ville</h1><p>Le conseil a voté le budget mardi soir, après trois heures de débat parfois tendu entre la majorité et l'opposition.</p><h2>Sommaire</h2><p>Voici les grandes lignes du budget voté par les élus pour l'année prochaine.</p></article>"),
}
for name, (lang, t, art) in pages.items():
    html = f"<html lang={lang}>{head.format(t=t)}<body>{art}<footer>© Home Money</footer></body></html>"
    try:
        a = p.enrich(RawArticle(id=name, html=html, url=f"https://homemoney.example/guides/{name}"))
    except Exception as e:
        print("==", name, "ERROR", type(e).__name__, str(e)[:200]); continue
    print("==", name, "| kind:", a.page_kind)
    for line in a.body.split("\n"):
        if line.strip(): print("   |", line[:150])
