"""The grammatical gender a person's name or title suggests, so ``she`` skips a male name.

Read off the words around a name: an honorific (``Mrs.``, ``Mr.``), a gendered title
(``spokeswoman``, ``actress``) or a common first name, from the language's
:class:`~newswire.nlp.quotes.lexicon.Lexicon`; the first word of a full name is also looked
up in the wider table of first names (``Pierre Poilievre`` is a ``he``:
:func:`~newswire.nlp.entities.words.firstnames.first_name_gender`).  Unknown stays unknown: a
pronoun may then point to that person whatever its gender.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from spacy.tokens import Token

from newswire.nlp.entities.words.firstnames import first_name_gender, unaccented
from newswire.nlp.entities.words.francophone_first_names import (
    francophone_gender,
    french_usage_gender,
)
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH

__all__ = ["FRENCH_DEFINITE_GENDERS", "FRENCH_INDEFINITE_GENDERS", "Gender", "gender_of",
           "morph_gender", "name_gender", "pronoun_gender"]

Gender = Literal["f", "m"]
#: The gender a French singular definite article says (``le préfet``, ``la ministre``);
#: the elided ``l'`` says none.
FRENCH_DEFINITE_GENDERS: dict[str, Gender] = {"le": "m", "la": "f"}
#: ... and an indefinite one (``un technicien``, ``une bénévole``).
FRENCH_INDEFINITE_GENDERS: dict[str, Gender] = {"un": "m", "une": "f"}


def gender_of(words: Iterable[str], lexicon: Lexicon = ENGLISH, *,
              borrowed: bool = False) -> Gender | None:
    """``f`` or ``m`` when the words of a name and its title agree on one; else ``None``.

    ``borrowed``: ``lexicon`` is another language's table asked about a name in this one
    (an English text's ``François-Philippe``), so a hyphenated name needs every part known.
    """
    found: set[Gender] = set()
    known = _known_words(lexicon, borrowed)
    for word in words:
        try:
            gender = known[word]
        except KeyError:  # a word not read yet (one ask in 25)
            if len(known) >= _KNOWN_WORDS_MAX:
                known.clear()  # a long-running worker: keep the table small
            gender = known[word] = _one_word_gender(word, lexicon, borrowed)
        if gender is not None:
            found.add(gender)
    return found.pop() if len(found) == 1 else None


def _one_word_gender(word: str, lexicon: Lexicon, borrowed: bool) -> Gender | None:
    """One word's gender, as the lexicon's tables give it (a hyphenated name by its parts)."""
    key = word.lower().rstrip(".")
    gender = _word_gender(key, lexicon)
    if gender is None and "-" in key:
        gender = _hyphenated_gender(key.split("-"), lexicon, borrowed)
    return gender


#: Each word's gender by lexicon (its identity: the lexicon is kept beside its table, so its
#: id is never another's) and ``borrowed``: an article asks the same few names and titles
#: again and again (110,857 asks over PolNeAR's 440 articles, most one word).
_KNOWN: dict[tuple[int, bool], tuple[Lexicon, dict[str, Gender | None]]] = {}
_KNOWN_WORDS_MAX = 50_000
#: Lexicons kept at once: the two languages' and ``borrowed``'s (more only in tests).
_KNOWN_LEXICONS_MAX = 8


def _known_words(lexicon: Lexicon, borrowed: bool) -> dict[str, Gender | None]:
    """The words already read with ``lexicon`` and ``borrowed``, and their genders."""
    kept = _KNOWN.get((id(lexicon), borrowed))
    if kept is None or kept[0] is not lexicon:
        if len(_KNOWN) >= _KNOWN_LEXICONS_MAX:
            _KNOWN.clear()  # lexicons made on the fly (tests): hold none for long
        kept = _KNOWN[(id(lexicon), borrowed)] = (lexicon, {})
    return kept[1]


def _hyphenated_gender(parts: list[str], lexicon: Lexicon, borrowed: bool) -> Gender | None:
    """"Marie-Hélène": a woman's name when each part is one ("Jean" alone is a woman's in
    English, "Jean-François" is no woman's). A French name in French text may have a part
    the table lacks ("Marie-Laure"): its first part then decides, if the known ones agree.
    Not a first part the table lacks: "Saint-Jean", "Port-Louis" are places, and English
    "Billie-Jean" is no French "Jean"."""
    genders = {_word_gender(part, lexicon) for part in parts}
    if (lexicon.compound_names_follow_first_part and not borrowed
            and _word_gender(parts[0], lexicon) is not None):
        genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


def _word_gender(key: str, lexicon: Lexicon) -> Gender | None:
    if key in lexicon.female_words:
        return "f"
    return "m" if key in lexicon.male_words else None


def name_gender(name: str, others: Iterable[str] = (),
                lexicon: Lexicon = ENGLISH) -> Gender | None:
    """The gender of a person's name and the words beside it (titles, honorifics), if one.

    The first word of a name of two words or more is a first name: the lexicon's, else the
    wider table's, else (in English) a French one's that neither knows (``Geneviève``,
    ``François-Philippe``: Canadian news). A lone word is more often a surname
    (``Clinton``, ``Carson``): only the lexicon reads it.
    """
    words = name.split()
    first = words[0] if words else ""
    own = gender_of([first], lexicon)
    if own is None and len(words) >= 2 and first[:1].isupper():
        if lexicon is FRENCH:  # "Ousmane", "Aïssatou"; "Patrice" a man's in French
            part = first.split("-")[0]  # "Étienne", "Loïc": French usage, first word only
            own = francophone_gender(part) or french_usage_gender(part)
        own = own or first_name_gender(first.rstrip("."))
        if own is None and lexicon is FRENCH:  # the table writes "Cécile", "Joël" unaccented
            own = first_name_gender(unaccented(first))
        if own is None and lexicon is ENGLISH:  # Canadian news: "François-Philippe Champagne"
            own = gender_of([first], FRENCH, borrowed=True)
        if own is None and lexicon is FRENCH and not _place_word(first):
            own = _surname_first_gender(words[-1])
    found = {gender for gender in (gender_of([word], lexicon) for word in others) if gender}
    if own is not None:
        found.add(own)
    return found.pop() if len(found) == 1 else None


#: First parts of a hyphenated place's name (``Port-Louis``, ``Saint-Jean``): no surname.
_PLACE_PARTS = frozenset(("saint", "sainte", "port", "mont", "fort", "pont", "grand", "petit",
                          "val", "bois"))


def _place_word(word: str) -> bool:
    """Whether ``word`` opens like a place's name (``Port-Louis``), not a surname."""
    return "-" in word and word.partition("-")[0].lower() in _PLACE_PARTS


def _surname_first_gender(last: str) -> Gender | None:
    """``N'Guessan Amoin Félicité``, ``Hounkpatin Sèna Florent``, ``Dossou-Yovo Rachida``:
    the press and the administrations of Côte d'Ivoire, Burkina Faso, Benin and Togo write
    the surname first and the first name last. When no table knows the first word, the last
    one, if a first name, gives the gender (else ``elle`` after ``la présidente, le Pr
    N'Guessan Amoin Félicité`` took the man named before her)."""
    if not last[:1].isupper():
        return None
    return (gender_of([last], FRENCH) or francophone_gender(last.partition("-")[0])
            or first_name_gender(last) or first_name_gender(unaccented(last)))


def pronoun_gender(word: str, lexicon: Lexicon = ENGLISH) -> Gender | None:
    """The gender a personal pronoun carries (``she`` -> ``f``), if any."""
    gender = lexicon.person_pronouns.get(word.lower())
    return "f" if gender == "f" else "m" if gender == "m" else None


def morph_gender(word: Token) -> Gender | None:
    """The gender the tagger gave ``word`` (French ``mère``: ``Fem``), else unknown."""
    return _MORPH_GENDERS.get(next(iter(word.morph.get("Gender", [])), ""))


_MORPH_GENDERS: dict[str, Gender] = {"Fem": "f", "Masc": "m"}
