"""review53 probe: each row `lang|title|text` (`\n` = paragraph break, `#` comment).
Prints, per row, every quote (text, speaker, kind) and the entities (name/type)."""
import sys, json
from newswire.nlp.pipeline import Pipeline
from newswire.models import RawArticle

ENT = "-e" in sys.argv
rows = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip() and not l.startswith("#")]
p = Pipeline(languages=("en", "fr"))
print("# rows", len(rows))
for i, row in enumerate(rows, 1):
    lang, title, text = row.split("|", 2)
    text = text.replace("\\n", "\n\n")
    art = RawArticle(id=f"r{i}", title=title or None, text=text, language=lang)
    try:
        e = p.enrich(art)
    except Exception as exc:  # noqa: BLE001
        print(f"[{i}] ERROR {exc!r}"); continue
    print(f"[{i}] {text[:70]!r}")
    for q in e.quotes:
        t = q.text if len(q.text) < 60 else q.text[:57] + "..."
        print(f"   Q {t!r} -> {q.speaker} ({q.speaker_kind}) [{q.kind}]")
    ents = sorted(f"{x.name}/{x.type}" for x in e.entities if x.type in ("PERSON", "ORG", "GPE", "LOC", "NORP"))
    print("   E " + "; ".join(ents))
