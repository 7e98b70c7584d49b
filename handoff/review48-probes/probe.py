"""Print quotes and speakers for hand-made texts (lang|title|body per row), via Pipeline.enrich;
check offsets (every Span and quote equals its field's slice) and flag pronoun speakers."""
import sys, time
import newswire
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline

PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they", "him", "her", "lui", "on",
            "we", "nous", "i", "je", "it", "them", "eux", "celui-ci", "celle-ci"}
print("#", newswire.__file__, flush=True)
p = Pipeline(languages=("en", "fr"))
only = sys.argv[2] if len(sys.argv) > 2 else None
for n, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    lang, title, body = line.split("¦", 2) if "¦" in line else line.split("|", 2)
    body = body.replace("\\n", "\n")
    if only and only not in body:
        continue
    t0 = time.perf_counter()
    try:
        art = p.enrich(RawArticle(id=f"p{n}", title=title, text=body, language=lang))
    except Exception as e:  # noqa
        print("==", body[:100].replace("\n", " / "))
        print("   ERROR", type(e).__name__, str(e)[:200])
        continue
    dt = time.perf_counter() - t0
    print("==", body[:100].replace("\n", " / "), f"[{dt:.2f}s]" if dt > 2 else "")
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
    for e in art.entities:
        for m in e.mentions:
            check(m, "entity " + e.name)
