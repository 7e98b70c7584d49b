"""A person's name with a double-barrelled surname, which the small model reads as an
organisation's or a product's (``Anand Kessler-Drummond``, ``Siobhan MacAulay-Dressler``).

Canadian, British and Nigerian news name many people so; a company's hyphenated name
(``Hewlett-Packard``, ``Rolls-Royce``) does not open with a first name, and one that ends
with an organisation's word (``Smith-Jones Ltd``) is not two words. The first name is read
off the English lists and the wider one of first names strongly of one sex
(:mod:`.firstnames`).
"""

from __future__ import annotations

import re
import unicodedata

from newswire.nlp.entities.firstnames import first_name_gender, is_first_name

__all__ = ["is_double_barrelled_name", "is_double_barrelled_surname"]

#: Two capitalised words joined by a hyphen, each letters only, with an inner capital
#: allowed after ``Mac``/``Mc``/``O'`` style openings (``MacAulay``): ``Kessler-Drummond``.
_SURNAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]*(?:[A-ZÀ-Ý][a-zà-ÿ]+)?-[A-ZÀ-Ý][a-zà-ÿ]+"
                      r"(?:[A-ZÀ-Ý][a-zà-ÿ]+)?")


def is_double_barrelled_name(parts: list[str], person_surnames: frozenset[str] = frozenset()
                             ) -> bool:
    """Whether a name's words are a first name and a double-barrelled surname: a known first
    name (``Josée`` read as ``Josee``), or any capitalised word when the model reads the
    surname alone as a person's elsewhere (``Gaétan Roussel-Mbeki`` beside ``Roussel-Mbeki
    said``; ``person_surnames`` casefolded)."""
    if len(parts) != 2 or not _SURNAME.fullmatch(parts[1]):
        return False
    first = parts[0]
    if not (first[:1].isupper() and first[1:].islower() and first.isalpha()):
        return False
    return is_first_name(first) or first_name_gender(_unaccented(first)) is not None \
        or parts[1].casefold() in person_surnames


def is_double_barrelled_surname(word: str) -> bool:
    """``Roussel-Mbeki``, ``MacAulay-Dressler``: two capitalised words joined by a hyphen."""
    return bool(_SURNAME.fullmatch(word))


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
