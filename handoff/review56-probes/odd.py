"""review56: odd hand-made HTML for clean_html identity (no body, frames, broken encodings,
near-duplicates that a cache keyed on too little would confuse). name -> (html, url, language)."""
P = lambda s: f"<p>{s}</p>"
EN = [P("The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998, at a cost of four million euro."),
      P("Board chairwoman Nora Quigley said the work was \"long overdue\" and would let larger ferries dock by the summer of 2028."),
      P("Fishermen said the silt had cut the usable berths by a third, forcing boats to queue at low tide for hours at a time."),
      P("The contract will go to tender in February, and the board expects the dredging itself to take about eleven weeks.")]
FR = [P("Le conseil portuaire a voté mercredi le dragage du bassin intérieur, une première depuis 1998, pour un coût de quatre millions d'euros."),
      P("« Ces travaux étaient attendus depuis longtemps », a déclaré la présidente du conseil, Nora Quigley, devant les élus."),
      P("Les pêcheurs affirment que la vase a réduit d'un tiers les places disponibles, obligeant les bateaux à attendre la marée.")]
HEAD = "<head><title>Harbour to be dredged | Coast Herald</title><meta name='author' content='Ciarán Moloney'></head>"
NAV = "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
FOOT = "<footer>© 2026 Coast Herald. <a href='/privacy'>Privacy</a></footer>"
story = f"<html lang=en>{HEAD}<body>{NAV}<article><h1>Harbour to be dredged</h1>{''.join(EN)}</article>{FOOT}</body></html>"
U = "https://coastherald.example/news/harbour"
ODD = {
    "empty": ("", None, None),
    "space": ("   \n\t ", U, None),
    "text-only": ("The harbour board agreed on Wednesday to dredge the inner basin. " * 5, U, None),
    "no-body": (f"<html>{HEAD}{''.join(EN)}</html>", U, None),
    "no-html": ("".join(EN), U, None),
    "head-only": (f"<html>{HEAD}</html>", U, None),
    "frameset": (f"<html>{HEAD}<frameset cols='50%,50%'><frame src='a.html'><frame src='b.html'><noframes><body>{''.join(EN)}</body></noframes></frameset></html>", U, None),
    "iframe": (f"<html>{HEAD}<body><iframe src='https://x.example/embed'>{EN[0]}</iframe>{''.join(EN[1:])}</body></html>", U, None),
    "mojibake": (story.replace("Ciarán", "CiarÃ¡n").replace("\"", "â€œ", 1), U, None),
    "replacement-chars": (story.replace("a", "\ufffd", 20), U, None),
    "lone-surrogate": (story.replace("dredge", "dr\udcffedge", 1), U, None),
    "nul-bytes": (story.replace("board", "bo\x00ard"), U, None),
    "meta-charset-latin1": (story.replace("<head>", "<head><meta charset='iso-8859-1'>"), U, None),
    "xhtml-ns": ("<?xml version='1.0' encoding='utf-8'?><!DOCTYPE html><html xmlns='http://www.w3.org/1999/xhtml' xmlns:og='http://ogp.me/ns#'>" + HEAD + "<body><article>" + "".join(EN) + "</article></body></html>", U, None),
    "cdata-comments": (f"<html>{HEAD}<body><!-- {EN[0]} --><![CDATA[{EN[1]}]]><article>{''.join(EN[2:])}</article></body></html>", U, None),
    "script-only": (f"<html>{HEAD}<body><script>var a = '{EN[0]}';</script><noscript>{EN[1]}</noscript></body></html>", U, None),
    "template": (f"<html>{HEAD}<body><template>{''.join(EN)}</template><article>{EN[0]}</article></body></html>", U, None),
    "br-only": (f"<html>{HEAD}<body><div>" + "<br><br>".join(e[3:-4] for e in EN) + "</div></body></html>", U, None),
    "deep-nest": ("<html><body>" + "<div>" * 400 + "".join(EN) + "</div>" * 400 + "</body></html>", U, None),
    "unclosed": ("<html><body><article><p>" + "<p>".join(e[3:-4] for e in EN) + "<div><span><b>Share", U, None),
    "table-layout": (f"<html>{HEAD}<body><table><tr><td>{NAV}</td><td>{''.join(EN)}</td><td>Advertisement</td></tr></table></body></html>", U, None),
    "story": (story, U, None),
    "story-other-url": (story, "https://other.example/2026/11/harbour", None),
    "story-no-url": (story, None, None),
    "story-lang-fr": (story, U, "fr"),
    "story-lang-en": (story, U, "en"),
    "story-one-para-less": (story.replace(EN[3], ""), U, None),
    "story-other-title": (story.replace("Harbour to be dredged", "Port to be dredged"), U, None),
    "story-same-len": (story.replace("Quigley", "Quinlan"), U, None),
    "story-again": (story, U, None),
    "fr-story": (f"<html lang=fr><head><title>Le port sera dragué - Le Littoral</title></head><body>{NAV}<article><h1>Le port sera dragué</h1>{''.join(FR)}</article></body></html>", "https://littoral.example/actu/port", None),
    "fr-story-lang-none-url-same": (f"<html><head><title>Le port sera dragué - Le Littoral</title></head><body><article><h1>Le port sera dragué</h1>{''.join(FR)}</article></body></html>", U, None),
    "bom": ("\ufeff" + story, U, None),
    "crlf": (story.replace("</p>", "</p>\r\n"), U, None),
    "entities": (story.replace("\"long overdue\"", "&ldquo;long overdue&rdquo; &amp; &#x2014; &#8217; &nbsp;&bogus;"), U, None),
    "huge-attr": (story.replace("<article>", "<article data-x='" + "x" * 200000 + "'>"), U, None),
    "many-links": (f"<html>{HEAD}<body><ul>" + "".join(f"<li><a href='/n/{i}'>Story {i} about the harbour board</a></li>" for i in range(600)) + f"</ul><article>{''.join(EN)}</article></body></html>", U, None),
    "pre-code": (f"<html>{HEAD}<body><article>{EN[0]}<pre>  line one\n    line two\n</pre>{''.join(EN[1:])}</article></body></html>", U, None),
    "svg-math": (f"<html>{HEAD}<body><article>{EN[0]}<svg><text>Chart: berths</text></svg><math><mi>x</mi></math>{''.join(EN[1:])}</article></body></html>", U, None),
}

