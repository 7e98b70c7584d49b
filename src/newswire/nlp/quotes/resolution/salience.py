"""The trail of who a doc is about, in text order, for pronouns and descriptions to follow.

It starts with what the doc names (:func:`~newswire.nlp.quotes.resolution.referents.referents_of`)
and
grows as the doc is read: a pronoun or description that is the subject of its clause
(``he`` in ``he also hosted Bush``) stands for the person it resolves to, so the next
``he said`` finds that person as the last subject, even when the name itself lies many
sentences back or sits in a clause a newer name displaced.  This is how the speaker of a
stretch of text stays salient while pronouns carry it on.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newswire.nlp.quotes.base.gender import Gender
from newswire.nlp.quotes.base.mention_spans import word_at
from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.base.sentence_index import sentence_of
from newswire.nlp.quotes.base.word_arrays import subject_indices
from newswire.nlp.quotes.resolution.referents import is_main_subject

__all__ = ["ResolveFn", "Trail", "Wanted", "outside", "person_antecedent", "pick",
           "sentence_told_before", "stand_in", "told_since"]

Wanted = Callable[[Referent], bool]
#: Resolves a subject (a pronoun or description) to what it stands for, if anything.
ResolveFn = Callable[[Token], Referent | None]
#: Quoted sentences a French pronoun looks back past for the sentence told before it.
_QUOTED_HOPS = 3


class Trail:
    """The referents of one doc, sorted by position, searchable backwards from a character."""

    def __init__(self, found: Iterable[Referent]) -> None:
        self.referents = sorted(found, key=lambda r: r.start)
        self._starts = [r.start for r in self.referents]

    def before(self, char: int, window: int, wanted: Wanted) -> list[Referent]:
        """The wanted referents named in the ``window`` characters before ``char``."""
        stop = bisect.bisect_left(self._starts, char)
        start = bisect.bisect_left(self._starts, char - window)
        return [r for r in self.referents[start:stop] if wanted(r)]

    def add(self, referent: Referent) -> None:
        """Put ``referent`` in its place (after any other starting at the same character)."""
        at = bisect.bisect_right(self._starts, referent.start)
        self.referents.insert(at, referent)
        self._starts.insert(at, referent.start)

    def follow(self, doc: Doc, wanted: Callable[[Token], bool], resolve: ResolveFn) -> None:
        """Read ``doc`` in order: each ``wanted`` subject that stands for someone (a pronoun,
        a description) joins the trail as whom it resolves to, with the trail so far (so a
        chain of ``he`` keeps its person)."""
        for i in subject_indices(doc):  # only subjects: no Token made for other words
            token = doc[i]
            if token.dep_ in SUBJECT_DEPS and wanted(token):
                referent = resolve(token)
                if referent is not None:
                    self.add(referent)


def stand_in(token: Token, antecedent: Referent, gender: Gender | None = None) -> Referent:
    """The referent a subject pronoun or description adds: its antecedent, at the token."""
    return replace(antecedent, start=token.idx, subject=True, main=is_main_subject(token),
                   gender=antecedent.gender or gender)


def pick(candidates: list[Referent]) -> Referent | None:
    """The last main-clause subject of ``candidates``, else the last subject, else the last."""
    mains = [r for r in candidates if r.main]
    subjects = [r for r in candidates if r.subject]
    best = (mains or subjects or candidates)[-1:]
    return best[0] if best else None


def person_antecedent(token: Token, people: list[Referent],
                      said: tuple[int, int] | None = None,
                      quoted: Callable[[int], bool] | None = None) -> Referent | None:
    """The person of ``people`` (named before ``token``, of a gender it allows, oldest first)
    that ``he``/``she`` or ``the senator`` stands for: a subject earlier in its own sentence
    (``While Comey said ..., he said``), else :func:`pick`'s.  But when that one was named
    before the previous sentence, someone nearer comes first: a person named earlier in
    its own sentence, whatever their role (``The support of McCain ... is crucial, and while
    he said``), else a subject of the previous sentence, whatever its clause (``The rancor
    is so blatant that Mr. Trump was asked about it. He said``, not the assailant named
    three sentences back).  Its sentence starts where the quote it reports (``said``, chars)
    does: ``« J'ai failli partir. Je lui dois une bière », a-t-il blagué`` looks back from
    the quote's first sentence, not from a sentence inside it."""
    sentence = _opening_sentence(token, said)
    here = [r for r in people if r.subject and r.start >= sentence.start_char]
    chosen = pick(here or people)
    since = _told_before(sentence, quoted).start_char
    if chosen is None or chosen.start >= since:
        return chosen
    own = [r for r in people if r.start >= sentence.start_char]
    near = [r for r in people if r.subject and r.start >= since]
    # One asked about gives way to another subject there (``it may be clear whether Trump
    # will be the nominee``), not to one named before (``It was unclear whether Sanders ...``).
    told = [r for r in near if not _asked_of(token.doc, r.start)]
    # "Le partisan Pierre Dubois, abonné depuis ..., n'en revenait pas. « ... », a-t-il
    # blagué": a name the parse did not make the subject is still the one just named. Only
    # for a pronoun: a description ("the Nova Scotia judge said") names a role, which the
    # person just named ("struck Chiasson") need not hold.
    named = [r for r in people if r.start >= since] if token.pos_ == "PRON" else []
    return pick(own) or pick(told or near) or pick(named) or chosen


