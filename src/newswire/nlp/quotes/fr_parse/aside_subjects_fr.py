"""A French subject set off from its verb of saying by an aside: the verb's subject again.

``Le Parti québécois, qui mène dans les sondages depuis plusieurs mois, a fait savoir qu'il
...``, ``L'ordre des médecins, sollicité, a fait savoir qu'il ...``, ``Un agent de l'office,
interrogé sur place, explique que ...``: French news sets a relative clause or a participle
between a source and what it says.  ``fr_core_news_sm`` then makes the aside's verb (or the
subject's noun) the sentence's root and hangs the verb of saying on it as an ``xcomp`` or a
``parataxis``, with no subject: the quote or clause it says was found with no speaker.  When
a verb of saying has no subject, a comma stands right before it (past its auxiliaries), the
words from the comma before to that one open with ``qui`` or a participle, and the words
from the sentence's start to that comma are a noun phrase with no verb and no comma, that
phrase's noun is the verb's subject, and the verb is the root; a relative aside hangs on the
subject, a participle's on the verb (as ``Interrogé, X a dit`` hangs: no word of the name).
Called by :mod:`.parse_fr`'s component.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_FILLED_SUBJECT_DEPS, NOUN_TAGS, VERB_TAGS
from newswire.nlp.quotes.base.word_arrays import pos_indices
from newswire.nlp.quotes.fr_parse.que_scan_fr import says
from newswire.nlp.quotes.lexicon_fr import AUXILIARIES, REFLEXIVES

__all__ = ["MOST_SUBJECT_WORDS", "phrase_head", "subjects_before_asides"]

#: ``être`` before a verb of saying: with a reflexive it is ``s'est dit``, the subject's own
#: words; without one it is a passive (``Le patient, hospitalisé, est déclaré hors de
#: danger``: the doctors declare, the patient says nothing).
_BE = frozenset(("est", "sont", "était"))
#: Words between a subject's aside and its verb that belong to the verb: its auxiliary,
#: a negation, its reflexive pronoun (``, a indiqué``, ``, n'a pas caché``, ``, s'est dit``).
_VERB_LEAD = AUXILIARIES | REFLEXIVES | frozenset(("n'", "n’", "ne", "pas")) | _BE
#: The relative pronoun that opens an aside about the subject (``, qui a requis l'anonymat,``).
_RELATIVE = "qui"
#: A participle's endings (``sollicité``, ``interrogée``, ``joints`` is not one: kept narrow).
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")
#: Parts of speech a subject's head may have (``L'un d'eux``: a pronoun).
_SUBJECT_TAGS = NOUN_TAGS | {"PRON"}
#: The longest subject phrase and aside taken (words): longer, the comma is another's (the
#: own-part asides' subject, :mod:`.own_part_asides_fr`, is held to the same length).
MOST_SUBJECT_WORDS = 12
_MOST_ASIDE_WORDS = 25


def subjects_before_asides(doc: Doc) -> None:
    """Give each subjectless verb of saying the noun phrase set off before it by an aside."""
    for i in pos_indices(doc, "VERB"):  # no Token for the other words
        if says(doc[i]):  # "fait" of "a fait savoir": by its lemma
            _subject_before_aside(doc[i])


def _subject_before_aside(verb: Token) -> None:
    if any(c.dep_ in FRENCH_FILLED_SUBJECT_DEPS for c in verb.children):
        return
    doc, sentence = verb.doc, verb.sent
    lead = verb.i
    while lead > sentence.start and doc[lead - 1].lower_ in _VERB_LEAD:
        lead -= 1
    if _is_passive(doc[lead:verb.i]):
        return
    comma = lead - 1
    if comma <= sentence.start or doc[comma].text != ",":
        return
    opening = next((i for i in range(comma - 1, sentence.start - 1, -1) if doc[i].text == ","),
                   None)
    if opening is None:
        return
    aside, phrase = doc[opening + 1:comma], doc[sentence.start:opening]
    if not _is_aside(aside) or not _is_subject_phrase(phrase):
        return
    subject = phrase_head(phrase, _SUBJECT_TAGS)
    root = sentence.root
    if subject is None or (root != verb and root.i > verb.i):
        return  # a root after the verb: the sentence is not this shape
    _rehang(verb, subject, phrase, aside)


def _is_passive(lead: Span) -> bool:
    """``est déclaré``, ``n'est pas annoncé``: ``être`` with no reflexive (``s'est dit``)."""
    words = {t.lower_ for t in lead}
    return bool(words & _BE) and not words & REFLEXIVES


def _is_aside(aside: Span) -> bool:
    """``qui ...`` or a participle's phrase (``sollicité``, ``interrogé sur place``)."""
    if not 0 < len(aside) <= _MOST_ASIDE_WORDS:
        return False
    first = aside[0]
    participle = "Part" in first.morph.get("VerbForm", []) or (
        first.is_lower and first.lower_.endswith(_PARTICIPLE_ENDS) and first.pos_ != "ADV")
    return (first.lower_ == _RELATIVE or participle) and not any(t.is_quote for t in aside)


def _is_subject_phrase(phrase: Span) -> bool:
    """A noun phrase alone: no verb, no comma, no quotation mark, a few words."""
    return 0 < len(phrase) <= MOST_SUBJECT_WORDS and not any(
        t.pos_ in VERB_TAGS or (t.is_punct and t.text not in ("(", ")")) for t in phrase)


def phrase_head(phrase: Span, tags: frozenset[str]) -> Token | None:
    """The first word of ``phrase`` tagged one of ``tags`` (nouns, with or without pronouns)
    not hung on another such word of it: the subject a phrase before an aside names."""
    inside = range(phrase.start, phrase.end)
    return next((t for t in phrase if t.pos_ in tags and not (
        t.head.i in inside and t.head != t and t.head.pos_ in tags)), None)


def _rehang(verb: Token, subject: Token, phrase: Span, aside: Span) -> None:
    """Make ``verb`` the root, ``subject`` its subject with the aside on it; words after the
    subject's phrase that hung on it or on the aside hang on the verb."""
    sentence = verb.sent
    before = range(phrase.start, aside.end)
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    for word in phrase:
        if word != subject and (word.head.i not in before or word.head == word):
            word.head, word.dep_ = subject, "amod"  # "Un médecin résident": "résident" the root
            if word.pos_ == "ADV":
                word.pos_ = "ADJ"
    aside_head = next((t for t in aside if t.head.i not in range(aside.start, aside.end)
                       or t.head == t), None)
    if aside_head is not None and aside[0].lower_ == _RELATIVE:
        aside_head.head, aside_head.dep_ = subject, "acl:relcl"
    elif aside_head is not None:  # "sollicité,": how the verb's source was reached, as
        aside_head.head, aside_head.dep_ = verb, "advcl"  # "Interrogé, X a dit": no name's
        aside_head.pos_ = "VERB"  # "sollicité", a noun to the model
    for word in sentence:
        if word.i >= aside.end and word != verb and word.head.i in before:
            word.head = verb
