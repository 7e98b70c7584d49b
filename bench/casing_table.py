"""Make ``src/newswire/data/casing.json.gz``: how English words are usually written.

Usage::

    pip download --no-deps spacy-lookups-data==1.0.5 -d /tmp/lookups
    python bench/casing_table.py /tmp/lookups/spacy_lookups_data-1.0.5-py2.py3-none-any.whl

The source is ``en_lexeme_prob`` of spacy-lookups-data (MIT): smoothed log probabilities of a
million case-sensitive English word forms. Re-casing a word written in capitals
(:mod:`newswire.nlp.entities.spans.recase`) needs one fact per word: is it usually written in lower
case ("win"), in capitals ("NATO"), or capitalised ("Japan")? The table keeps the words
frequent enough to matter (log probability at least :data:`MIN_LOGPROB`) whose usual form is
lower case or capitals by at least :data:`MARGIN`; everything else is capitalised when
re-cased. The 7 MB source table becomes 0.2 MB.
"""

from __future__ import annotations

import argparse
import gzip
import json
import zipfile
from collections import defaultdict
from pathlib import Path

SOURCE = "spacy_lookups_data/data/en_lexeme_prob.json.gz"
TARGET = Path(__file__).resolve().parents[1] / "src" / "newswire" / "data" / "casing.json.gz"
#: Rarer words are left to the default (capitalised): most rare words in capitals are names.
MIN_LOGPROB = -17.0
#: How much likelier (natural log) the usual form must be than the capitalised one.
MARGIN = 0.5


def usual_forms(probabilities: dict[str, float]) -> tuple[list[str], list[str]]:
    """Words usually written in lower case, and words usually written in capitals."""
    forms: dict[str, dict[str, float]] = defaultdict(dict)
    for word, logprob in probabilities.items():
        if word and all(c.isalpha() or c in "-'." for c in word) and any(c.isalpha() for c in word):
            forms[word.casefold()][word] = logprob
    lower, upper = [], []
    for key, seen in forms.items():
        low = seen.get(key, -99.0)
        caps = seen.get(key.upper(), -99.0) if len(key) > 1 else -99.0
        title = max((p for w, p in seen.items() if w not in (key, key.upper())), default=-99.0)
        best = max(low, caps, title)
        if best < MIN_LOGPROB:
            continue
        if low == best and low >= title + MARGIN:
            lower.append(key)
        elif caps == best and caps >= title + MARGIN:
            upper.append(key)
    return sorted(lower), sorted(upper)


def main() -> None:
    """Read the wheel, write the table, print its size."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wheel", type=Path, help="spacy_lookups_data-*.whl")
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as wheel:
        probabilities = json.loads(gzip.decompress(wheel.read(SOURCE)))
    lower, upper = usual_forms(probabilities)
    table = {
        "_comment": "How English words are usually written, from en_lexeme_prob of "
                    f"spacy-lookups-data (MIT), made by bench/casing_table.py: log probability "
                    f">= {MIN_LOGPROB}, margin {MARGIN}. Words not listed are capitalised.",
        "lower": " ".join(lower),
        "upper": " ".join(upper),
    }
    data = json.dumps(table, ensure_ascii=False).encode("utf-8")
    TARGET.write_bytes(gzip.compress(data, mtime=0))
    print(f"{len(lower)} lower-case words, {len(upper)} in capitals; "
          f"{TARGET.stat().st_size / 1e6:.2f} MB written to {TARGET}")


if __name__ == "__main__":
    main()
