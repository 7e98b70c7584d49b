"""The titles of a name, read off the words around it: ``Sen.`` and ``the mayor`` before
it, an appositive after it (``Ann Lee, a spokeswoman for the city``), an entity's role; so
``the senator`` and ``she`` can find the person later (:mod:`.referents`).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from spacy.tokens import Span, Token

from newswire.nlp.entities.names import HONORIFICS
from newswire.nlp.entities.titles import ROLES
from newswire.nlp.quotes.lexicon import PERSON_LABELS, Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH

__all__ = ["TITLE_WORDS", "honorifics_before", "role_words", "title_start", "titles_of"]

#: Words of a title or honorific the entities stage leaves out of a name's mention:
#: ``Mr`` in ``Mr Dylan Parry-Hughes``, ``Det Supt`` in ``Det Supt Anna Kerr``.
TITLE_WORDS = frozenset(word for title in (*ROLES, *HONORIFICS) for word in title.split())

_TITLE_POS = frozenset(("PROPN", "NOUN", "ADJ", "PUNCT"))
_TITLE_WINDOW = 5  # words before a name that may hold its title: "NATO Secretary-General"
_HONORIFIC_WINDOW = 2
#: Tokens of a name's appositives read for its title. Longer ones are no title but a list
#: the parser chained ("Ann Lee, Bo Li, Cy Ma, ..."): only the words near their heads are
#: read, since reading the whole subtree for every name of a list of thousands is quadratic.
_APPOSITIVE_TOKENS = 40
_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp", "acl:relcl"))


def honorifics_before(span: Span) -> list[str]:
    """``Mrs.`` in ``Mrs. Clinton``: the words just before a name (or its first word)."""
    doc = span.doc
    words = [doc[i].text for i in range(max(span.start - _HONORIFIC_WINDOW, 0), span.start)]
    return [*words, span[0].text]


def title_start(span: Span) -> int:
    """The first token of a name with the title words written right before it (``Prof``,
    ``Det Supt``, ``Mr``)."""
    start = span.start
    while start > 0 and span.doc[start - 1].text in TITLE_WORDS:
        start -= 1
    return start


def titles_of(span: Span, lexicon: Lexicon = ENGLISH) -> frozenset[str]:
    """Lower-cased words of a name's title: before it, or in apposition to it."""
    doc = span.doc
    root = span.root
    words: set[str] = set()
    i = span.start - 1
    while i >= 0 and span.start - i <= _TITLE_WINDOW and doc[i].pos_ in _TITLE_POS:
        if doc[i].text in (",", "(", ")", "“", "”", '"'):
            break
        words.add(doc[i].lemma_.lower())
        i -= 1
    appositives = [token for token in (root.head, *root.children)
                   if token.dep_ == "appos" or (root.dep_ == "appos" and token == root.head)]
    for appos in appositives:
        if _set_off_before(appos) not in (None, span.start):
            continue  # "Caernarfon, the senior coroner ..., Mr Dylan Parry-Hughes,": his
        words.update(_own_words(appos, span))
    role = _role_set_off_before(span, lexicon)
    if role is not None:
        words.update(_own_words(role, span))
    words.update(t.lower_.rstrip(".") for t in span if t.lower_.rstrip(".")
                 in lexicon.title_abbreviations)
    words.discard(root.lemma_.lower())
    return frozenset(_expanded(words, lexicon))


def _set_off_before(phrase: Token) -> int | None:
    """The first token of the person's name (with its title words) that a phrase, set off by
    a comma after it, stands before: ``the senior coroner for North West Wales, Mr Dylan
    Parry-Hughes,``; None when no person's name follows so."""
    doc = phrase.doc
    comma = phrase.right_edge.i + 1
    start = comma + 1
    if start >= len(doc) or doc[comma].text != ",":
        return None
    name = start
    while name < len(doc) and doc[name].text in TITLE_WORDS:
        name += 1
    if name < len(doc) and doc[name].ent_type_ in PERSON_LABELS and doc[name].ent_iob_ == "B":
        return name
    return None


def _role_set_off_before(span: Span, lexicon: Lexicon) -> Token | None:
    """``At Aberteifi, the vice-chancellor, Prof Gwenllian Rhys-Morgan, told``: a person's
    role set off by commas right before the name, which the parse hung elsewhere (on the
    place before it); the role's head noun. The phrase must open after a comma, so ``Speaking
    to the judge, John Smith said`` gives Smith no title."""
    doc = span.doc
    comma = title_start(span) - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    role = doc[comma - 1]
    while not _is_role(role, lexicon) and role.head != role and role.head.i < comma \
            and role.head.right_edge.i >= comma - 1:  # "for North West Wales" -> "coroner"
        role = role.head
    opener = role.left_edge.i - 1
    if not _is_role(role, lexicon) or opener < 0 or doc[opener].text != "," or not any(
                c.dep_ in ("det", "poss") for c in role.children):
        return None
    return role


def _is_role(token: Token, lexicon: Lexicon) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.role_nouns


def _appositive(token: Token) -> Iterable[Token]:
    """The tokens of the appositive headed by ``token``; of a long one, those near its head."""
    first, last = token.left_edge.i, token.right_edge.i
    if last - first < _APPOSITIVE_TOKENS:
        return token.subtree
    half = _APPOSITIVE_TOKENS // 2
    return token.doc[max(first, token.i - half):min(last, token.i + half) + 1]


def _own_words(appos: Token, name: Span) -> set[str]:
    """The nouns of an appositive that describe the name, not another person named in it or
    a clause on it: ``a staff member for Maryland Republicans such as former Gov. Bob
    Ehrlich`` gives ``staff member ...``, not Ehrlich's ``governor``."""
    words = set()
    for token in islice(_appositive(appos), _APPOSITIVE_TOKENS):
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        node, steps = token, 0
        # A chained list is deep: the walk up is bounded like the tokens read.
        while node != appos and not _foreign(node, name) and steps < _APPOSITIVE_TOKENS:
            node, steps = node.head, steps + 1
        if node == appos and not _foreign(appos, name):
            words.add(token.lemma_.lower())
    return words


def _foreign(token: Token, name: Span) -> bool:
    """A word of another person's name, the head of a clause (``who said ...``), or a
    possessive owner (``the chief's nephew`` is no chief)."""
    return (token.dep_ in _CLAUSE_DEPS or token.dep_ == "poss"
            or (token.ent_type_ in PERSON_LABELS and not name.start <= token.i < name.end))


def role_words(role: str | None, lexicon: Lexicon) -> frozenset[str]:
    if not role:
        return frozenset()
    return frozenset(_expanded({w.lower() for w in role.replace("-", " ").split()}
                               | {role.lower()}, lexicon))


def _expanded(words: set[str], lexicon: Lexicon) -> set[str]:
    """Title words with their abbreviations spelt out: ``sen.`` -> ``senator``."""
    out = set(words)
    for word in words:
        full = lexicon.title_abbreviations.get(word.rstrip("."))
        if full is not None:
            out.add(full)
    return out
