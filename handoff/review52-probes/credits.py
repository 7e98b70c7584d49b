"""Closing credit lines and the author field."""
import sys
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
body = ("<p>The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998, at a cost of four million euro.</p>"
        "<p>Board chairwoman Nora Quigley said the work was \"long overdue\" and would let larger ferries dock by the summer of 2028.</p>"
        "<p>Fishermen said the silt had cut the usable berths by a third, forcing boats to queue at low tide for hours at a time.</p>")
ends = {
 "credit-plain": "<p class='post-author'>This post was written by Ann Lee.</p>",
 "credit-em": "<p class='post-author'><em>This article was written by Ann Lee, a nurse in Cork, as part of our reader series.</em></p>",
 "credit-experts": "<p class='post-author'>This guide was written by experts at the Met Office.</p>",
 "by-no-means": "<p class='post-author'>This post is by no means complete, and we will update it as the work goes on.</p>",
 "by-far": "<p class='post-author'>This story is by far the most read on our site this year.</p>",
 "posted-reader": "<p class='post-author'>This story was posted by a reader and has not been verified.</p>",
 "editorial": "<p class='post-author'>This piece is by the Coast Herald editorial board.</p>",
 "meta-and-credit": "<p class='post-author'>This post was written by Ann Lee.</p>",
 "written-by-ai": "<p class='post-author'>This article was written by AI and checked by our editors.</p>",
 "story-mid": "<p class='post-author'>This story was first published by the Irish Examiner.</p>",
 "none": "",
 "by-no-means-nobox": "<div class=entry-footer><p>This post is by no means complete.</p></div>",
 "semicolon": "<p class='post-author'>This post was written by Ann Lee; Head; Community Development</p>",
 "fr-credit": "<p class='post-author'>Cet article a été écrit par Anne Le Gall.</p>",
}
for name, end in ends.items():
    if len(sys.argv) > 1 and sys.argv[1] not in name: continue
    meta = "<meta name='author' content='Ciarán Moloney'>" if name == "meta-and-credit" else ""
    html = f"<html lang=en><head><title>Harbour to be dredged | Harbourlog</title>{meta}</head><body><article><h1>Harbour to be dredged</h1>{body}{end}</article></body></html>"
    a = p.enrich(RawArticle(id=name, html=html, url=f"https://harbourlog.example/2026/11/{name}"))
    last = a.body.split("\n")[-1][:70]
    print(f"{name:18} author={a.author!r} last={last!r}")
