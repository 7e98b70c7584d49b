"""French bodies named right after the noun of their sort, for :mod:`.labels_fr`.

French news introduces a body it has not named before by its sort and then its name, with no
comma: ``l'institut GfK``, ``le collectif Viti 33``, ``l'association Artois Ultras 2002``,
``le syndicat SNUipp-FSU``, ``La fédération bancaire Febelfin``, ``Le groupe de supporters
Les Rouges du Tarn``, ``Le club des supporters Les Mouettes du HRO``. ``fr_core_news_sm``
misses such a name (``GfK``, ``Febelfin``, ``Ultras Hercules``), cuts it at a number or a
link (``Viti``, ``Artois Ultras``, ``Les Mouettes``) or reads it as a person (``Les
Rouges``), so the quote spoke as the bare sort (``institut``, ``groupe de supporters``).
The name after the sort is an organisation's, whole: its capitalised words and their own
adjectives (``Montagnes vivantes``), a number after them (supporters' groups and
collectives carry a year or a département's number), and, when it opens with a capitalised
article (``Les Rouges du Tarn``), its ``du``/``de`` links.

Not a first name after the noun (``la firme Jean Roy`` names a person's firm), not a name
after a comma (an apposition other rules read), nor a span the model found wider.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.french.speech_verbs_fr import SPEECH_FORMS
from newswire.nlp.entities.words.body_sorts_fr import SORT_NOUNS
from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["SORT_NOUNS", "name_start_after_sort", "names_after_sort"]

#: Sorts whose own complement names the members before the name (``groupe de supporters``,
#: ``club des supporters``, ``collectif d'habitants``): the name follows the members' noun.
_MEMBERS_SORTS = frozenset(("groupe", "club", "collectif", "association", "amicale",
                            "regroupement", "coalition", "syndicat", "fédération"))
_OF = frozenset(("de", "des", "d'", "d’"))
#: Links inside a name that opens with an article (``Les Amis de la Terre``).
_LINKS = frozenset(("du", "de", "des", "d'", "d’", "la", "l'", "l’"))
_ARTICLES = frozenset(("Le", "La", "Les", "L'", "L’"))
#: Past participles after a name tell what was done to the body, not its name (``le groupe
#: Renault visé par l'enquête``).
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies")


def names_after_sort(doc: Doc, kept: list[SpacySpan]) -> list[SpacySpan]:
    """``kept`` with each body's name written right after its sort's noun made one
    organisation (the spans inside it or cut from it taken out)."""
    found: list[SpacySpan] = []
    for token in doc:
        if token.lower_ not in SORT_NOUNS or not token.text.islower() or not _noun(token):
            continue
        start = name_start_after_sort(doc, token.i)
        if start is None or any(s.start <= start < s.end for s in found):
            continue
        end = _name_end(doc, start)
        wider = next((s for s in kept if s.start == start and s.end >= end), None)
        if wider is not None:  # the model's own name reaches as far: it says
            if wider.label_ != "ORG":
                found.append(SpacySpan(doc, wider.start, wider.end, label="ORG"))
            continue
        found.append(SpacySpan(doc, start, end, label="ORG"))
    if not found:
        return kept
    taken = {i for span in found for i in range(span.start, span.end)}
    others = [s for s in kept if not taken & set(range(s.start, s.end))]
    return sorted(others + found, key=lambda span: span.start)


def name_start_after_sort(doc: Doc, noun: int) -> int | None:
    """Where the name after the sort's noun at ``noun`` opens, past the members' noun
    (``de supporters``) and lower-case adjectives (``fédération bancaire``), or ``None``."""
    sort, i = doc[noun].lower_, noun + 1
    if sort in _MEMBERS_SORTS and i + 1 < len(doc) and doc[i].lower_ in _OF \
            and doc[i + 1].text.islower() and doc[i + 1].pos_ == "NOUN":
        i += 2  # "groupe de supporters", "club des supporters"
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower() and doc[i].is_alpha:
        i += 1  # "La fédération bancaire Febelfin"
    if i >= len(doc) or not _name_word(doc[i]) or doc[i].is_sent_start:
        return None
    if is_any_first_name(doc[i].text) and doc[i].text not in _ARTICLES:
        return None  # "la firme Jean Roy": a person's name
    return i


def _noun(token: Token) -> bool:
    """The sort's word used as a noun: ``institut`` the model may tag a proper noun (its
    lower case says it is none), ``collectif`` an adjective, after an article."""
    after_article = token.i > 0 and (token.doc[token.i - 1].pos_ == "DET"
                                     or token.doc[token.i - 1].lower_ in ("du", "au", "des"))
    return token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and after_article)


def _name_end(doc: Doc, start: int) -> int:
    """Just past the name opening at ``start``: its capitalised words, the numbers after
    them, and its links when it opens with an article."""
    linked = doc[start].text in _ARTICLES
    i = start + 1
    while i < len(doc):
        token = doc[i]
        if _name_word(token) and not token.is_sent_start:
            i += 1
        elif token.pos_ == "ADJ" and token.is_lower and token.is_alpha \
                and token.lower_.endswith(("s", "x")) \
                and not token.lower_.endswith(_PARTICIPLE_ENDS) \
                and token.lower_ not in SPEECH_FORMS:  # "Agoria" + "rappelle" read as ADJ
            # "le collectif Montagnes vivantes": a plural name's own adjective (a verb the
            # tagger reads as one, "Nature Alpes Suisse" + "parle", ends otherwise)
            i += 1
        elif token.is_digit and not _counts(doc, i):
            i += 1  # "Viti 33", "Artois Ultras 2002"
            break
        elif linked and token.lower_ in _LINKS and _continues(doc, i):
            i += 1
        else:
            break
    return i


def _counts(doc: Doc, i: int) -> bool:
    """Whether the number at ``i`` counts what follows (``2 000 salariés``, ``3 postes``: a
    plural noun; a verb the tagger reads as a noun, ``Viti 33 dénonce``, is singular)."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    return following is not None and (following.pos_ == "NUM" or (
        following.pos_ == "NOUN" and following.lower_.endswith(("s", "x"))))


def _continues(doc: Doc, i: int) -> bool:
    """Whether the links at ``i`` lead to a capitalised word (``du Tarn``, ``de la Terre``)."""
    while i < len(doc) and doc[i].lower_ in _LINKS:
        i += 1
    return i < len(doc) and _name_word(doc[i])


def _name_word(token: Token) -> bool:
    """A word of a body's name: one with a capital (``GfK``, ``SNUipp-FSU``, ``Loire-Rhône``)."""
    return token.text[:1].isupper() and any(c.isalpha() for c in token.text)
