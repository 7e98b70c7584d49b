"""review53: a paragraph equal to the page's description (issue 13, pages53's lead-paragraph
rule), on pages of my own: a WordPress excerpt, a written chapô in a <p>, a site tagline in a
<p> of the page. Prints body lines, removed lines with rule, quotes."""
from newswire.nlp.pipeline import Pipeline
from newswire.models import RawArticle

BODY_FR = ["Le conseil municipal de Brest a voté lundi soir le report du tramway, après une séance "
           "de quatre heures où les habitants ont défilé au micro.",
           "« Nous ne pouvions pas voter un projet dont le coût a doublé », a déclaré le maire, "
           "François Cuillandre, à la sortie de la séance.",
           "L'opposition a dénoncé « un enterrement de première classe » et réclame un référendum "
           "local avant la fin de l'année.",
           "Les travaux, prévus pour 2027, sont désormais repoussés sine die."]
BODY_EN = ["The county council voted on Monday night to delay the bypass for another year, after a "
           "four-hour meeting in which residents queued to speak against the route.",
           "\"We could not vote for a road whose cost has doubled,\" council leader Ruth Kane said "
           "after the meeting.",
           "Opponents called it \"a first-class burial\" and want a local vote before the end of the year.",
           "Work, planned for 2027, is now postponed indefinitely."]


def page(lang, desc, paras, extra_top="", extra_bottom=""):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><title>Tramway</title><meta name='description' content='{desc}'>"
            f"<meta property='og:description' content='{desc}'><meta property='og:type' content='article'>"
            f"</head><body><article><h1>Le tramway reporté</h1>{extra_top}{ps}{extra_bottom}</article>"
            f"<footer><p>Mentions légales</p></footer></body></html>")


TAG_FR = "Toute l&#39;actualité de Brest et du Finistère, en continu, par la rédaction du Télégramme."
TAG_EN = "All the latest news, sport and weather from across the county, updated every day by our newsroom."
CHAPO = ("Le maire François Cuillandre a assuré que « le coût a doublé ». L&#39;opposition réclame un "
         "référendum local.")
CASES = [
    ("fr: WordPress excerpt = first paragraph", page("fr", BODY_FR[0].replace("'", "&#39;"), BODY_FR)),
    ("fr: written chapô in a <p class=chapo>", page("fr", CHAPO, BODY_FR,
                                                    extra_top=f"<p class='chapo'>{CHAPO}</p>")),
    ("fr: site tagline = description, in a <p> at the end", page("fr", TAG_FR, BODY_FR,
                                                                 extra_bottom=f"<p>{TAG_FR}</p>")),
    ("en: site tagline = description, in a <p> at the top", page("en", TAG_EN, BODY_EN,
                                                                 extra_top=f"<p>{TAG_EN}</p>")),
    ("fr: site tagline = description, in a <p> at the top", page("fr", TAG_FR, BODY_FR,
                                                                 extra_top=f"<p>{TAG_FR}</p>")),
    ("en: tagline sharing no word with the story, at the top", page("en", "Independent journalism you can trust, delivered daily.", BODY_EN,
                                                                 extra_top="<p>Independent journalism you can trust, delivered daily.</p>")),
    ("en: cut description (...) of a promo paragraph", page("en", "Subscribe to our newsletter for the "
                                                            "best of local news every...", BODY_EN,
                                                            extra_bottom="<p>Subscribe to our newsletter for "
                                                            "the best of local news every morning, free.</p>")),
]
p = Pipeline(languages=("en", "fr"))
for name, html in CASES:
    e = p.enrich(RawArticle(id=name[:20], html=html, url="https://example.org/brest/tram"))
    print(f"## {name}")
    for line in e.body.split("\n"):
        if line.strip():
            print("   B", line[:70])
    print("   removed: " + "; ".join(f"{r.rule}:{r.text[:40]!r}" for r in e.boilerplate.removed_lines))
    for q in e.quotes:
        print(f"   Q {q.text[:50]!r} -> {q.speaker}")
