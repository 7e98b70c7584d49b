"""A spaCy component before the French model: a hyphenated word is one word, as it learnt.

spaCy's French tokenizer splits a hyphen between two words unless the word is in its list
of exceptions (``Trois-Rivières``, ``Jean-Pierre``, ``porte-parole`` stay whole;
``Hydro-Québec``, ``Loto-Québec``, ``Dupuis-Roy``, ``présidente-directrice``, ``centre-ville``
become three tokens), while the corpora the model was trained on write such a word as one
token. Split, the model reads ``Hydro-`` as a place and ``Québec`` as another, a person's
hyphenated surname loses its second half (``Isabelle Tremblay`` + ``Kanté``), ``le syndicat
des employés de Loto-Québec`` ends at ``Loto``, and the ``-`` of ``la présidente-directrice
générale, Claudine Bouchard`` becomes the subject of the verb before it. This merges each run
of words joined by hyphens with no space around them into one token before the model runs;
the text and every character offset stay as written. The inverted pronouns (``-t-il``,
``dit-il``) are tokens of their own already, and numbers (``2020-2021``) are left as cut.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["COMPONENT", "join_hyphenated_names", "name_runs"]

COMPONENT = "newswire_french_hyphenated_names"
_HYPHENS = frozenset(("-", "‑"))  # the hyphen and the non-breaking hyphen


def _word(doc: Doc, i: int) -> bool:
    return doc[i].is_alpha


def _joins(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a hyphen with no space on either side between two words."""
    return (0 < i < len(doc) - 1 and doc[i].text in _HYPHENS and not doc[i].whitespace_
            and not doc[i - 1].whitespace_ and _word(doc, i - 1) and _word(doc, i + 1))


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of words joined by hyphens (``Hydro - Québec``)."""
    runs: list[tuple[int, int]] = []
    i = 1
    while i < len(doc) - 1:
        if not _joins(doc, i):
            i += 1
            continue
        start, end = i - 1, i + 2
        while end < len(doc) - 1 and _joins(doc, end):
            end += 2
        runs.append((start, end))
        i = end
    return runs


@Language.component(COMPONENT)
def join_hyphenated_names(doc: Doc) -> Doc:
    """Merge every hyphenated run of words into one token."""
    runs = name_runs(doc)
    if runs:
        with doc.retokenize() as retokenizer:
            for start, end in runs:
                retokenizer.merge(doc[start:end])
    return doc
