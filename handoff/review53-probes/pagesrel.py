"""review53: related-link boxes and the article's own linked lists (issue 13), my own pages.
Prints per page which list items stay in the body and which lines are removed with rule."""
from newswire.nlp.pipeline import Pipeline
from newswire.models import RawArticle

EN = ["The county council voted on Monday night to delay the bypass for another year, after a "
      "four-hour meeting in which residents queued to speak against the route.",
      "Councillor Ruth Kane said the delay would cost the county more than two million pounds in "
      "fees already paid to engineers and lawyers over the last decade.",
      "Opponents say the road would cut through the last stretch of wet meadow along the river, "
      "home to otters, kingfishers and a rare orchid found nowhere else in the region.",
      "The vote was 23 to 19, with three abstentions, and the council will now commission a new "
      "study of traffic on the old road through the town centre."]
FR = ["Le conseil départemental a voté lundi soir le report d'un an du contournement, après une "
      "séance de quatre heures où les habitants ont fait la queue pour s'exprimer contre le tracé.",
      "La conseillère Ruth Kane a estimé que ce report coûterait plus de deux millions d'euros "
      "d'honoraires déjà versés aux ingénieurs et aux avocats depuis dix ans.",
      "Les opposants affirment que la route couperait la dernière prairie humide le long de la "
      "rivière, où vivent loutres, martins-pêcheurs et une orchidée rare.",
      "Le vote a été acquis par 23 voix contre 19, avec trois abstentions, et une nouvelle étude "
      "de la circulation sera commandée."]
HEAD_EN = ["Floods close the coastal road for a third week", "Mayor resigns after audit of city contracts",
           "School meals to rise by 40p from September", "New ferry enters service two years late"]
HEAD_FR = ["Les inondations ferment la route côtière", "Le maire démissionne après un audit",
           "La cantine augmente de 40 centimes", "Le nouveau ferry entre en service"]


def page(paras, items, intro=None, lang="en", after_list=None):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    lis = "".join(f"<li><a href='https://example.org/news/story-{i}'>{a}</a>{b}</li>" for i, (a, b) in enumerate(items))
    intro_p = f"<p>{intro}</p>" if intro else ""
    tail = f"<p>{after_list}</p>" if after_list else ""
    return (f"<html lang='{lang}'><head><title>Bypass</title><meta property='og:type' content='article'><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"headline\":\"Bypass vote delayed\"}}</script></head><body><nav><a href='/'>Home</a>"
            f"</nav><article><h1>Bypass vote delayed</h1>{ps}{intro_p}<ul>{lis}</ul>{tail}</article>"
            f"<footer>Copyright 2026</footer></body></html>")


CASES = [
    ("en: headline + ' yesterday'", page(EN, [(h, " <span>yesterday</span>") for h in HEAD_EN])),
    ("en: headline + ' an hour ago'", page(EN, [(h, " <span>an hour ago</span>") for h in HEAD_EN])),
    ("en: headline + ', 12 March 2026'", page(EN, [(h, "<span>, 12 March 2026</span>") for h in HEAD_EN])),
    ("en: headline + ' 2 hours ago' (control)", page(EN, [(h, " <span>2 hours ago</span>") for h in HEAD_EN])),
    ("en: headline + ' in Politics'", page(EN, [(h, " <span>in Politics</span>") for h in HEAD_EN])),
    ("fr: titre + ' mardi 12 mars'", page(FR, [(h, " <span>mardi 12 mars</span>") for h in HEAD_FR], lang="fr")),
    ("fr: titre + ' le 12/03/2026'", page(FR, [(h, " <span>le 12/03/2026</span>") for h in HEAD_FR], lang="fr")),
    ("fr: titre + ' hier'", page(FR, [(h, " <span>hier</span>") for h in HEAD_FR], lang="fr")),
    ("en intro 'Here's what else is happening in the county today:'",
     page(EN, [(h, "") for h in HEAD_EN], intro="Here's what else is happening in the county today:")),
    ("en intro 'In other news from across the region this week:'",
     page(EN, [(h, "") for h in HEAD_EN], intro="In other news from across the region this week:")),
    ("en intro 'Catch up on the latest headlines from the campaign:'",
     page(EN, [(h, "") for h in HEAD_EN], intro="Catch up on the latest headlines from the campaign:")),
    ("en intro 'More from our coverage of the bypass inquiry:'",
     page(EN, [(h, "") for h in HEAD_EN], intro="More from our coverage of the bypass inquiry:")),
    ("fr intro 'Sur le même sujet, à lire aussi :'",
     page(FR, [(h, "") for h in HEAD_FR], intro="Sur le même sujet, à lire aussi :", lang="fr")),
    ("fr intro 'Retrouvez toute notre couverture du contournement :'",
     page(FR, [(h, "") for h in HEAD_FR], intro="Retrouvez toute notre couverture du contournement :", lang="fr")),
    ("en own list: 'The council listed the five roads it will resurface first:' (should stay)",
     page(EN, [("Mill Lane", ""), ("Station Road", ""), ("Church Street", ""), ("Quarry Hill", "")],
          intro="The council listed the five roads it will resurface first:")),
    ("en own list of reports with lowercase (should stay)",
     page(EN, [("The 2019 traffic study", " found the old road at capacity"),
               ("The 2021 ecology survey", " counted otters at four sites"),
               ("The 2023 cost review", " doubled the estimate")],
          intro="Three reports shaped the debate.")),
]

p = Pipeline(languages=("en", "fr"))
for name, html in CASES:
    e = p.enrich(RawArticle(id=name[:20], html=html, url="https://example.org/news/bypass"))
    body = e.body
    heads = [h for h in HEAD_EN + HEAD_FR + ["Mill Lane", "The 2019 traffic study"] if h in html]
    kept = [h[:22] for h in heads if h in body]
    print(f"## {name}\n   kept items: {len(kept)}/{len(heads)} {kept[:2]}")
    print("   removed: " + "; ".join(f"{r.rule}:{r.text[:40]!r}" for r in e.boilerplate.removed_lines))
    print("   body lines:", len([l for l in body.split("\n") if l.strip()]))
