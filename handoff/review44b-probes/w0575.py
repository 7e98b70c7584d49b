import gzip, json, pathlib
from newswire.nlp.boilerplate.clean import clean_html
import tests.nlp.boilerplate.test_page_kind as k
W = pathlib.Path("/work/shared/data/wcxb-dev")
html = gzip.open(W / "html" / "0575.html.gz", "rt", encoding="utf-8").read()
gold = json.loads((W / "ground-truth" / "0575.json").read_text(encoding="utf-8"))
print("0575 F1", round(k.word_f1(gold["ground_truth"]["main_content"], clean_html(html, gold["url"]).body), 3))
