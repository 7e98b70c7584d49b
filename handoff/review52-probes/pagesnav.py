"""review52: prose inside <nav> (pages52 617b3556): a misnested header menu, a legit series nav, a mega-menu, deep and many navs."""
import sys, time
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
head = "<head><title>{t} | Valley Courier</title><meta property='article:published_time' content='2026-11-20T07:00:00Z'></head>"
paras = ["The county board met on Tuesday night to weigh the bypass plan, which has been debated for more than a decade and has cost two careers.",
         "Engineer Ruth Kane said the route was \"the least bad option\" and urged members to back it before the funding window closed in March.",
         "Farmers along the western line say the road would cut their land in two and leave some fields reachable only by a long detour.",
         "The board's chairman, Peter Walsh, said a decision would come in January after a final round of public meetings in three towns.",
         "A survey by the board found that sixty per cent of residents backed a bypass of some kind, though fewer agreed on the route.",
         "The last attempt, in 2014, failed when the government withdrew its share of the funding weeks before the contract was signed."]
body = "".join(f"<p>{s}</p>" for s in paras)
teasers = "".join(f"<li><a href='/s/{i}'>Part {i}</a><p>In part {i} of our series we look at how the county's roads were planned, who paid and who lost out along the way.</p></li>" for i in range(1, 12))
pages = {
 "misnested-header-nav": f"<article><header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul><div class=wrap><h1>Bypass vote delayed</h1>{body}</article>",
 "series-nav-in-article": f"<article><h1>Bypass vote delayed</h1>{''.join(f'<p>{s}</p>' for s in paras[:2])}<nav class=series><h3>More in this series</h3><ul>{teasers}</ul></nav></article>",
 "series-nav-no-article": f"<div class=content><h1>Bypass vote delayed</h1>{''.join(f'<p>{s}</p>' for s in paras[:2])}<nav class=series><h3>More in this series</h3><ul>{teasers}</ul></nav></div>",
 "megamenu-beside-main": f"<nav class=mega><ul>{teasers}</ul></nav><main><h1>Bypass vote delayed</h1>{''.join(f'<p>{s}</p>' for s in paras[:3])}</main>",
 "normal": f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Bypass vote delayed</h1>{body}</article>",
 "deep-navs-30": "<article><h1>Bypass vote delayed</h1>" + "<nav><p>Nested menu level with enough words to count as a paragraph here.</p>" * 30 + "</nav>" * 30 + body + "</article>",
 "deep-navs-300": "<article><h1>Bypass vote delayed</h1>" + "<nav><p>Nested menu level with enough words to count as a paragraph here.</p>" * 300 + "</nav>" * 300 + body + "</article>",
 "many-navs-3000": "<article><h1>Bypass vote delayed</h1>" + "".join(f"<nav><p>Menu {i} with enough words in it to count as a prose paragraph.</p></nav>" for i in range(3000)) + body + "</article>",
}
for name, art in pages.items():
    if len(sys.argv) > 1 and sys.argv[1] not in name: continue
    html = f"<html lang=en>{head.format(t='Bypass')}<body>{art}<footer>© Valley Courier</footer></body></html>"
    t0 = time.perf_counter()
    try:
        a = p.enrich(RawArticle(id=name, html=html, url=f"https://valleycourier.example/news/{name}"))
    except Exception as e:
        print("==", name, "ERROR", type(e).__name__, str(e)[:200]); continue
    dt = time.perf_counter() - t0
    lines = [l for l in a.body.split("\n") if l.strip()]
    print("==", name, "| title:", repr(a.title), "| lines:", len(lines), "| slow" if dt > 20 else "")
    for line in lines[:14]:
        print("   |", line[:110])
