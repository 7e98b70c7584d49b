"""The titles of a name, read off the words around it: ``Sen.`` and ``the mayor`` before
it, an appositive after it (``Ann Lee, a spokeswoman for the city``), an entity's role; so
``the senator`` and ``she`` can find the person later (:mod:`.referents`).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, PERSON_LABELS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH

__all__ = ["honorifics_before", "role_words", "serving_role", "titles_of"]

_TITLE_POS = frozenset(("PROPN", "NOUN", "ADJ", "PUNCT"))
_TITLE_WINDOW = 5  # words before a name that may hold its title: "NATO Secretary-General"
_HONORIFIC_WINDOW = 2
#: Tokens of a name's appositives read for its title. Longer ones are no title but a list
#: the parser chained ("Ann Lee, Bo Li, Cy Ma, ..."): only the words near their heads are
#: read, since reading the whole subtree for every name of a list of thousands is quadratic.
_APPOSITIVE_TOKENS = 40
#: French prepositions before the office a role serves (``adjoint au maire``).
_SERVING = frozenset(("de", "du", "des", "au", "aux", "à", "auprès"))
#: Nouns between a served office and the role serving it: ``directeur de cabinet du préfet``.
_SERVED_STEPS = 2
_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp", "acl:relcl"))


def honorifics_before(span: Span) -> list[str]:
    """``Mrs.`` in ``Mrs. Clinton``: the words just before a name (or its first word)."""
    doc = span.doc
    words = [doc[i].text for i in range(max(span.start - _HONORIFIC_WINDOW, 0), span.start)]
    return [*words, span[0].text]


def titles_of(span: Span, lexicon: Lexicon = ENGLISH) -> frozenset[str]:
    """Lower-cased words of a name's title: before it, or in apposition to it."""
    doc = span.doc
    root = _titled_root(span)
    words: set[str] = set()
    i = span.start - 1
    while i >= 0 and span.start - i <= _TITLE_WINDOW and (word := doc[i]).pos_ in _TITLE_POS:
        if word.text in (",", "(", ")", "“", "”", '"'):
            break
        words.add(word.lemma_.lower())
        i -= 1
    # Asked of every mention: the head's Token made once, not once a child.
    head = root.head
    appositives = [token for token in (head, *root.children)
                   if (token.dep_ == "appos" and not _complement_of(root, token))
                   or (token.i == head.i and (root.dep_ == "appos" or _set_off_conjunct(root)))]
    for appos in appositives:
        words.update(_own_words(appos, span, lexicon))
    words.update(t.lower_.rstrip(".") for t in span if t.lower_.rstrip(".")
                 in lexicon.title_abbreviations)
    words.discard(root.lemma_.lower())
    return frozenset(_expanded(words, lexicon))


def _complement_of(root: Token, head: Token) -> bool:
    """``Sophie Lavallée, vice-présidente de la FSSS-CSN``: the French parse hangs the
    name of the body a person works for (``FSSS-CSN``, ``l'EPFZ``, ``la Fécafoot``) on the
    role noun set off after the person's name (an apposition of that name, not of the
    body's), behind a preposition (``de``, ``du``, ``à``). The role is the person's title,
    not the body's: read as the body's, it made the body a person whom ``Selon elle`` and
    ``ajoute-t-il`` took for the one described. A name with no preposition hung on the role
    is its holder set off after it (``le directeur de l'exploitation, Karim Ben Salah``)."""
    return head == root.head and root.dep_ == "nmod" and root.doc.lang_ == "fr" \
        and any(c.dep_ == "case" for c in root.children)


def _set_off_conjunct(root: Token) -> bool:
    """``Le président de la Commission (CENA), Ousmane Ba Thiombane, a ...``: the French
    parse may make a name set off by commas after an office noun its conjunct; with no
    ``et`` on the noun, it is the office's holder (an apposition)."""
    office = root.head
    doc = root.doc
    return root.dep_ == "conj" and office.pos_ == "NOUN" and office.i < root.i \
        and doc.lang_ == "fr" and doc[root.i - 1].text == "," \
        and not any(c.dep_ == "cc" for c in office.children)


def _titled_root(span: Span) -> Token:
    """The word a name's appositives hang on: the name's root; in French, the title or rank
    right before the name when the parse hangs the name on it (``Le ministre de la Santé, Dr
    Bienvenu Adjovi,``, ``le gouverneur de la région, le colonel Adama Zoungrana,``: the
    name is ``flat:name`` or an apposition of ``Dr``, ``colonel``, themselves apposed to the
    office)."""
    root = span.root
    title = root.head
    if root.dep_ in ("flat:name", "appos") and title.i == span.start - 1 \
            and title.dep_ == "appos" \
            and title.pos_ in ("NOUN", "PROPN") and not title.ent_type_:
        return title
    return root


