"""usage: PYTHONPATH=SRC:bench python items.py KEY[,KEY]: each list item the teaser-list rule
reads on a tune page, with its links' labels, link words, the words after its leading link."""
import sys
from pathlib import Path
import wcxb
from newswire.nlp.boilerplate import html as html_, html_blocks as hb
from newswire.nlp.boilerplate.line_rules import words
keys = set(sys.argv[1].split(","))
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.key not in keys or p.half != 1:
        continue
    ex = html_.extract(p.html, p.url)
    v = hb.verdicts(ex, frozenset())
    print("==", p.key, p.kind, p.url)
    for i, (b, vi) in enumerate(zip(ex.blocks, v)):
        if vi is None or vi.rule != "related-link":
            continue
        prev = ex.blocks[i - 1].text if i else ""
        print(f" [{b.tag}] w={len(words(b.text))} lw={b.link_words} lead={b.leading_link} head={hb._headline_item(b)} prev={prev[-60:]!r}")
        print("    ", b.text[:150])
        print("     labels:", [l.label for l in b.links][:5])
