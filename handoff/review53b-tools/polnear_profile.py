"""cProfile of extract_quotes over PolNeAR dev (parsed once, one warm-up pass) for the tree
on PYTHONPATH; writes the profile to argv[1]."""

from __future__ import annotations

import cProfile
import sys
from pathlib import Path

sys.path.insert(0, "/work/wt/review53b/bench")

data = Path("/work/shared/data/polnear")


def main() -> None:
    from newswire.nlp.boilerplate import find_dateline
    from newswire.nlp.entities.extract import Context, extract_entities
    from newswire.nlp.pipeline import Pipeline
    from newswire.nlp.quotes.extract import extract_quotes
    from quotes_eval import _body_for_model
    from quotes_gold import articles

    nlp = Pipeline().nlp
    body_for_model = _body_for_model()
    parsed = []
    for text_path, _ in articles(data, "dev"):
        title, _, body = text_path.read_text(encoding="utf-8").partition("\n")
        dateline = find_dateline(body)
        title_doc, body_doc = nlp.pipe([title, body_for_model(nlp, body)])
        entities = extract_entities(title_doc, body_doc, Context(model=nlp, dateline=dateline))
        parsed.append((title_doc, body_doc, entities, dateline.end if dateline else 0))

    def once() -> None:
        for title_doc, body_doc, entities, dateline_end in parsed:
            extract_quotes(title_doc, body_doc, entities, dateline_end=dateline_end)

    once()
    cProfile.runctx("once()", globals(), locals(), sys.argv[1])


if __name__ == "__main__":
    main()