def _appositive(token: Token) -> Iterable[Token]:
    """The tokens of the appositive headed by ``token``; of a long one, those near its head."""
    first, last = token.left_edge.i, token.right_edge.i
    if last - first < _APPOSITIVE_TOKENS:
        return token.subtree
    half = _APPOSITIVE_TOKENS // 2
    return token.doc[max(first, token.i - half):min(last, token.i + half) + 1]


def _own_words(appos: Token, name: Span, lexicon: Lexicon) -> set[str]:
    """The nouns of an appositive that describe the name, not another person named in it or
    a clause on it: ``a staff member for Maryland Republicans such as former Gov. Bob
    Ehrlich`` gives ``staff member ...``, not Ehrlich's ``governor``; nor, in French, the
    office of the one the name serves (:func:`_served_office`)."""
    words = set()
    for token in islice(_appositive(appos), _APPOSITIVE_TOKENS):
        if token.pos_ not in NOUN_TAGS:
            continue
        server = serving_role(token, lexicon)
        if server is not None:  # "adjointe au maire": the deputy's title, not the mayor's
            words.add(server.lemma_.lower())
            continue
        node, steps = token, 0
        # A chained list is deep: the walk up is bounded like the tokens read.
        while node != appos and not _foreign(node, name) and steps < _APPOSITIVE_TOKENS:
            node, steps = node.head, steps + 1
        if node == appos and not _foreign(appos, name):
            words.add(token.lemma_.lower())
    return words


def serving_role(token: Token, lexicon: Lexicon) -> Token | None:
    """``Le premier adjoint au maire, Mme Dossou-Yovo Rachida,``, ``le directeur de cabinet
    du préfet, X,``, ``Le porte-parole de la ministre, X,``: French names a deputy, an aide or
    a spokesperson by the office they serve, a role noun behind a preposition (``au``,
    ``du``, ``de la``) under the role noun of the one named (the parse often hangs the name
    on the served office, the phrase's last noun). The served office is another person's (the
    mayor's, the prefect's): read as the name's title, ``Le maire a promis`` went to the
    deputy named last instead of the mayor named before. The role noun it serves, if
    ``token`` is a served office; else None (``ministre de la Santé``: ``santé`` is no role;
    ``Le procès de l'ancien maire, X,``: a trial is no office)."""
    if token.doc.lang_ != "fr" or token.lemma_.lower() not in lexicon.role_nouns:
        return None
    node = token
    for _ in range(_SERVED_STEPS):
        if node.dep_ != "nmod" or node.head.pos_ != "NOUN" \
                or not any(c.dep_ == "case" for c in node.children):
            return None
        node = node.head
        if node.lemma_.lower() in lexicon.role_nouns:
            return node
    return None


def _foreign(token: Token, name: Span) -> bool:
    """A word of another person's name, the head of a clause (``who said ...``), or a
    possessive owner (``the chief's nephew`` is no chief)."""
    return (token.dep_ in _CLAUSE_DEPS or token.dep_ == "poss"
            or (token.ent_type_ in PERSON_LABELS and not name.start <= token.i < name.end))


def role_words(role: str | None, lexicon: Lexicon) -> frozenset[str]:
    """The words of an entity's role (``Vice-President``: ``vice``, ``president``, the
    whole role), lower case, abbreviations spelt out; none without a role."""
    if not role:
        return frozenset()
    words = {w for word in _unserved(role.lower().split(), lexicon) for w in word.split("-")}
    return frozenset(_expanded(words | {role.lower()}, lexicon))


def _unserved(words: list[str], lexicon: Lexicon) -> list[str]:
    """A French role's words less the office it serves (``Porte-parole de la ministre``:
    not ``ministre``; :func:`serving_role`): a role noun after a preposition that follows
    another role noun."""
    kept: list[str] = []
    serving = False
    for word in words:
        if serving and word in lexicon.role_nouns:
            continue
        serving = serving or (word in _SERVING and any(w in lexicon.role_nouns for w in kept))
        kept.append(word)
    return kept


def _expanded(words: set[str], lexicon: Lexicon) -> set[str]:
    """Title words with their abbreviations spelt out: ``sen.`` -> ``senator``."""
    out = set(words)
    for word in words:
        full = lexicon.title_abbreviations.get(word.rstrip("."))
        if full is not None:
            out.add(full)
    return out
