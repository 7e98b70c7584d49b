"""review56: clean_html output identity. Prints one line per call: key and the md5 of the
whole Cleaned (model_dump or dataclass repr, json); run on two trees and diff. Pages are WCXB
dev (html only, no ground truth read) and odd.py's hand-made pages; ORDER=fwd|rev|twice (each
page twice in a row, second call also printed) checks that nothing carries over between pages."""
import gzip, hashlib, json, os, sys, dataclasses
from pathlib import Path
from newswire.nlp.boilerplate.clean import clean_html
sys.path.insert(0, str(Path(__file__).parent))
from odd import ODD  # noqa: E402

def dump(c):
    if hasattr(c, "model_dump"):
        d = c.model_dump()
    elif dataclasses.is_dataclass(c):
        d = dataclasses.asdict(c)
    else:
        d = repr(c)
    return json.dumps(d, default=repr, sort_keys=True, ensure_ascii=False)

limit = int(os.environ.get("LIMIT", "100000"))
order = os.environ.get("ORDER", "fwd")
items = []
wcxb = Path("/work/shared/data/wcxb-dev")
meta = {}
for path in sorted((wcxb / "ground-truth").glob("*.json"))[:limit]:
    # the url only (no ground truth text is read or printed)
    meta[path.stem] = json.loads(path.read_text(encoding="utf-8")).get("url")
    with gzip.open(wcxb / "html" / f"{path.stem}.html.gz", "rt", encoding="utf-8") as f:
        items.append((path.stem, f.read(), meta[path.stem], None))
for name, (html, url, lang) in ODD.items():
    items.append(("odd-" + name, html, url, lang))
if order == "rev":
    items = items[::-1]
full = os.environ.get("FULL")
for key, html, url, lang in items:
    reps = 2 if order == "twice" else 1
    for r in range(reps):
        out = dump(clean_html(html, url, language=lang))
        print(key + ("" if r == 0 else "#2"), hashlib.md5(out.encode()).hexdigest(), len(out),
              out[:300].replace("\n", " ") if full else "", flush=True)
