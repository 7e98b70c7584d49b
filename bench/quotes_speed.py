"""The quotes stage's time on real news, this tree beside another, best CPU time of a few runs.

``bench/quotes_eval.py`` times each article once while it scores, so its share of NLP time
moves by a point or more with the machine's load. This parses PolNeAR dev once per tree
(spaCy, entities, as the pipeline reads an article), then times ``extract_quotes`` alone
over every article, best CPU time of ``--repeat`` runs, and prints milliseconds an article;
``--baseline-src DIR`` runs the same in a child process on another ``src/``, one after the
other, so both see the same machine.

    PYTHONPATH=src:bench .venv/bin/python bench/quotes_speed.py --baseline-src /work/wt/base30/src
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from machine import describe

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def quotes_ms(data: Path, split: str, repeat: int) -> tuple[float, int]:
    """Best CPU milliseconds an article of ``extract_quotes`` over ``split``, and how many."""
    from newswire.nlp.boilerplate import find_dateline
    from newswire.nlp.entities.extract import Context, extract_entities
    from newswire.nlp.pipeline import Pipeline
    from newswire.nlp.quotes.extract import extract_quotes
    from quotes_eval import _body_for_model
    from quotes_gold import articles

    nlp = Pipeline().nlp
    body_for_model = _body_for_model()
    parsed = []
    for text_path, _ in articles(data, split):
        title, _, body = text_path.read_text(encoding="utf-8").partition("\n")
        dateline = find_dateline(body)
        title_doc, body_doc = nlp.pipe([title, body_for_model(nlp, body)])
        entities = extract_entities(title_doc, body_doc, Context(model=nlp, dateline=dateline))
        parsed.append((title_doc, body_doc, entities, dateline.end if dateline else 0))

    def once() -> float:
        started = time.process_time()
        for title_doc, body_doc, entities, dateline_end in parsed:
            extract_quotes(title_doc, body_doc, entities, dateline_end=dateline_end)
        return time.process_time() - started

    once()  # warm-up: lazy tables, caches
    return 1000 * min(once() for _ in range(repeat)) / len(parsed), len(parsed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline-src", type=Path, help="another newswire source tree")
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    ms, count = quotes_ms(args.data, args.split, args.repeat)
    if args.bare:
        print(f"{ms:.2f}")
        return
    print(f"PolNeAR {args.split}: {count} articles, extract_quotes best of {args.repeat}")
    print(f"  newswire  {ms:.1f} ms an article")
    if args.baseline_src is not None:
        env = {**os.environ,
               "PYTHONPATH": f"{args.baseline_src}{os.pathsep}{Path(__file__).parent}"}
        command = [sys.executable, __file__, "--bare", "--data", str(args.data),
                   "--split", args.split, "--repeat", str(args.repeat)]
        out = subprocess.run(command, env=env, check=True, stdout=subprocess.PIPE, text=True)
        then = float(out.stdout.strip().splitlines()[-1])
        print(f"  baseline  {then:.1f} ms an article (now / then {ms / then:.2f})")
    print(describe())


if __name__ == "__main__":
    main()
