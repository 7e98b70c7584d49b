"""Print each quote's speaker for sentences on argv (one article each), with the tree on
PYTHONPATH (review54b: checking a docstring's example against the code)."""
import sys

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline

pipeline = Pipeline()
for i, text in enumerate(sys.argv[1:]):
    event = pipeline.enrich(RawArticle(id=f"p{i}", text=text))
    print(text[:70])
    for q in event.quotes:
        print("   ", repr(q.text[:40]), "->", q.speaker)
