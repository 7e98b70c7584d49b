"""French: a ``selon X`` (``d’après X``) opening or closing its sentence reports the rest of it.

``Selon plusieurs analystes du secteur, la crise actuelle pourrait frapper ...`` and ``Les
négociations doivent reprendre jeudi, en pleine grève, selon des sources syndicales.``: the
French model often hangs the source's phrase on the nearest noun (``crise``, ``grève``), not
on the verb, and the said words were then only that noun's phrase (``la crise actuelle``,
``en pleine grève``).  Set off by a comma at either end of its sentence, the source is said
of everything on the other side of that comma, whatever the parse hung it on; a ``selon X``
inside the sentence is left to the parse.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS, VERB_TAGS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.speech.saying import according_length

__all__ = ["said_around_source"]

#: What may follow the source's phrase and still close the sentence.
_CLOSING = frozenset(".!?»”)…")
#: Words that may open a sentence before its ``selon``: ``Mais selon lui, ...``.
_OPENING = frozenset(("mais", "et", "or", "donc", "pourtant", "toutefois", "cependant",
                      "enfin", "ainsi", "«", "“", "—", "-"))


def said_around_source(cue_token: Token, lexicon: Lexicon) -> list[Token] | None:
    """The sentence's words on the far side of the comma that sets off ``cue_token``'s
    phrase (``selon``, ``d’après``) at the start or the end of its sentence; None when the
    phrase stands inside the sentence, or outside French."""
    if lexicon is not FRENCH:
        return None
    return _after_opening_source(cue_token) or _before_closing_source(cue_token, lexicon)


def _after_opening_source(cue_token: Token) -> list[Token] | None:
    """``Selon X, ...``: the words after the comma that ends the phrase (past a comma that
    opens an apposition of the source's, ``Selon Luc Roy, économiste, ...``)."""
    doc, sent = cue_token.doc, cue_token.sent
    if any(t.lower_ not in _OPENING for t in doc[sent.start:cue_token.i]):
        return None
    commas = [t.i for t in doc[cue_token.i:sent.end] if t.text == ","]
    if not commas:
        return None  # "Selon le ministre la réforme passera.": nothing sets the source off
    ends = [*commas[1:], sent.end]
    # The first comma after which a clause starts (a verb before the next comma): the words
    # between are the source's ("économiste à l'UQAM,"), even if the parse joined the
    # clause's subject to the source as a conjunct ("analystes du secteur, la crise").
    comma = next((c for c, end in zip(commas, ends, strict=True)
                  if any(t.pos_ in VERB_TAGS for t in doc[c + 1:end])), None)
    if comma is None:
        return None
    return list(doc[_subject_comma(doc[comma + 1:sent.end], commas, comma) + 1:sent.end])


def _subject_comma(clause: Span, commas: list[int], comma: int) -> int:
    """The comma the said clause starts after: ``comma``, or an earlier one when the clause's
    verb has its subject before ``comma``, set off with an apposition (``Selon les
    documents, Marc-André Thibodeau, 46 ans, aurait détourné``: the subject is no word of
    the source's)."""
    subjects = [c.i for t in clause if t.pos_ in VERB_TAGS for c in t.children
                if c.dep_ in FRENCH_SUBJECT_DEPS and commas[0] < c.i < comma]
    if not subjects:
        return comma
    return max(c for c in commas if c < min(subjects))


def _before_closing_source(cue_token: Token, lexicon: Lexicon) -> list[Token] | None:
    """``..., selon X.``: the words before the comma, when nothing but the source's phrase
    follows it to the sentence's end."""
    doc, sent = cue_token.doc, cue_token.sent
    if cue_token.i <= sent.start or doc[cue_token.i - 1].text != ",":
        return None
    after = doc[cue_token.i + according_length(cue_token, lexicon):sent.end]
    if any(t.text == "," or (t.is_punct and t.text not in _CLOSING) for t in after):
        return None  # "..., selon lui, ...": a source set off inside the sentence
    said = list(doc[sent.start:cue_token.i - 1])
    return said if any(t.pos_ in VERB_TAGS for t in said) else None
