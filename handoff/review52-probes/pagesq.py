"""review52: inline <q> pages (pages52 adf78472) and neighbours; every body line and quotes."""
import sys
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
head = "<head><title>{t} | Valley Courier</title><meta property='article:published_time' content='2026-11-20T07:00:00Z'></head>"
L = "<p>The county board met on Tuesday night to weigh the bypass plan, which has been debated for more than a decade.</p>"
LF = "<p>Le conseil communautaire s'est réuni mardi soir pour examiner le projet de contournement, débattu depuis plus de dix ans.</p>"
pages = {
 "q-in-p": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>Engineer Ruth Kane said the route was <q>the least bad option</q> and urged members to back it.</p></article>"),
 "q-in-div": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<div>Engineer Ruth Kane said the route was <q>the least bad option</q> and urged members to back it.</div></article>"),
 "q-nested": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>Ruth Kane said: <q>My father told me <q>never build on the flood plain</q>, and he was right.</q></p></article>"),
 "q-with-link": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>Ruth Kane said the report was <q>clear on <a href='/r'>the flood risk</a></q>.</p></article>"),
 "q-already-marked": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>Ruth Kane said the route was <q>\"the least bad option\"</q>.</p></article>"),
 "q-empty": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>Ruth Kane said<q></q> nothing more.</p></article>"),
 "q-pullquote-block": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>Ruth Kane said the route was the least bad option and urged members to back it.</p><q class=pullquote>The least bad option</q><p>The vote is now set for January.</p></article>"),
 "q-fr": ("fr", "Contournement", f"<article><h1>Le vote du contournement reporté</h1>{LF}<p>L'ingénieure Ruth Kane a estimé que le tracé était <q>le moins mauvais</q> et a appelé les élus à le voter.</p></article>"),
 "q-fr-nested": ("fr", "Contournement", f"<article><h1>Le vote du contournement reporté</h1>{LF}<p>Ruth Kane a déclaré : <q>Mon père m'a dit <q>ne construis jamais en zone inondable</q>, et il avait raison.</q></p></article>"),
 "q-fr-nolang": ("", "Contournement", f"<article><h1>Le vote du contournement reporté</h1>{LF}<p>L'ingénieure Ruth Kane a estimé que le tracé était <q>le moins mauvais</q> et a appelé les élus à le voter.</p></article>"),
 "q-fr-ca": ("fr-CA", "Contournement", f"<article><h1>Le vote du contournement reporté</h1>{LF}<p>L'ingénieure Ruth Kane a estimé que le tracé était <q>le moins mauvais</q>, a-t-elle dit.</p></article>"),
 "q-en-in-fr-page": ("fr", "Contournement", f"<article><h1>Le vote du contournement reporté</h1>{LF}<p>Le ministre britannique a cité la devise <q lang=en>Keep calm and carry on</q> devant les élus.</p></article>"),
 "q-cite-attr": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>The minister said the plan was <q cite='https://gov.example/s'>fully funded</q>, according to a statement.</p></article>"),
 "q-in-heading": ("en", "Bypass vote", f"<article><h1><q>Least bad option</q>: bypass vote delayed</h1>{L}<p>Engineer Ruth Kane said the route was the least bad option.</p></article>"),
 "q-in-nav": ("en", "Bypass vote", f"<nav><a href='/'>Home</a> <q>Your county, your news</q></nav><article><h1>Bypass vote delayed</h1>{L}<p>Engineer Ruth Kane backed the plan.</p></article>"),
 "q-in-script-text": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>Kane wrote <code>&lt;q&gt;</code> in her notes and said the plan was sound.</p><script>var s='<q>x</q>';</script></article>"),
 "q-many": ("en", "Bypass vote", "<article><h1>Bypass vote delayed</h1>" + "".join(f"<p>Member {i} called it <q>option {i}</q> and sat down.</p>" for i in range(300)) + "</article>"),
 "q-deep": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>She said " + "<q>he said " * 60 + "stop" + "</q>" * 60 + ".</p></article>"),
 "q-unclosed": ("en", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>Ruth Kane said the route was <q>the least bad option and urged members to back it.</p><p>The vote is set for January.</p></article>"),
 "q-fr-wrong-lang-en": ("en-US", "Contournement", f"<article><h1>Le vote du contournement reporté</h1>{LF}<p>L'ingénieure Ruth Kane a estimé que le tracé était <q>le moins mauvais</q> et a appelé les élus à le voter.</p><p>Le conseil se réunira de nouveau en janvier pour un vote définitif sur le projet.</p></article>"),
 "q-en-wrong-lang-fr": ("fr", "Bypass vote", f"<article><h1>Bypass vote delayed</h1>{L}<p>Engineer Ruth Kane said the route was <q>the least bad option</q> and urged members to back it.</p></article>"),
 "q-fr-short": ("", "Vote", "<article><h1>Vote reporté</h1><p>Kane a dit <q>non</q>.</p></article>"),
 "q-fr-english-quote-nolang": ("", "Contournement", f"<article><h1>Le vote du contournement reporté</h1>{LF}<p>Le ministre britannique a cité la devise <q>Keep calm and carry on</q> devant les élus.</p></article>"),
}
for name, (lang, t, art) in pages.items():
    if len(sys.argv) > 1 and sys.argv[1] not in name: continue
    la = f" lang={lang}" if lang else ""
    html = f"<html{la}>{head.format(t=t)}<body>{art}<footer>© Valley Courier</footer></body></html>"
    try:
        a = p.enrich(RawArticle(id=name, html=html, url=f"https://valleycourier.example/news/{name}"))
    except Exception as e:
        print("==", name, "ERROR", type(e).__name__, str(e)[:200]); continue
    print("==", name, "| title:", repr(a.title), "| lang:", a.language)
    for i, line in enumerate(a.body.split("\n")):
        if line.strip() and (name != "q-many" or i < 3): print("   |", line[:170])
    print("   quotes:", [(q.text[:50], q.speaker) for q in a.quotes][:6])
