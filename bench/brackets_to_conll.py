"""Turn hand-annotated text (``[PER Jens Stoltenberg] met ...``) into a CoNLL-2003-format file.

Usage: ``python bench/brackets_to_conll.py tests/data/ner_sample.txt > tests/data/ner_sample.conll``

Input: one sentence a line, tokens separated by spaces, entities in ``[TYPE tokens]``,
``-DOCSTART-`` between documents (the line after it is the headline). Output: ``token _ _ TAG``
with IOB2 tags, a blank line after each sentence.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_ENTITY = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\]]+)\]")


def convert(line: str) -> list[str]:
    """The CoNLL rows of one annotated sentence."""
    rows: list[str] = []
    pos = 0
    for match in _ENTITY.finditer(line):
        rows += [f"{tok} _ _ O" for tok in line[pos:match.start()].split()]
        tokens = match.group(2).split()
        rows += [f"{tok} _ _ {'B' if i == 0 else 'I'}-{match.group(1)}"
                 for i, tok in enumerate(tokens)]
        pos = match.end()
    rows += [f"{tok} _ _ O" for tok in line[pos:].split()]
    return rows


def main() -> None:
    """Print the CoNLL form of the file named on the command line."""
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.strip() == "-DOCSTART-":
            print("-DOCSTART- -X- -X- O\n")
            continue
        print("\n".join(convert(line)) + "\n")


if __name__ == "__main__":
    main()
