"""A name after the pilgrim's honorific of West African and Maghreb French news is a
person's: ``El Hadj Moussa Bouba Ngaoundéré``, ``El Hadji Mamadou Lamine Sow``, ``Hadja
Fatoumata Camara``, whatever the model made of it.

Francophone papers of Senegal, Mali, Guinea, Niger, Burkina Faso, Cameroon and the Maghreb
print ``El Hadj`` / ``El Hadji`` / ``Elhadj`` (a man who made the pilgrimage) or ``Hadja``
(a woman) before the name of an elder, an imam, a minister or a club's president, at every
mention or the first. ``fr_core_news_sm`` reads the Spanish-looking ``El`` as a place's
article (``El Hadj Mahamadou Haïdara`` a LOC) or stops at the honorific (``El Hadji`` a
MISC, the name after it left bare), so the person was no person and the quotes they gave
went to whoever was named before. The honorific, like ``M.`` or ``Dr``, is left out of the
name (``Moussa Bouba Ngaoundéré``), which the same paper often prints bare.
Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

__all__ = ["PILGRIM_ARTICLES", "PILGRIM_WORDS", "pilgrim_name"]

#: The honorific written as one word (``Elhadj``, ``Hadja``) or as ``El``/``Al`` and a word.
_ONE_WORD = frozenset(("Elhadj", "Elhadji", "El-Hadj", "El-Hadji", "Hadja", "Hadjia"))
_SECOND_WORDS = frozenset(("Hadj", "Hadji", "Hadja"))
#: The article the two-word honorific opens with (``El Hadj``, ``Al Hadji``).
PILGRIM_ARTICLES = frozenset(("El", "Al"))
#: The honorific's words, none a first name (the French name readers must not widen a
#: person's name over them: ``Hadj`` + ``Moussa Bouba Ngaoundéré``).
PILGRIM_WORDS = _ONE_WORD | _SECOND_WORDS
#: Words of a name at most (``Serigne Saliou Mbacké Fall``, ``Thierno Mamadou Baldé``).
_MAX_NAME_WORDS = 5


def pilgrim_name(doc: Doc, start: int) -> SpacySpan | None:
    """The person named after the honorific opening the span at ``start``, running over the
    capitalised words after it (past the model's span when it stopped at the honorific:
    ``El Hadji`` + ``Mamadou Lamine Sow``), labelled as the model labels a person (``PER``)
    for the relabelling to read as one; ``None`` when no honorific opens it or no
    capitalised word follows."""
    first = start + _honorific_words(doc, start)
    if first == start:
        return None
    last = first
    while last < len(doc) and last - first < _MAX_NAME_WORDS and _name_word(doc[last].text):
        last += 1
    return SpacySpan(doc, first, last, label="PER") if last > first else None


def _honorific_words(doc: Doc, start: int) -> int:
    """How many words of the honorific open the span at ``start``: 0, 1 or 2."""
    word = doc[start].text
    if word in _ONE_WORD:
        return 1
    if word in PILGRIM_ARTICLES and start + 1 < len(doc) and doc[start + 1].text in _SECOND_WORDS:
        return 2
    # The model's span may open after ``El`` (``Hadji Sékou Condé``).
    return int(word in _SECOND_WORDS and start > 0 and doc[start - 1].text in PILGRIM_ARTICLES)


def _name_word(word: str) -> bool:
    """A capitalised word of a name (``Mbacké``, ``Ba-Diallo``), not a lone initial's dot
    nor a word in capitals (an acronym after the name: ``(RCN)``)."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper()
