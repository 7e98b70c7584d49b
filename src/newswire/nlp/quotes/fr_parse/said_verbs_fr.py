"""French verbs of saying the parse did not read as the sentence's verb, made it.

``fr_core_news_sm`` often takes a present-tense verb of saying for a word of the noun phrase
before it or for a modifier of the infinitive after it: ``Le syndicat des enseignants
maintient que`` (an ``amod`` of ``enseignants``), ``Bercy juge la demande "tout à fait
irréaliste"`` (``juge`` a ``flat:name`` of ``Bercy``, the sentence verbless), ``Les membres
du collectif disent avoir recueilli`` (``disent`` an adverb of ``recueilli``).  The cue was
lost, and with it the quote or the clause it says.  Called by :mod:`.parse_fr`'s component.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, VERB_TAGS
from newswire.nlp.quotes.fr_parse.incise_openings_fr import OPENING_MARKS
from newswire.nlp.quotes.lexicon_fr import QUE

__all__ = ["NAME_DEPS", "speaking_of_a_quotation", "take_place_of", "verb_before_a_quotation",
           "verb_before_its_infinitive", "verb_before_its_object",
           "verb_of_a_verbless_sentence", "verb_of_the_sentence"]

#: How the parse hangs a verb it took for a modifier of the noun before it.
_MODIFIER_DEPS = frozenset(("amod", "acl", "nmod", "appos"))
#: How the parse hangs a verb of saying it took for a word of its subject's phrase.
NAME_DEPS = _MODIFIER_DEPS | {"conj", "flat:name", "flat:foreign"}
#: How the parse hangs a verb of saying it took for a modifier of the infinitive after it.
_INFINITIVE_MODIFIER_DEPS = frozenset(("advmod", "dep", "amod", "nmod", "obl:mod"))
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées")
#: ``parler de « ... »``: the forms of ``parler`` that name what they speak of in its words.
_SPEAK_FORMS = frozenset(("parle", "parlent", "parlé", "parlait", "parlaient", "parlera"))
_DE_FORMS = frozenset(("de", "d'", "d’", "du", "des"))
#: Before a noun, not a verb: ``le juge``, ``un ancien juge``, ``du juge``.
_NOT_BEFORE_VERB = frozenset(("DET", "ADJ", "ADP"))


def verb_of_the_sentence(verb: Token) -> None:
    """``Le syndicat des enseignants maintient que ...``: a verb of saying before its
    ``que`` that the parse hung as a modifier on the noun before it, in a sentence whose root
    is the subject's noun, is the root and that noun its subject."""
    doc = verb.doc
    if verb.dep_ not in _MODIFIER_DEPS or verb.i + 1 >= len(doc) \
            or doc[verb.i + 1].lower_ not in QUE:
        return
    subject = verb.head
    while subject.dep_ == "nmod" and subject.head.pos_ in NOUN_TAGS and subject.head.i < verb.i:
        subject = subject.head
    if subject.dep_ != "ROOT" or subject.pos_ not in NOUN_TAGS or subject.i > verb.i:
        return
    verb.pos_, verb.head, verb.dep_ = "VERB", verb, "ROOT"
    for child in list(subject.children):
        if child.i > verb.i:  # the sentence's full stop and what follows the verb
            child.head = verb
    subject.head, subject.dep_ = verb, "nsubj"


def verb_of_a_verbless_sentence(verb: Token) -> None:
    """``Bercy juge la demande "tout à fait irréaliste"``, ``L'opposition dénonce un projet
    « surdimensionné »``: in a sentence the parse gave no verb (its root the subject's noun,
    before it), a form of a verb of saying it took for a word of the subject's phrase (not
    after an article or an adjective: ``le juge``) is the sentence's verb; the words after it
    that hang on words before it are its own, so a quotation among them is what it says."""
    doc, root = verb.doc, verb.sent.root
    if root.pos_ not in NOUN_TAGS or root.i >= verb.i or verb.dep_ not in NAME_DEPS \
            or doc[verb.i - 1].pos_ in _NOT_BEFORE_VERB or _participle(verb):
        return  # "des entreprises interrogées": a participle describes the noun before it
    subject = _subject_after_opening(root, verb)
    for word in doc[verb.i + 1:verb.sent.end]:
        if word.head.i < verb.i:
            word.head = verb
    verb.pos_, verb.head, verb.dep_ = "VERB", verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj" if subject is None else "obl:mod"
    if subject is not None:
        subject.head, subject.dep_ = verb, "nsubj"


