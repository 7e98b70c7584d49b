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

from newswire.nlp.entities.firstnames import first_name_gender, is_first_name

__all__ = ["is_double_barrelled_name"]

#: Two capitalised words joined by a hyphen, each letters only, with an inner capital
#: allowed after ``Mac``/``Mc``/``O'`` style openings (``MacAulay``): ``Kessler-Drummond``.
_SURNAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]*(?:[A-ZÀ-Ý][a-zà-ÿ]+)?-[A-ZÀ-Ý][a-zà-ÿ]+"
                      r"(?:[A-ZÀ-Ý][a-zà-ÿ]+)?")


def is_double_barrelled_name(parts: list[str]) -> bool:
    """Whether a name's words are a known first name and a double-barrelled surname."""
    if len(parts) != 2 or not _SURNAME.fullmatch(parts[1]):
        return False
    first = parts[0]
    return first[:1].isupper() and first[1:].islower() and (
        is_first_name(first) or first_name_gender(first) is not None)
