"""A news video page with a short caption and a long comments thread: what extract gives."""
from newswire.nlp.boilerplate.html import extract
import newswire
print("#", newswire.__file__)
comments = "".join(
    f'<li class="comment"><div class="comment-author">reader{i}</div><p class="comment-body">'
    f"I have lived in this town for twenty years and I think the council should have fixed "
    f"the bridge long before it came to this, number {i} of many complaints here.</p></li>"
    for i in range(12))
caption = ("Firefighters battled a blaze at a warehouse on Elm Street on Tuesday night. "
           "No one was injured, officials said. Video by Dana Ross.")
page = f"""<html><head><title>Video: Warehouse fire on Elm Street | The Daily Ledger</title>
<meta property="og:type" content="article"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Video: Warehouse fire on Elm Street</h1>
<p class="byline">By Dana Ross, March 3, 2026</p>
<div class="video"><video src="/v/fire.mp4"></video></div>
<p>{caption}</p></article>
<section id="comments" class="comments"><h2>Comments (12)</h2><ol>{comments}</ol></section>
</main><footer>Copyright The Daily Ledger</footer></body></html>"""
for url in ("https://www.dailyledger.example/video/warehouse-fire", None):
    r = extract(page, url=url)
    text = " ".join(b.text for b in r.blocks)
    print(url, len(str(text).split()), "words")
    print(str(text)[:600])
    print("---")
