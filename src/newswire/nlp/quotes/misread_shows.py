"""A document's ``show`` the tagger read as a noun: ``Bureau of Labor Statistics data show
Michigan added 21,000 jobs``, ``The agency's most recent monthly data show encounters
running at a quarter of the pace``, ``Diesel prices have not doubled, EIA data show.``

After a plural or mass document noun the small English model often takes ``show`` for a
noun (``data show`` as in ``a data show``), so no verb is there for the attitude tables to
read, the parse around it is broken and the finding is lost.  A noun ``show`` right after
``data``, ``records`` or ``figures`` is that misreading whatever the parse made of the rest,
so the finding is read from the words, not the tree: what follows ``show`` to the end of
the sentence, or, when ``show`` ends the sentence after a comma, what comes before the comma.
The holder is the maker named before the noun (an organisation's name, an owner), else the
document noun itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.hedges import MIN_CLAUSE_WORDS, attitude_at, attitude_chars
from newswire.nlp.quotes.held import is_document
from newswire.nlp.quotes.textmap import Attribution, TextMap

__all__ = ["misread_show"]

#: The forms of ``show`` a writer uses of data and records, present or past.
_SHOW_FORMS = frozenset(("show", "shows", "showed"))
#: Plural nouns of counts, not in the document table, that show things as data do.
_COUNT_NOUNS = frozenset(("figures", "numbers", "statistics", "results"))
#: What ends the words of a sentence-final ``show``'s finding before its source.
_CLAUSE_BREAKS = frozenset((",", ";", ":"))


def misread_show(tmap: TextMap, token: Token) -> Attribution | None:
    """The finding of a noun ``show`` that is a document's misread verb, else ``None``."""
    if token.pos_ != "NOUN" or token.lower_ not in _SHOW_FORMS or token.i == 0:
        return None
    noun = token.doc[token.i - 1]
    if not (is_document(noun, tmap.lexicon) or noun.lower_ in _COUNT_NOUNS):
        return None  # "the talk show", "a road show": no document before it
    sentence = token.sent
    after = [t for t in sentence if t.i > token.i]
    if any(t.pos_ in ("VERB", "AUX") for t in after):
        tokens = after  # "data show Michigan added 21,000 jobs"
    else:  # "Diesel prices have not doubled, EIA data show."
        start = _phrase_start(noun)
        if start.i == sentence.start or start.nbor(-1).text not in _CLAUSE_BREAKS:
            return None
        tokens = [t for t in sentence if t.i < start.i - 1]
    chars = attitude_chars(tmap, token, tokens, MIN_CLAUSE_WORDS)
    if chars is None:
        return None
    return attitude_at(tmap, (token.i, token.i + 1), chars, _holder(noun), "finding")


def _phrase_start(noun: Token) -> Token:
    """The first word of the noun's phrase, read leftwards over its modifiers and names:
    ``The agency's most recent monthly data``, ``Bureau of Labor Statistics data``."""
    start = noun
    while start.i > start.sent.start:
        left = start.nbor(-1)
        if left.text in _CLAUSE_BREAKS or left.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
            break
        if left.pos_ not in ("DET", "ADJ", "ADV", "NOUN", "PROPN", "NUM", "PART", "ADP"):
            break
        start = left
    return start


def _holder(noun: Token) -> Token:
    """Who the finding is held by: an organisation named right before the noun (``Bureau of
    Labor Statistics data``), an owner (``The agency's data``, ``Its data``), else the noun."""
    before = noun.nbor(-1) if noun.i > noun.sent.start else None
    if before is not None and before.ent_type_ == "ORG":
        return before
    start = _phrase_start(noun).i
    owner = next((t for t in noun.sent if start <= t.i < noun.i and t.dep_ == "poss"), None)
    return owner if owner is not None else noun
