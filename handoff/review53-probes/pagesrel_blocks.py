"""review53: the related-link block rules (html_blocks.verdicts) on lists of my own, built as
html.extract gives blocks: a paragraph, an optional intro paragraph, a list of linked items,
a paragraph. Prints, per case, how many items are removed (related-link) of how many."""
from lxml import etree
from newswire.nlp.boilerplate.html import Block, Extracted
from newswire.nlp.boilerplate.html_blocks import verdicts
from newswire.nlp.boilerplate.line_rules import words
from newswire.nlp.boilerplate.links import make_link

PROSE = "The county council voted on Monday night to delay the bypass for another year."
HEAD_EN = ["Floods close the coastal road for a third week", "Mayor resigns after audit of city contracts",
           "School meals to rise by 40p from September", "New ferry enters service two years late"]
HEAD_FR = ["Les inondations ferment la route côtière pour une troisième semaine",
           "Le maire démissionne après un audit des contrats de la ville",
           "La cantine augmentera de 40 centimes en septembre",
           "Le nouveau ferry entre en service avec deux ans de retard"]


def extracted(items, intro=None):
    body = etree.Element("body")
    etree.SubElement(body, "p").text = PROSE
    if intro:
        etree.SubElement(body, "p").text = intro
    listing = etree.SubElement(body, "list")
    for link, rest in items:
        etree.SubElement(listing, "item").text = f"{link}{rest}"
    etree.SubElement(body, "p").text = PROSE + " Later."
    blocks = []
    for element in body.iter("p", "item"):
        text = element.text or ""
        link = next((lk for lk, rest in items if f"{lk}{rest}" == text), "")
        links = [make_link(f"https://example.com/{len(blocks)}", link)] if link else []
        blocks.append(Block(element, text, str(element.tag), links, link_words=len(words(link)),
                            leading_link=bool(link)))
    return Extracted(body, blocks, page_kind="article")


CASES = [
    ("en headline + ' yesterday'", [(h, " yesterday") for h in HEAD_EN], None),
    ("en headline + ' an hour ago'", [(h, " an hour ago") for h in HEAD_EN], None),
    ("en headline + ', 12 March 2026'", [(h, ", 12 March 2026") for h in HEAD_EN], None),
    ("en headline + ' 2 hours ago' (control)", [(h, " 2 hours ago") for h in HEAD_EN], None),
    ("en headline + ' in Politics'", [(h, " in Politics") for h in HEAD_EN], None),
    ("en headline + ' 4 min read'", [(h, " 4 min read") for h in HEAD_EN], None),
    ("en headline + ' comments (12)'", [(h, " comments (12)") for h in HEAD_EN], None),
    ("en headline + ' | 12 March'", [(h, " | 12 March") for h in HEAD_EN], None),
    ("en headline + ' – from our partners'", [(h, " from our partners") for h in HEAD_EN], None),
    ("en headline + ' via Reuters'", [(h, " via Reuters") for h in HEAD_EN], None),
    ("en headline + ', says report'", [(h, ", says report") for h in HEAD_EN], None),
    ("fr titre + ' mardi 12 mars'", [(h, " mardi 12 mars") for h in HEAD_FR], None),
    ("fr titre + ' le 12/03/2026'", [(h, " le 12/03/2026") for h in HEAD_FR], None),
    ("fr titre + ' hier'", [(h, " hier") for h in HEAD_FR], None),
    ("fr titre + ', 12 mars 2026'", [(h, ", 12 mars 2026") for h in HEAD_FR], None),
    ("fr titre + ' abonnés'", [(h, " abonnés") for h in HEAD_FR], None),
    ("fr titre + ' (vidéo)' control", [(h, " (vidéo)") for h in HEAD_FR], None),
    ("en intro 'Here's what else is happening in the county today:'", [(h, "") for h in HEAD_EN],
     "Here's what else is happening in the county today:"),
    ("en intro 'In other news from across the region this week:'", [(h, "") for h in HEAD_EN],
     "In other news from across the region this week:"),
    ("en intro 'Catch up on the latest headlines from the campaign:'", [(h, "") for h in HEAD_EN],
     "Catch up on the latest headlines from the campaign:"),
    ("en intro 'More from our coverage of the bypass inquiry:'", [(h, "") for h in HEAD_EN],
     "More from our coverage of the bypass inquiry:"),
    ("en intro 'Sign up for our newsletter and get these free:'", [(h, "") for h in HEAD_EN],
     "Sign up for our newsletter and get these free:"),
    ("en intro 'Most popular on the site this week:'", [(h, "") for h in HEAD_EN],
     "Most popular on the site this week:"),
    ("en intro 'You might also like these from the archive:'", [(h, "") for h in HEAD_EN],
     "You might also like these from the archive:"),
    ("en intro 'Don't miss our latest news:'", [(h, "") for h in HEAD_EN], "Don't miss our latest news:"),
    ("fr intro 'Sur le même sujet, à lire aussi :'", [(h, "") for h in HEAD_FR],
     "Sur le même sujet, à lire aussi :"),
    ("fr intro 'Retrouvez toute notre couverture du contournement :'", [(h, "") for h in HEAD_FR],
     "Retrouvez toute notre couverture du contournement :"),
    ("fr intro 'Les dernières infos de la rubrique Société :'", [(h, "") for h in HEAD_FR],
     "Les dernières infos de la rubrique Société :"),
    ("fr intro 'Ces contenus pourraient vous intéresser :'", [(h, "") for h in HEAD_FR],
     "Ces contenus pourraient vous intéresser :"),
    ("own: 'The council listed the roads it will resurface first:' (stay)",
     [("Mill Lane and the junction with the A road", ""), ("Station Road between the bridge and school", ""),
      ("Church Street from the square to the hospital", "")], "The council listed the roads it will resurface first:"),
    ("own: reports with lowercase (stay)",
     [("The 2019 traffic study by the county", " found the old road at capacity"),
      ("The 2021 ecology survey of the river", " counted otters at four sites"),
      ("The 2023 cost review of the scheme", " doubled the estimate")], None),
]
for name, items, intro in CASES:
    ex = extracted(items, intro)
    result = verdicts(ex, frozenset())
    start = 2 if intro else 1
    removed = sum(1 for v in result[start:start + len(items)] if v is not None)
    rules = {v.rule for v in result if v is not None}
    print(f"{removed}/{len(items)} removed  {sorted(rules)}  {name}")
