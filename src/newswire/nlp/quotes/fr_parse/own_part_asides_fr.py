"""``de son côté``, ``pour sa part``, ``quant à lui``: a French aside saying whose turn it is,
set beside a verb of saying, is no part of who speaks.

French news sets a source against the one before it with an aside at the verb: ``Le Parti
socialiste genevois a de son côté dénoncé « ... »``, ``La préfecture, de son côté, a indiqué
que « ... »``, ``Le Parti socialiste vaudois a pour sa part exigé « ... »``, ``Le syndicat
estime de son côté que ...``.  ``fr_core_news_sm`` reads the aside's noun as the head of what
follows: the verb becomes an ``acl`` of ``côté`` (or ``part``), the quotation mark the root,
or the ``que`` clause a relative of ``côté``; the quote was found with no speaker, or with
``son côté`` as its speaker mention.  Here the verb of saying next to the aside (right after
it, past its auxiliary, or right before it) becomes the sentence's root, the aside an
adverbial of it, whatever hung on the aside's noun hangs on the verb, and a verbless noun
phrase opening the sentence before the aside, when the verb has no subject, its subject.
Called by :mod:`.parse_fr`'s component.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_FILLED_SUBJECT_DEPS, NOUN_TAGS, VERB_TAGS
from newswire.nlp.quotes.base.word_arrays import lower_indices
from newswire.nlp.quotes.fr_parse.aside_subjects_fr import MOST_SUBJECT_WORDS, phrase_head
from newswire.nlp.quotes.fr_parse.que_scan_fr import says
from newswire.nlp.quotes.lexicon_fr import AUXILIARIES, REFLEXIVES

__all__ = ["verbs_past_own_part_asides"]

#: The asides, by their last word: the words before it, lower case (``de son côté``, ``de
#: leur côté``, ``pour sa part``, ``pour leur part``, ``quant à lui``).
_ASIDES = {"côté": (("de", "son"), ("de", "leur")),
           "part": (("pour", "sa"), ("pour", "leur")),
           "lui": (("quant", "à"),), "elle": (("quant", "à"),),
           "eux": (("quant", "à"),), "elles": (("quant", "à"),)}
#: Words between the aside and its verb that belong to the verb (``, a indiqué``, ``s'est
#: dite``, ``n'a pas caché``), or between the subject and the aside (``a de son côté``).
_VERB_LEAD = AUXILIARIES | REFLEXIVES | frozenset(("n'", "n’", "ne", "pas", "est", "sont",
                                                   "ont", ","))


def verbs_past_own_part_asides(doc: Doc) -> None:
    """Hang each own-part aside on the verb of saying beside it, and that verb's subject on it."""
    for i in lower_indices(doc, _ASIDES):
        aside = _aside_ending_at(doc, i)
        if aside is None:
            continue
        verb, before = _verb_beside(aside)
        if verb is not None:
            _rehang(verb, aside, before)


def _aside_ending_at(doc: Doc, end: int) -> Span | None:
    """``de son côté`` ending at ``end``, if the two words before it open one."""
    if end < 2:
        return None
    lead = (doc[end - 2].lower_, doc[end - 1].lower_)
    return doc[end - 2:end + 1] if lead in _ASIDES[doc[end].lower_] else None


def _verb_beside(aside: Span) -> tuple[Token | None, bool]:
    """The verb of saying after the aside (past commas, auxiliaries, a negation), else the
    one right before it; with whether the aside stands before its verb."""
    doc, sentence = aside.doc, aside.sent
    after = aside.end
    while after < sentence.end and doc[after].lower_ in _VERB_LEAD:
        after += 1
    if after < sentence.end and says(doc[after]) and not doc[after].is_title:
        return doc[after], True
    before = aside.start - 1
    if before > sentence.start and doc[before].text == ",":
        before -= 1
    if before >= sentence.start and says(doc[before]) and doc[before].pos_ in VERB_TAGS:
        return doc[before], False
    return None, False


def _rehang(verb: Token, aside: Span, aside_first: bool) -> None:
    """Make ``verb`` the root with the aside as its adverbial; what hung on the aside hangs
    on the verb; with the aside before the verb, the noun phrase opening the sentence is
    its subject when it has none."""
    sentence = verb.sent
    old_root = sentence.root
    verb.head, verb.dep_ = verb, "ROOT"
    verb.pos_ = "VERB"  # "juge", "accuse": nouns to the model after an aside
    if old_root != verb:
        old_root.head, old_root.dep_ = verb, _dep_of_old_root(verb, old_root)
    noun = aside[-1]
    for word in sentence:
        if word.i not in range(aside.start, aside.end) and word != verb and (
                word.head.i in range(aside.start, aside.end)):
            word.head = verb
            if word.dep_.startswith("acl"):
                word.dep_ = "ccomp"  # "estime de son côté que ...": the verb's clause
    noun.head, noun.dep_ = verb, "obl:mod"
    for word in aside[:-1]:
        word.head = noun
    if aside_first and not any(c.dep_ in FRENCH_FILLED_SUBJECT_DEPS for c in verb.children):
        _subject_before(verb, aside)


def _dep_of_old_root(verb: Token, old_root: Token) -> str:
    """What the parse's root becomes under the verb: a verb after it its conjunct (``a
    rappelé que ... et recommande``: the same subject), a mark or a noun its object."""
    if old_root.i < verb.i:
        return "dep"
    return "conj" if old_root.pos_ in VERB_TAGS else "obj"


def _subject_before(verb: Token, aside: Span) -> None:
    """The verbless noun phrase from the sentence's start to the aside (less the verb's
    auxiliary and commas) becomes ``verb``'s subject."""
    doc, sentence = verb.doc, verb.sent
    end = aside.start
    while end > sentence.start and doc[end - 1].lower_ in _VERB_LEAD:
        end -= 1
    phrase = doc[sentence.start:end]
    if not 0 < len(phrase) <= MOST_SUBJECT_WORDS or any(
            (t.pos_ in VERB_TAGS and t.lower_ not in AUXILIARIES) or t.is_quote
            or (t.is_punct and t.text not in ("(", ")")) for t in phrase):
        return
    subject = phrase_head(phrase, NOUN_TAGS)
    if subject is None:
        return
    inside = range(phrase.start, phrase.end)
    subject.head, subject.dep_ = verb, "nsubj"
    for word in phrase:
        if word != subject and (word.head.i not in inside or word.head == word):
            word.head, word.dep_ = subject, "amod"  # "vaudois", read as the root's obl
    for word in doc[end:aside.start]:
        if word.lower_ in AUXILIARIES:
            word.head, word.dep_ = verb, "aux:tense"  # "a de son côté dénoncé"