def _subject_after_opening(root: Token, verb: Token) -> Token | None:
    """``Dans un message publié sur Facebook, Solenn Carré dénonce « ... »``: when the root
    noun has a preposition (a phrase of place, time or means, never a subject) and a comma
    sets it off, the noun after the comma that the verb hangs on (or its phrase's head there)
    is the subject, the prepositional phrase a modifier."""
    if not any(c.dep_ == "case" and c.i < root.i for c in root.children):
        return None
    subject = verb.head
    while subject.head != root and subject.head.i > root.i and subject != subject.head:
        subject = subject.head
    doc = verb.doc
    if subject == root or subject.pos_ not in NOUN_TAGS or subject.head != root \
            or not any(doc[i].text == "," for i in range(root.i + 1, subject.i)):
        return None
    return subject


def verb_before_its_infinitive(verb: Token) -> None:
    """``Les membres du collectif, créé en septembre, disent avoir recueilli 3 400
    signatures``, ``Lise Boudreau, ..., affirme voir la situation se dégrader``: the parse
    took the verb of saying for a modifier (an adverb, a ``dep``) of the infinitive right
    after it and made that infinitive the sentence's verb; the verb of saying is, and the
    infinitive (its auxiliary first: ``avoir recueilli``) is what it says, its ``xcomp``.
    The infinitive's words before the verb of saying (its subject) are the verb's."""
    said = verb.head
    if said.i <= verb.i or verb.dep_ not in _INFINITIVE_MODIFIER_DEPS \
            or said.pos_ not in VERB_TAGS or not _infinitive_after(verb, said):
        return
    take_place_of(verb, said)


def take_place_of(verb: Token, said: Token, *, full_stop: bool = False) -> None:
    """``verb`` takes the place of ``said`` in the tree, with ``said``'s words before ``verb``
    (its subject) and, with ``full_stop``, its punctuation after it (the full stop, or the
    mark after it); ``said`` is what ``verb`` says, its ``xcomp``. Also read by
    :mod:`.infinitive_claims_fr`."""
    verb.pos_ = "VERB"
    verb.head, verb.dep_ = (verb, "ROOT") if said.head == said else (said.head, said.dep_)
    for child in list(said.children):
        if child.i < verb.i or (full_stop and child.dep_ == "punct" and child.i > said.i):
            child.head = verb
    said.head, said.dep_ = verb, "xcomp"


def _infinitive_after(verb: Token, said: Token) -> bool:
    """Whether ``said`` is an infinitive right after ``verb`` (``voir``), or a participle
    after an infinitive auxiliary right after it (``avoir recueilli``)."""
    first = verb.doc[verb.i + 1]
    return "Inf" in first.morph.get("VerbForm", []) and (
        first == said or (first.head == said and first.pos_ == "AUX" and said.i == first.i + 1))


def _participle(word: Token) -> bool:
    """A past participle by its morphology or its ending (``interrogées``)."""
    return "Part" in word.morph.get("VerbForm", []) or word.lower_.endswith(_PARTICIPLE_ENDS)


def speaking_of_a_quotation(verb: Token) -> None:
    """``Rachid Bensalem a parlé d'un "abandon pur et simple" de l'État``, ``Nicole Faurie,
    qui suit le dossier, parle d'une "saignée nécessaire mais douloureuse"``: ``parler de``
    right before a quotation names a thing in the speaker's words, as ``qualifier`` does
    (its lemma then); the parse often took ``parle`` for a noun or an adverb, so it becomes
    the sentence's verb when the sentence's root is a noun before it."""
    if verb.lower_ not in _SPEAK_FORMS:
        return  # every token comes here: the cheap test first
    doc = verb.doc
    at = verb.i + 1
    while at < verb.sent.end and doc[at].pos_ == "ADV":
        at += 1  # "parlaient déjà du match comme de « ... »" is not this: "du" then "match"
    if at + 1 >= verb.sent.end or not (_glued_to_mark(doc[at]) or (
            at + 2 < verb.sent.end and doc[at].lower_ in _DE_FORMS
            and OPENING_MARKS & {doc[at + 1].text, doc[at + 2].text})):
        return
    verb.pos_, verb.lemma_ = "VERB", "qualifier"
    subject = _subject_taken_for_head(verb)
    if subject is None:
        return
    for word in doc[verb.i + 1:verb.sent.end]:
        if word.head.i < verb.i:
            word.head = verb
    verb.head, verb.dep_ = (verb, "ROOT") if subject.head == subject \
        else (subject.head, subject.dep_)
    subject.head, subject.dep_ = verb, "nsubj"


