"""Resolve the trial merge's known conflicts (the code reviewer's, round 37 on): each
resolution names the file, substrings that must all be in the conflict hunk (either side) and
the text that replaces the whole hunk. A conflict none matches is left for a human (exit 1).
Add a round's conflicts to RESOLUTIONS; an old one applies only where its markers meet."""

from __future__ import annotations

import re
import sys
from pathlib import Path

HUNK = re.compile(r"<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n", re.S)

C1 = '''           "MAX_QUESTION_WORDS", "NEGATIONS", "QUE", "QUE_REACH", "REFLEXIVES", "REFUSING",
           "SPEECH_FORMS", "SPEECH_VERBS", "THE_SINGULAR", "WEEKDAYS", "person_name",
           "verb_forms"]
'''
#: (file, substrings that must all be in the hunk, replacement).
RESOLUTIONS: list[tuple[str, tuple[str, ...], str]] = [
    # C1 frnat54 (NEGATIONS, REFUSING) x frorgs54 (WEEKDAYS): lexicon_fr's __all__, the union
    ("src/newswire/nlp/quotes/lexicon_fr.py", ("NEGATIONS", "WEEKDAYS"), C1),
]


def main() -> int:
    left = 0
    for path in sys.argv[1:]:
        text = Path(path).read_text(encoding="utf-8")

        def resolve(hunk: re.Match[str], path: str = path) -> str:
            nonlocal left
            for file, markers, replacement in RESOLUTIONS:
                if path.endswith(file) and all(m in hunk.group(0) for m in markers):
                    print(f"resolved {path}: {markers}")
                    return replacement
            left += 1
            print(f"UNRESOLVED {path}:\n{hunk.group(0)}")
            return hunk.group(0)

        Path(path).write_text(HUNK.sub(resolve, text), encoding="utf-8")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
