"""Who speaks past an aside the parse lost the subject in.

``Levine, who has given money to Marco Rubio, said``, ``Mr. Slinker, whose start-up uses
data to help brands find suppliers, said``, ``Mr. Bush, channeling his respectful roots,
responded``: a relative clause or a participle set off by a comma between the name and its
verb often leaves the verb with no subject in the parse, and the noun right before the verb
(``Rubio``, ``suppliers``, ``roots``) is the aside's, not the speaker; so is a relative
clause with no comma (``a White House official who spoke anonymously to discuss internal
strategy said``: not ``strategy``).  The speaker is the
noun before the aside's opening comma; after a quote, the name right after its closing
mark (``“...,” Trump, the 2016 GOP presidential frontrunner ... the New Hampshire
primaries, said``).  Read off the words and tags, since the parse of such a
sentence is the broken part.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, PARTICIPLE_TAGS
from newswire.nlp.quotes.base.sentence_index import sentence_start

__all__ = ["aside_owner"]

_PERSON_RELATIVES = frozenset(("who", "whose"))
_RELATIVE_TAGS = frozenset(("WP", "WP$"))
_CLAUSE_DEPS = frozenset(("advcl", "acl"))
# What ends the stretch an aside may open in: another clause, or a quotation.
_BREAKS = frozenset((";", ":", "—", "–", "--", "“", "”", '"', "''", "``", "‘", "’"))
_REACH = 30  # tokens between the aside's opening and the verb
_CLOSING = frozenset(("”", '"', "''", "’"))


def aside_owner(verb: Token) -> Token | None:
    """The noun before a relative clause or participle aside that ends right before ``verb``
    (or, for ``Beck, who has in the past described``, holds it); None when there is none."""
    doc, sent = verb.doc, verb.sent
    for i in range(verb.i - 1, max(sent.start, verb.i - _REACH), -1):
        token = doc[i]
        if token.text in _BREAKS:
            return _name_after_mark(token) if token.text in _CLOSING else None
        if _restrictive_who(token):  # "a White House official who spoke ... said"
            return doc[i - 1]
        if doc[i - 1].text != "," or not _opens_aside(token, verb):
            continue
        owner = _noun_before(doc[i - 1])
        return owner if owner is not None and owner.i >= sent.start else None
    return None


def _restrictive_who(token: Token) -> bool:
    """``who`` right after the noun it describes, with no comma: that noun is its owner."""
    before = token.doc[token.i - 1] if token.i > sentence_start(token) else None
    return (token.lower_ in _PERSON_RELATIVES and token.tag_ in _RELATIVE_TAGS
            and before is not None and before.pos_ in NOUN_TAGS)


def _name_after_mark(mark: Token) -> Token | None:
    """``“...,” Trump, the 2016 GOP frontrunner ..., said``: the name right after a closing
    mark and before the comma opening the aside (its last word)."""
    doc = mark.doc
    end = mark.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    named = end > mark.i + 1 and end < len(doc) and doc[end].text == ","
    return doc[end - 1] if named else None


def _opens_aside(token: Token, verb: Token) -> bool:
    """``, who``, ``, whose``, or ``, channeling`` / ``, asked about`` (a participle that is
    not the verb itself, closed by a comma before it)."""
    if token.lower_ in _PERSON_RELATIVES:
        return token.tag_ in _RELATIVE_TAGS
    # "Mr. Trump, asked about the deaths, had said": the tagger often reads "asked" as a past
    participle = token.tag_ in PARTICIPLE_TAGS or (token.tag_ == "VBD"
                                                    and token.dep_ in _CLAUSE_DEPS)
    return participle and token.i != verb.i and _set_off(token, verb)


def _set_off(participle: Token, verb: Token) -> bool:
    """A participle aside closes with a comma before the verb (``, channeling his roots,``)."""
    return any(t.text == "," for t in participle.doc[participle.i + 1:verb.i])


def _noun_before(comma: Token) -> Token | None:
    """The noun ending the words before ``comma``, past an adverb aside (``Sanders,
    meanwhile, who``)."""
    doc = comma.doc
    i = comma.i - 1
    while i >= comma.sent.start and (doc[i].is_punct or doc[i].pos_ == "ADV"):
        i -= 1
    if i < comma.sent.start or doc[i].pos_ not in NOUN_TAGS:
        return None
    return doc[i]
