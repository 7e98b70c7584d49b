"""Plain-text items without a title: which first line becomes the title, what the body keeps."""
import sys
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
print("#", newswire.__file__.split("/")[3:6], flush=True)
p = Pipeline(languages=("en", "fr"))
rest_en = "\n\nBoard chairwoman Nora Quigley said the work was \"long overdue\".\n\nThe contract will go to tender in February."
rest_fr = "\n\n« Ces travaux étaient attendus », a déclaré la présidente, Nora Quigley.\n\nL'appel d'offres sera lancé en février."
items = {
 "lede-25": ("en", "The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998, at a cost of four million euro." + rest_en),
 "lede-21": ("en", "The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998 at a large cost." + rest_en),
 "lede-16": ("en", "The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998." + rest_en),
 "lede-quote-end": ("en", "The harbour board agreed on Wednesday to dredge the inner basin, a project its chairwoman called \"long overdue and vital for the town.\"" + rest_en),
 "lede-dateline": ("en", "CORK, Ireland (Coast Wire) — The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998, at a cost of four million euro." + rest_en),
 "lede-no-stop": ("en", "The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998 at a cost of four million euro" + rest_en),
 "headline-long-nostop": ("en", "Harbour board agrees to dredge inner basin for first time since 1998 as fishermen warn silt has cut usable berths by a third" + rest_en),
 "headline-long-titlecase": ("en", "Harbour Board Agrees To Dredge Inner Basin For First Time Since 1998 As Fishermen Warn Silt Has Cut Berths By A Third." + rest_en),
 "headline-short-stop": ("en", "Harbour to be dredged at last." + rest_en),
 "headline-question": ("en", "Will the harbour board finally agree to dredge the inner basin for the first time since 1998, at a cost of four million euro?" + rest_en),
 "headline-quote-long": ("en", "\"We have waited long enough for this and the town deserves a working harbour,\" says chairwoman as board finally agrees dredge" + rest_en),
 "headline-normal": ("en", "Harbour to be dredged at last" + rest_en),
 "fr-lede-24": ("fr", "Le conseil portuaire a voté mercredi soir le dragage du bassin intérieur, une première depuis 1998, pour un coût total de quatre millions d'euros." + rest_fr),
 "fr-headline": ("fr", "Le port sera enfin dragué" + rest_fr),
 "fr-headline-long": ("fr", "Dragage du port : le conseil portuaire vote enfin les travaux attendus depuis 1998, les pêcheurs soulagés mais inquiets pour le calendrier" + rest_fr),
 "one-para-only": ("en", "The harbour board agreed on Wednesday to dredge the inner basin for the first time since 1998, at a cost of four million euro."),
 "lede-two-sentences": ("en", "The harbour board agreed on Wednesday to dredge the inner basin. It is the first time since 1998 and will cost four million euro in all." + rest_en),
}
for name, (lang, text) in items.items():
    if len(sys.argv) > 1 and sys.argv[1] not in name: continue
    a = p.enrich(RawArticle(id=name, text=text, language=lang))
    first = a.body.split("\n")[0][:60] if a.body else ""
    print(f"{name:24} title={(a.title or '')[:70]!r} src={getattr(a, 'title_source', None)} body0={first!r} nq={len(a.quotes)}")