# review56: pages aimed at each pagespeed56 change (attributes empty or in either order, Twitter
# labels, many author boxes, published/updated labels, an FAQ, hidden prose, a line the body
# mostly holds)
_B = "".join(EN)
ODD.update({
    "attr-empty": (f"<html>{HEAD}<body><div id='' class=''><div class='' style=''>{_B}</div></div><div class=''>Cookie settings</div></body></html>", U, None),
    "attr-order-id-class": (f"<html>{HEAD}<body><div id='main' class='cookie-banner'>We use cookies. Accept</div><article>{_B}</article></body></html>", U, None),
    "attr-order-class-id": (f"<html>{HEAD}<body><div class='cookie-banner' id='main'>We use cookies. Accept</div><article>{_B}</article></body></html>", U, None),
    "attr-reply": (f"<html>{HEAD}<body><article>{_B}</article><div id='reply-form' class='x'>Leave a reply</div><div class='reply-1' id='c'>Great piece</div><h3 class='comments-title'>2 comments</h3></body></html>", U, None),
    "attr-hidden-style": (f"<html>{HEAD}<body><article>{_B}<div style='display:none'>Hidden promo text for subscribers only today</div><div id='x' style='display: none'>Also hidden</div><p aria-hidden='true'>Aria hidden line</p></article></body></html>", U, None),
    "twitter-name": (story.replace("<head>", "<head><meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Aoife Brennan'>").replace("<meta name='author' content='Ciarán Moloney'>", ""), U, None),
    "twitter-property": (story.replace("<head>", "<head><meta property='twitter:label1' content='Written by:'><meta property='twitter:data1' content='Aoife Brennan'>").replace("<meta name='author' content='Ciarán Moloney'>", ""), U, None),
    "twitter-in-body": (story.replace("<article>", "<article><meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Aoife Brennan'>").replace("<meta name='author' content='Ciarán Moloney'>", ""), U, None),
    "author-boxes-50": (f"<html><head><title>Harbour</title></head><body>" + "".join(f"<span class='coauthor-{i}'>x{i}</span>" for i in range(45)) + f"<div class='byline'>By Aoife Brennan</div><article>{_B}</article></body></html>", U, None),
    "author-rel-itemprop": (f"<html><head><title>Harbour</title></head><body><a rel='author' href='/a/aoife'>Aoife Brennan</a><span itemprop='author'>Aoife Brennan</span><article>{_B}</article></body></html>", U, None),
    "published-labels": (f"<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1><p>Published 18 November 2026</p><p>Updated: 19 November 2026, 10:04</p><p>Last modified 20/11/2026</p>{_B}</article></body></html>", U, None),
    "published-outside-body": (f"<html><head><title>Harbour</title><meta name='x' content='Published 1 May 2020'></head><body><article>{_B}<span>Published 18 November 2026</span></article></body></html>", U, None),
    "faq": (f"<html>{HEAD}<body><article><h1>Harbour</h1>{_B}<section><h2>FAQ</h2><h3>When will the dredging start?</h3><p>In February, after the tender.</p><h3>How much will it cost?</h3><p>About four million euro.</p><h3>Will ferries be delayed?</h3><p>Only at low tide for some weeks.</p></section></article></body></html>", U, None),
    "faq-beside": (f"<html>{HEAD}<body><article><div><h1>Harbour</h1>{_B}<h2>Frequently asked questions</h2><h3>When will the dredging start?</h3><p>In February, after the tender.</p><h3>How much will it cost?</h3><p>About four million euro.</p><h3>Will ferries be delayed?</h3><p>Only at low tide for some weeks.</p></div></article></body></html>", U, None),
    "hidden-prose": (f"<html>{HEAD}<body><article>{_B}<div class='collapsed' hidden>The board also said it would review berth fees next year, after the dredge is done and the ferries are back.<p>inner</p></div><div hidden>The board also said the pier lights would be replaced by the council in the same contract this year.</div></article></body></html>", U, None),
    "mostly-held-line": (f"<html>{HEAD}<body><article>{_B}</article><aside><p>{EN[1][3:-4]} Read more at Coast Herald.</p><p>{EN[2][3:-4][:60]}</p></aside></body></html>", U, None),
})
