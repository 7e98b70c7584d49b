"""The quotes stage alone on issue 14's pathological bodies, past the pipeline's token bound.

``bench/pathological.py`` runs the whole worker path, where spaCy analyses at most 25,000
tokens of a body, so quotes nested ten deep stop growing at about 550 quotes and a stage
that grows with the square of its quotes hides behind the bound. This parses each body once
(no bound) and times ``extract_quotes`` alone, best CPU time of three, at each size.

    PYTHONPATH=src:bench .venv/bin/python bench/quotes_scale.py nested 500,1000,2000,4000
    PYTHONPATH=/work/wt/base28/src:bench .venv/bin/python bench/quotes_scale.py nested ...
"""

from __future__ import annotations

import argparse
import time

from hostile_inputs import nested_quotes
from machine import describe
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes


def nested(sentences: int) -> str:
    """``sentences`` sentences with quotes ten deep, in one paragraph."""
    return " ".join(nested_quotes(10) for _ in range(sentences))


def alternating(paragraphs: int) -> str:
    """``paragraphs`` lines: a cued quote, then an uncued one that continues it."""
    return "\n".join(
        f"“Point number {i} stands,” said {'Jane Doe' if i % 4 == 0 else 'John Roe'}."
        if i % 2 == 0 else f"“And point {i} follows from it.”" for i in range(paragraphs))


BODIES = {"nested": nested, "alternating": alternating}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kind", choices=sorted(BODIES))
    parser.add_argument("sizes", help="comma-separated sizes, e.g. 500,1000,2000,4000")
    args = parser.parse_args()
    print(describe(), flush=True)
    nlp = Pipeline().nlp
    nlp.max_length = 10**8
    previous = None
    for size in (int(x) for x in args.sizes.split(",")):
        title, body = nlp("Pathological"), nlp(BODIES[args.kind](size))
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            quotes = extract_quotes(title, body, [])
            best = min(best, time.process_time() - started)
        growth = f" x{best / previous:.2f}" if previous else ""
        print(f"{args.kind} {size}: {len(body)} tokens, {len(quotes)} quotes, "
              f"extract_quotes {best:.3f} s CPU{growth}", flush=True)
        previous = best


if __name__ == "__main__":
    main()
