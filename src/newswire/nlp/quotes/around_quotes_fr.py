"""French: a ``que`` clause said around a partial quote is reported whole.

``Le maire a affirmé que la collaboration des citoyens avait été « exemplaire » et que
personne n'avait refusé de partir``: French news writes most of what was said in its own
words and quotes one or two of them inside.  Left to the quote extractor, the said clause was
only its quoted words (``exemplaire``) and what the speaker said in the writer's words was
lost.  French reports such a clause whole, quotation marks and all (from its ``que`` to the
end of the clauses joined to it), as indirect speech of the verb's speaker, and the partial
quote inside it is no quote of its own.  English is untouched: its said clauses never overlap
a quotation (:func:`newswire.nlp.quotes.said.content_chars`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon_fr import FRENCH, QUE
from newswire.nlp.quotes.textmap import Attribution, CharRange, TextMap

__all__ = ["clause_around_quote", "outside_reported"]

#: Punctuation a said clause neither starts nor ends with.
_EDGE = frozenset(",.;:!?—–-()")


def clause_around_quote(tmap: TextMap, verb: Token, said: list[Token], fewest: int
                        ) -> CharRange | None:
    """The characters of a French ``que`` clause holding a quotation whole; None unless the
    clause opens with ``que``, holds a quotation that ends inside it, and has at least
    ``fewest`` words of the writer's own outside the quotation."""
    words = _from_que([t for t in said if t.text not in _EDGE and not t.is_space])
    if tmap.lexicon is not FRENCH or not words:
        return None
    start, end = int(words[0].idx), int(words[-1].idx) + len(words[-1].text)
    para_start, para_end = tmap.paragraph_of(verb.idx)
    if start < para_start or end > para_end or not tmap.overlaps_quote(start, end):
        return None
    if any(s < start < e or s < end < e for s, e in tmap.quoted):
        return None  # a quotation running past the clause: the clause is part of a quote
    own = sum(1 for t in words if t.is_alpha and not tmap.is_quoted(t.idx))
    return tmap.trim(start, end) if own > fewest else None


def _from_que(words: list[Token]) -> list[Token]:
    """The words from the clause's ``que`` on, past a phrase of how it was said the parse
    may hang first (``a indiqué par courriel que ...``); none when no ``que`` opens it."""
    que = next((i for i, t in enumerate(words) if t.lower_ in QUE and t.dep_ == "mark"), None)
    if que is None or any(t.pos_ in ("VERB", "AUX") for t in words[:que]):
        return []
    return words[que:]


def outside_reported(tmap: TextMap, marked: list[Attribution], reported: list[Attribution]
                     ) -> list[Attribution]:
    """The quotation-marked attributions without the partial quotes lying inside a French
    clause reported whole (they are part of it)."""
    if tmap.lexicon is not FRENCH:
        return marked
    spans = [(r.start, r.end) for r in reported if r.kind == "indirect"]
    return [a for a in marked if a.kind != "partial"
            or not any(s <= a.start and a.end <= e for s, e in spans)]
