"""A spaCy component before the French parser: no sentence starts right after a word.

``fr_core_news_sm`` cuts sentences where no punctuation does: ``« ... », estime || Julie
Fortin-Abara, professeure de droit.`` (the incise's speaker became a sentence of its own and
the quote had no speaker), ``la porte-parole de la Coalition || Eau Secours``, ``l’école
primaire || Saint-Joseph``, ``Laurence || Pelchat``. A French sentence ends at a full stop,
a question or exclamation mark, a closing quotation mark or a line break, never between two
words of a line; the parser keeps a boundary ruled out beforehand (spaCy's ``SENT_START``
-1), as it keeps the line starts of :mod:`newswire.nlp.paragraphs`. This marks every token
right after a word or a number on the same line as inside its sentence, and leaves every
other token (and any start already set, a dateline's lede) as it is.

The parser does not always keep it: before a comma it still starts a sentence (``Interrogée
par Le Soir || , la ministre a indiqué``, ``... depuis le début de l'année || , précise-t-elle.``).
:func:`join_cut_sentences`, run after the parser, joins such a sentence to the one before.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS

__all__ = ["COMPONENT", "join_cut_sentences", "keep_words_together"]

COMPONENT = "newswire_french_sentences"
_UNSET, _INSIDE = 0, -1
#: What ends an elided word (``D’`` of ``D’après``, ``l'``): no sentence starts after it.
_APOSTROPHES = ("'", "’")
#: Titles before a name, whose full stop ends no sentence: ``M. Laflamme-Ouellet estime``.
_TITLES = frozenset(("M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Dre", "Pr", "Mgr"))
#: How far after the comma an incise's verb stands: ``, précise-t-elle``, ``, a-t-il dit``.
_INCISE_REACH = 4


@Language.component(COMPONENT)
def keep_words_together(doc: Doc) -> Doc:
    """Rule out a sentence start after every word, number, elided word (``D’|après``),
    hyphenated name or title (``M.``) followed by no break (:func:`_holds_on`)."""
    starts = doc.to_array([SENT_START]).astype("int64")  # 1 start, -1 inside, 0 unset
    for token in doc[1:]:
        before = doc[token.i - 1]
        if starts[token.i] == _UNSET and _holds_on(before):
            starts[token.i] = _INSIDE
    # One column, in spaCy's unsigned type (it reads -1 back from its bits).
    doc.from_array([SENT_START], cast(Ints2d, starts.view("uint64").reshape(-1, 1)))
    return doc


def join_cut_sentences(doc: Doc, speech_forms: frozenset[str]) -> None:
    """Join each sentence the parser started right after a word of the same line (often at
    a comma) to the sentence before: a name after its title is the title's; an incise's
    verb of saying (``, précise-t-elle.``) hangs on the
    clause before it; otherwise the clause after the comma is the main one, and the words
    before it its subject (a noun without a preposition) or a modifier of its verb."""
    for start in doc[1:]:
        before = doc[start.i - 1]
        if not start.is_sent_start or not _holds_on(before):
            continue
        first, second = before.sent.root, start.sent.root
        if before.text in _TITLES and second == start:
            second.head, second.dep_ = before, "flat:name"  # "M. | Laflamme-Ouellet"
        elif start.text == "," and second.lower_ in speech_forms \
                and second.i <= start.i + _INCISE_REACH:
            second.head, second.dep_ = first, "conj"  # the incise mending reads it then
        else:
            first.head, first.dep_ = second, _role_before(first, second)


def _holds_on(before: Token) -> bool:
    """Whether the sentence goes on after ``before`` (no line break after it): a word, a
    number, an elided word, a hyphenated name (``Lavoie-Hébert``) or a title (``M.``)."""
    if "\n" in before.whitespace_:
        return False
    text = before.text
    return before.is_alpha or before.like_num or text[-1] in _APOSTROPHES \
        or text.replace("-", "").isalpha() or text in _TITLES


def _role_before(first: Token, verb: Token) -> str:
    """How the words before the comma hang on the verb after it."""
    if first.pos_ in NOUN_TAGS and not any(c.dep_ == "case" for c in first.children) \
            and not any(c.dep_.startswith("nsubj") and c.pos_ in NOUN_TAGS for c in verb.children):
        return "nsubj"
    return "advcl" if first.pos_ == "VERB" else "obl:mod"
