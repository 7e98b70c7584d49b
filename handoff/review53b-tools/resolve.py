"""Resolve the trial merge's known conflicts (review53b): each resolution names the file,
substrings that must all be in the conflict hunk (either side) and the text that replaces the
whole hunk. A conflict none matches is left for a human (exit 1)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

HUNK = re.compile(r"<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n", re.S)

C1 = '''    if lexicon is FRENCH:
        # "Agence régionale de santé (ARS) Nouvelle-Aquitaine" (organisations); "soupire Mme
        # Thibodeau": Mélissa Thibodeau (people): the two passes read disjoint speaker kinds
        pulled = with_regional_offices(pulled, entities, texts["body"])
        pulled = titled_surnames(pulled, entities, texts)
'''
C2 = '''    nommée``, :mod:`.unnamed.anonymous_fr`) or that are only the speaker's name, read as
    the verb's object (:mod:`.named_objects_fr`); English ones that are a request not to be
    named: what the source asked for, not what it said."""
    return _asked_unnamed(tmap, start, end) or (
        tmap.lexicon is FRENCH and (within_an_aside(tmap.doc, start, end)
                                    or only_a_name(tmap, start, end)))


def _asked_unnamed(tmap: TextMap, start: int, end: int) -> bool:
    """English words (reported, or a stance's: ``who did not want to be named``, ``declined
    to be identified``) that are a request not to be named (:mod:`.unnamed.anonymous_en`)."""
    return tmap.lexicon is ENGLISH and is_anonymity_request(tmap.text[start:end])
'''
RESOLUTIONS: list[tuple[str, tuple[str, ...], str]] = [
    # C1 frorgs53 x frqc53: two French post-passes after with_pulled_speakers
    ("src/newswire/nlp/quotes/extract.py", ("with_regional_offices", "titled_surnames("), C1),
    # C2 en53 x frqc53: _requested grows both ways (English request, French name-only)
    ("src/newswire/nlp/quotes/extract.py", ("_asked_unnamed", "only_a_name"), C2),
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
