"""A French sentence opened by whose view it gives: ``Pour Marie Dufresne, ces fermetures ne
sont « que la partie visible » du problème``.

French news attributes words this way as often as with a verb: the quotation marks in a
sentence opened by ``Pour X,`` hold X's words (``Pour Hélène Roy, la promesse arrive
« enfin »``), however short, when X can speak (a name, a person's role, a group or an
organisation; not ``Pour le moment,``).  The lexicon says which words open such a view
(:attr:`~newswire.nlp.quotes.lexicon.Lexicon.viewpoint_cues`; English has none: ``For X,``
gives a topic, measured and dropped as speech on PolNeAR).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.cues import Cue
from newswire.nlp.quotes.marks import MarkedQuote
from newswire.nlp.quotes.textmap import TextMap

__all__ = ["viewpoint_cue"]

_NAMING_TYPES = frozenset(("PER", "PERSON", "ORG"))


def viewpoint_cue(tmap: TextMap, quote: MarkedQuote) -> Cue | None:
    """``Pour`` opening the quote's sentence, its holder the speaker (set off by a comma
    before the quote); None if no such view."""
    lexicon = tmap.lexicon
    if not lexicon.viewpoint_cues or quote.unclosed or quote.continued:
        return None
    first = tmap.doc[tmap.tokens(quote.start, quote.end)[0]]
    sentence = first.sent
    opener = next((t for t in sentence if not (t.is_space or t.is_punct)), None)
    if opener is None or opener.lower_ not in lexicon.viewpoint_cues:
        return None
    holder = opener.head
    if opener.dep_ != "case" or holder.i <= opener.i or not _may_hold(holder, tmap):
        return None
    set_off = any(t.text == "," for t in tmap.doc[holder.i + 1:first.i])
    return Cue(opener.i, opener.i + 1, holder) if set_off else None


def _may_hold(holder: Token, tmap: TextMap) -> bool:
    """A name, or a noun for a person, group or organisation: someone with a view."""
    lexicon = tmap.lexicon
    if holder.ent_type_ in _NAMING_TYPES or holder.pos_ == "PROPN":
        return True
    lemma = holder.lemma_.lower()
    return holder.pos_ == "NOUN" and (lemma in lexicon.role_nouns or lemma in lexicon.group_nouns
                                      or lemma in lexicon.org_nouns)