def told_since(token: Token, said: tuple[int, int] | None = None) -> int:
    """Where the sentence told before ``token``'s (or before the one the quote it reports
    opens in) starts: how far back someone just brought in may be."""
    return sentence_told_before(token, said).start_char


def sentence_told_before(token: Token, said: tuple[int, int] | None = None) -> Span:
    """The sentence told before ``token``'s (or before the one the quote it reports opens
    in), whose start :func:`told_since` gives; the first sentence has none before it and is
    its own."""
    return _told_before(_opening_sentence(token, said), None)


def _told_before(sentence: Span, quoted: Callable[[int], bool] | None) -> Span:
    """The sentence before ``sentence`` (itself when it is the first); given ``quoted`` (the
    lexicon's ``pronouns_skip_quoted``: French), the last one the writer tells, past up to
    three wholly inside quotation marks: after a quote running over several sentences, a
    pronoun still reaches the one introduced before it (``Selon lui`` after Olivier
    Sabatier's quote, not the deputy named a paragraph back)."""
    doc = sentence.doc
    if not sentence.start:
        return sentence
    before = sentence_of(doc[sentence.start - 1])
    hops = 0
    while quoted is not None and before.start > 0 \
            and hops < _QUOTED_HOPS and _wholly_quoted(before, quoted):
        before, hops = sentence_of(doc[before.start - 1]), hops + 1
    return before


def _wholly_quoted(sentence: Span, quoted: Callable[[int], bool]) -> bool:
    """Whether every word of ``sentence`` lies inside quotation marks."""
    words = [t.idx for t in sentence if t.is_alpha]
    return bool(words) and all(quoted(char) for char in words)


def _opening_sentence(token: Token, said: tuple[int, int] | None) -> Span:
    """``token``'s sentence, or the one the quote it reports opens in when that is earlier."""
    sentence = sentence_of(token)
    if said is None or not 0 <= said[0] < sentence.start_char:
        return sentence
    opening = word_at(token.doc, said[0])
    return sentence_of(opening) if opening is not None else sentence


def _asked_of(doc: Doc, char: int) -> bool:
    """Whether the word at ``char`` is in an open question (``it may be clear whether Trump
    will be the nominee``): the one asked about, not the one who goes on speaking."""
    word = word_at(doc, char)
    return word is not None and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if")
        for node in word.ancestors for c in node.children)


def outside(said: tuple[int, int] | None, wanted: Wanted) -> Wanted:
    """``wanted``, but never a referent named inside ``said`` (chars): a speaker is not
    someone named in what they said."""
    if said is None:
        return wanted
    return lambda r: wanted(r) and not said[0] <= r.start < said[1]