def _glued_to_mark(word: Token) -> bool:
    """``d’“un``, ``d'"une``: the tokenizer leaves an elided ``de`` and the opening mark on
    the quotation's first word."""
    return word.lower_[:2] in _DE_FORMS and word.text[2:3] in OPENING_MARKS


def _subject_taken_for_head(verb: Token) -> Token | None:
    """The noun before ``verb`` that the parse made its head, or the sentence's root, when
    that noun is ``verb``'s subject: the sentence's root noun (``Nicole Faurie, ..., parle``)
    or the noun it hangs on as a modifier (``L'opposition parle``, ``parle`` its ``amod``)."""
    root = verb.sent.root
    if verb.dep_ == "ROOT" or verb.is_ancestor(root):
        return None
    if root.pos_ in NOUN_TAGS and root.i < verb.i:
        return root
    head = verb.head
    if head.pos_ in NOUN_TAGS and head.i < verb.i and verb.dep_ in NAME_DEPS:
        return head
    return None


def verb_before_its_object(verb: Token) -> None:
    """``Le courrier évoque une proposition de 45 €``: the parse took the verb of saying for
    an adjective of the noun right before it (its subject) and made the noun phrase after
    it the sentence's root; the verb is the root, the noun before it its subject and the
    root its object."""
    doc, root = verb.doc, verb.sent.root
    subject = verb.head
    if verb.pos_ == "VERB" or verb.dep_ not in NAME_DEPS or subject.i != verb.i - 1 \
            or subject.pos_ not in NOUN_TAGS or subject.head != root or root.pos_ != "NOUN" \
            or root.i <= verb.i or doc[verb.i + 1].pos_ != "DET" or _participle(verb):
        return
    verb.pos_, verb.head, verb.dep_ = "VERB", verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "obj"
    for child in list(root.children):
        if child.is_punct and child.i == verb.sent.end - 1:
            child.head = verb  # the full stop is the sentence's


def verb_before_a_quotation(verb: Token) -> None:
    """``Le texte dénonce « le mépris persistant ... »``: the parse took the verb of saying
    right before an opening mark for a word of its subject's phrase and made the subject the
    subject of a word after it (in the quotation); the verb takes that word's place, with the
    noun before it as its subject and that word (and so the quotation) as its object."""
    if not _hung_before_a_quotation(verb):
        return
    doc = verb.doc
    subject = verb.head
    taken = subject.head
    verb.pos_ = "VERB"
    verb.head, verb.dep_ = (verb, "ROOT") if taken.dep_ == "ROOT" else (taken.head, taken.dep_)
    taken.head, taken.dep_ = verb, "obj"
    subject.head, subject.dep_ = verb, "nsubj"
    doc[verb.i + 1].head = verb  # the opening mark


def _hung_before_a_quotation(verb: Token) -> bool:
    """Whether ``verb``, right before an opening mark and no participle, was not read as a
    verb but as a word of the noun before it, which the parse made the subject of a word
    after ``verb`` (:func:`verb_before_a_quotation`)."""
    doc = verb.doc
    subject = verb.head
    return not (verb.pos_ == "VERB" or verb.dep_ not in NAME_DEPS or verb.i + 1 >= verb.sent.end
                or doc[verb.i + 1].text not in OPENING_MARKS or subject.i >= verb.i
                or subject.pos_ not in NOUN_TAGS or not subject.dep_.startswith("nsubj")
                or subject.head.i <= verb.i or _participle(verb))
