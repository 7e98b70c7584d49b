"""Dump ``clean_text``'s whole result for PolNeAR dev and CoNLL eng.testa, to compare two trees.

The plain-text counterpart of ``clean_html_dump.py``: one JSON line per article, each sent as
a feed item is (no title, the whole text), with the title, body, removed lines (text, why,
rule), links, source hint and author ``clean_text`` returns. Run it with each ``src/`` and
compare the files byte for byte: a tidy-up that changes nothing shows no difference.

Usage: ``PYTHONPATH=<src>:bench python bench/clean_text_dump.py --out FILE [--data DIR]``
(``--data``: the folder holding ``polnear`` and ``conll2003``; from a worktree
``/work/shared/data``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newswire.nlp.boilerplate.clean import clean_text
from plaintext_sets import DATA, conll, polnear


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    articles = [("polnear-dev", a) for a in polnear(args.data, "dev", None)]
    articles += [("conll-testa", a) for a in conll(args.data, "eng.testa", None)]
    with args.out.open("w", encoding="utf-8") as out:
        for name, article in articles:
            cleaned = clean_text("", article.text)
            record = {"set": name, "id": article.name, "title": cleaned.title,
                      "body": cleaned.body, "author": cleaned.author,
                      "boilerplate": cleaned.boilerplate.model_dump(mode="json")}
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
