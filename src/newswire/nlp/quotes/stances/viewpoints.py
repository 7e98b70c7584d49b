"""A French sentence opened by whose view it gives: ``Pour Marie Dufresne, ces fermetures ne
sont « que la partie visible » du problème``.

French news attributes words this way as often as with a verb: the quotation marks in a
sentence opened by ``Pour X,`` hold X's words (``Pour Hélène Roy, la promesse arrive
« enfin »``), however short, when X can speak (a name, a person's role, a group or an
organisation; not ``Pour le moment,``).  The lexicon says which words open such a view
(:attr:`~newswire.nlp.quotes.lexicon.Lexicon.viewpoint_cues`; English has none: ``For X,``
gives a topic, measured and dropped as speech on PolNeAR).  With no quotation marks, the
sentence after ``Pour X,`` is X's view (``Pour l'organisme Trajectoire Québec, la décision
risque de faire fuir des passagers``: a belief of X) when X is named (a person's or an
organisation's name, or a role with its holder's name): ``Pour les familles, la hausse
représente 200 $`` says whom it concerns, not who thinks it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import PERSON_OR_ORG_LABELS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.marked.marks import MarkedQuote
from newswire.nlp.quotes.speech.cues import Cue
from newswire.nlp.quotes.speech.said import MIN_WORDS
from newswire.nlp.quotes.stances.hedges import attitude_at, attitude_chars
from newswire.nlp.quotes.stances.held import inside

__all__ = ["viewpoint_claims", "viewpoint_cue"]
#: Words opening an aside about the holder: a relative clause.
_ASIDE_OPENERS = frozenset(("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"))


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
    if holder.ent_type_ in PERSON_OR_ORG_LABELS or holder.pos_ == "PROPN":
        return True
    lemma = holder.lemma_.lower()
    return holder.pos_ == "NOUN" and (lemma in lexicon.role_nouns or lemma in lexicon.group_nouns
                                      or lemma in lexicon.org_nouns)


def viewpoint_claims(tmap: TextMap, reported: Sequence[Attribution]) -> list[Attribution]:
    """Each unquoted sentence opened by ``Pour X,`` with X named: the rest is X's view."""
    lexicon = tmap.lexicon
    if not lexicon.viewpoint_cues:
        return []
    found = []
    for sentence in tmap.doc.sents:
        opener = next((t for t in sentence if not (t.is_space or t.is_punct)), None)
        if opener is None or opener.lower_ not in lexicon.viewpoint_cues \
                or opener.lower_ in {w for c in lexicon.according for w in c} \
                or opener.dep_ != "case" or tmap.is_quoted(opener.idx):
            continue
        holder = opener.head
        comma = _holder_end(holder, sentence.end, lexicon.role_nouns)
        if comma is None or not _named(holder):
            continue
        words = [t for t in sentence if t.i > comma.i]
        chars = attitude_chars(tmap, holder, words, MIN_WORDS)
        if chars is None or any(tmap.is_quoted(t.idx) for t in words) \
                or inside(chars[0], reported):
            continue
        found.append(attitude_at(tmap, (opener.i, opener.i + 1), chars, holder, "belief"))
    return found


def _named(holder: Token) -> bool:
    """A name, or a noun with its holder's name beside it (``l'économiste Jean Roy``)."""
    return holder.ent_type_ in PERSON_OR_ORG_LABELS or any(
        c.dep_ in ("appos", "flat:name", "nmod") and c.i == holder.i + 1
        and c.ent_type_ in PERSON_OR_ORG_LABELS for c in holder.children)


def _holder_end(holder: Token, end: int, roles: frozenset[str]) -> Token | None:
    """The comma after the holder's words: not one before an aside of the holder (``, qui
    représente les usagers,``, ``, de l'Université Laval,``, ``, 74 ans,``, ``, éleveur à
    Dieulefit,``, ``, la présidente du syndicat,``)."""
    doc = holder.doc
    for token in doc[holder.i + 1:end - 1]:
        after = doc[token.i + 1]
        role = after.pos_ == "DET" and after.head.lemma_.lower() in roles
        if token.text == "," and not (after.lower_ in _ASIDE_OPENERS or role or after.pos_ in (
                "ADP", "NUM", "NOUN")):
            return token
    return None
