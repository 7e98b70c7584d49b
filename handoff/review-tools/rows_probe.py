"""The behaviour reviewers' row probe (review51's, kept by review56 and review57 as copies until
round forty moved it here): a title tN is the row id, printed and not passed as the headline. Print quotes (speaker, kind, mention) and entities for hand-made texts (lang|title|body per row),
via Pipeline.enrich; check offsets (every Span equals its field's slice); flag pronoun speakers."""
import re, sys, time
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline

PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they", "him", "her", "lui", "on",
            "we", "nous", "i", "je", "it", "them", "eux", "celui-ci", "celle-ci"}
print("#", newswire.__file__, flush=True)
p = Pipeline(languages=("en", "fr"))
for path in sys.argv[1:]:
  for n, line in enumerate(open(path, encoding="utf-8")):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    lang, title, body = line.split("¦", 2) if "¦" in line else line.split("|", 2)
    rid = title if re.fullmatch(r"t[0-9]+", title) else ""
    title = "" if rid else title
    body = body.replace("\\n", "\n")
    try:
        art = p.enrich(RawArticle(id=f"p{n}", title=title, text=body, language=lang))
    except Exception as e:  # noqa
        print("==", body[:110].replace("\n", " / "))
        print("   ERROR", type(e).__name__, str(e)[:200])
        continue
    print("==", rid, (title + " || " + body)[:140].replace("\n", " / "))
    def check(span, what):
        if span is None:
            return
        src = getattr(art, span.field)
        if src[span.start:span.end] != span.text:
            print("   OFFSET!", what, repr(span.text[:40]), "!=", repr(src[span.start:span.end][:40]))
    for q in art.quotes:
        check(q, "quote"); check(q.cue, "cue"); check(q.speaker_mention, "mention"); check(q.sentence, "sentence")
        flag = " PRONOUN!" if q.speaker and q.speaker.lower() in PRONOUNS else ""
        print(f"    [{q.kind[:3]}/{q.cue_kind[:2]}] {q.text[:60]!r} -> {q.speaker} ({q.speaker_kind})"
              f" m={q.speaker_mention.text if q.speaker_mention else None!r}{flag}")
    print("    E:", "; ".join(f"{e.name}/{e.type}" for e in art.entities)[:300])
    for e in art.entities:
        for m in e.mentions:
            check(m, "entity " + e.name)
