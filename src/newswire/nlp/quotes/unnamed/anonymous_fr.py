"""French: a source brought in by an aside saying it asked not to be named.

``Une préposée qui travaille de nuit ..., et qui a requis l'anonymat par crainte de
représailles, décrit ...``, ``un journaliste de la station régionale, qui a requis
l'anonymat parce qu'il n'est pas autorisé à parler aux médias, raconte ...``, ``une
éducatrice d'expérience qui a demandé à ne pas être nommée ...``, ``un conseiller de la
majorité, sous couvert d'anonymat, reconnaissait que ...``: news in French brings in a source
it will not name with an aside that says so (La Presse Canadienne's and Radio-Canada's
``qui a requis l'anonymat parce qu'il n'était pas autorisé à parler publiquement`` as much as
the African and French press's ``sous couvert d'anonymat``). Only a person asks not to be
named, and no one the article names: the noun the aside is set on is one unnamed person,
whatever the noun (``préposée``, ``employé``, ``cadre``, ``fonctionnaire``, ``source``, which
the noun tables do not read as people) and whatever verb the parse gives it (``décrit``, ``va
plus loin``). A pronoun inside the aside (``parce qu'il n'est pas autorisé``) is that one.
Read on the words, not the parse: the small model makes the aside the sentence's root as
often as not. Pure: spaCy tokens.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from newswire.nlp.quotes.base.doc_keeps import kept
from newswire.nlp.quotes.base.gender import (
    FRENCH_DEFINITE_GENDERS,
    FRENCH_INDEFINITE_GENDERS,
    Gender,
)
from newswire.nlp.quotes.base.mention_spans import word_at
from newswire.nlp.quotes.base.sentence_index import sentence_of
from newswire.nlp.quotes.base.word_arrays import kept_lower_indices
from newswire.nlp.quotes.lexicon_fr import SPEECH_FORMS

__all__ = [
    "anonymous_gender",
    "anonymous_phrase",
    "anonymous_source",
    "source_of_aside",
    "within_an_aside",
]

#: Words that say a source is not named: ``l'anonymat``, ``rester anonyme``.
_ANONYMOUS = frozenset(("anonymat", "anonyme"))
#: ``(ne pas) être nommé`` / ``identifié``: said with a negation before it.
_NAMED = frozenset(("nommé", "nommée", "identifié", "identifiée"))
#: The words the first test of :func:`_says_unnamed` passes, found once a doc.
_MARKER_WORDS = _ANONYMOUS | _NAMED
_NEGATIONS = frozenset(("pas", "ne", "n'", "n’"))
#: Words opening the aside: ``, qui a requis``, ``, sous couvert d'anonymat``.
_OPENERS = frozenset(("qui", "sous"))
#: Determiners of one person, and the gender each says.
_DETERMINERS: dict[str, Gender | None] = {
    **FRENCH_INDEFINITE_GENDERS, **FRENCH_DEFINITE_GENDERS, "l'": None, "l’": None}
#: Words before a determiner that make its noun a complement (``d'une entreprise``).
_PREPOSITIONS = frozenset(("de", "d'", "d’", "du", "des", "à", "au", "aux", "dans", "en",
                           "pour", "sur", "par", "chez", "avec", "entre", "vers", "contre"))
#: Words an aside's opener may stand from its marker (``qui a demandé à ne pas être nommée``).
_MOST_ASIDE_WORDS = 8
#: Words a source's noun may stand before the aside (``un responsable du Centre algérien de
#: développement du cinéma (CADC), qui``).
_MOST_PHRASE_WORDS = 12
#: Where a source's phrase ends: its aside, a bracket, a comma.
_PHRASE_ENDS = frozenset((",", "(", "qui", "sous"))
#: Where a doc keeps each sentence's asides once read (``Doc.user_data``: sentence start ->
#: (source's first word, past its noun, aside's opener, past the aside) of each), since
#: every subject, pronoun and noun of the sentence asks; numbers, so the doc still
#: serialises. Only for the quotes stage's parse, which no later step changes.
_ASIDES_KEY = "newswire.anonymous_asides"
#: Where a doc keeps the indices of its words that may say a source is unnamed (the first
#: test of :func:`_says_unnamed`): most docs have none, and then no sentence is read.
_MARKERS_KEY = "newswire.anonymous_markers"


def anonymous_source(noun: Token) -> bool:
    """Whether ``noun`` heads a source set off by an aside saying it is not named (or is a
    word of its name before the noun: the parse may head ``un ancien agent commercial`` on
    either)."""
    return _source_words(noun) is not None


def _source_words(noun: Token) -> Span | None:
    """The words of the anonymous source ``noun`` is in (``ancien agent commercial``)."""
    if not _markers(noun.doc):
        return None  # no aside in the doc (most): no sentence made
    return next((words for words, _aside in _asides(sentence_of(noun))
                 if words.start <= noun.i < words.end), None)


def source_of_aside(word: Token) -> Token | None:
    """The anonymous source whose aside holds ``word`` (``il`` of ``parce qu'il n'est pas
    autorisé``), if any."""
    if not _markers(word.doc):
        return None
    return next((words[-1] for words, aside in _asides(sentence_of(word))
                 if aside.start <= word.i < aside.end), None)


def within_an_aside(doc: Doc, start: int, end: int) -> bool:
    """Whether reported words (chars ``[start, end)``) lie wholly inside an anonymity aside
    closed by a comma (``, qui a demandé à ne pas être nommée,``: the request, not what the
    source said)."""
    if not _markers(doc):
        return False
    word = word_at(doc, start)
    return word is not None and any(
        aside.start <= word.i and aside.end < len(doc) and doc[aside.end].text == ","
        and end <= doc[aside.end].idx for _words, aside in _asides(sentence_of(word)))


def anonymous_phrase(noun: Token) -> str | None:
    """An anonymous source's words without their determiner and aside (``journaliste de la
    station régionale``), or None when ``noun`` is no such source."""
    words = _source_words(noun)
    if words is None:
        return None
    doc, start, end = noun.doc, words.start, words.end  # ``haut fonctionnaire``
    sentence_end = sentence_of(noun).end
    while end < sentence_end and doc[end].lower_ not in _PHRASE_ENDS \
            and not _finite(doc[end]) and doc[end].lower_ not in SPEECH_FORMS:
        # "un cadre de la société admet/ADJ, sous couvert d'anonymat": the verb ends it
        end += 1
    return doc[start:end].text if end - start <= _MOST_PHRASE_WORDS else noun.text


def anonymous_gender(noun: Token) -> Gender | None:
    """The gender an anonymous source's determiner says (``une`` feminine), if any."""
    words = _source_words(noun)
    return _DETERMINERS.get(noun.doc[words.start - 1].lower_) if words is not None else None


def _asides(sentence: Span) -> list[tuple[Span, Span]]:
    """Each anonymity aside of ``sentence`` and the words of the source it is set on, from
    after the determiner to the noun; read once a sentence (:data:`_ASIDES_KEY`)."""
    doc = sentence.doc
    read: dict[int, list[tuple[int, int, int, int]]] = kept(doc, _ASIDES_KEY, lambda _: {})
    bounds = read.get(sentence.start)
    if bounds is None:
        bounds = read[sentence.start] = _read_asides(sentence)
    return [(doc[start:end], doc[opener:close]) for start, end, opener, close in bounds]


def _read_asides(sentence: Span) -> list[tuple[int, int, int, int]]:
    """:func:`_asides`' bounds: the source's words and the aside, of each aside."""
    found = []
    doc, markers = sentence.doc, _markers(sentence.doc)
    first = bisect_left(markers, sentence.start)
    for marker in (doc[i] for i in markers[first:bisect_left(markers, sentence.end)]):
        if not _says_unnamed(marker):
            continue
        opener = _opener(marker, sentence)
        if opener is None:
            continue
        source = _source_before(opener, sentence.start)
        determiner = _determiner(source, sentence.start) if source is not None else None
        if source is not None and determiner is not None:
            found.append((determiner.i + 1, source.i + 1, opener.i,
                          _aside_end(marker, sentence.end)))
    return found


def _markers(doc: Doc) -> list[int]:
    """Indices of the words :func:`_says_unnamed` may pass (``anonymat``, ``nommée``),
    matched once a doc as an array (:data:`_MARKERS_KEY`)."""
    return kept_lower_indices(doc, _MARKERS_KEY, _MARKER_WORDS)


def _says_unnamed(word: Token) -> bool:
    """``anonymat``, ``anonyme``, or ``nommé`` after a negation (``ne pas être nommée``)."""
    lower = word.lower_
    if lower in _ANONYMOUS:
        return True
    doc = word.doc
    return lower in _NAMED and any(doc[i].lower_ in _NEGATIONS
                                   for i in range(max(word.i - 3, 0), word.i))


def _opener(marker: Token, sentence: Span) -> Token | None:
    """The ``qui`` or ``sous`` opening the aside that holds ``marker``, near before it."""
    doc = marker.doc
    for i in range(marker.i - 1, max(marker.i - _MOST_ASIDE_WORDS, sentence.start) - 1, -1):
        if doc[i].lower_ in _OPENERS:
            return doc[i]
        if doc[i].is_punct:
            return None
    return None


def _aside_end(marker: Token, sentence_end: int) -> int:
    """Where the aside ends: the next comma or the sentence's end."""
    doc, end = marker.doc, marker.i + 1
    while end < sentence_end and doc[end].text != ",":
        end += 1
    return end


def _source_before(opener: Token, sentence_start: int) -> Token | None:
    """The noun of one person the aside is set on: the nearest noun before it whose
    determiner is not a complement's (``un cadre d'une entreprise de Gerland``: ``cadre``),
    no verb between (``Une préposée qui travaille de nuit ..., et qui a requis``: the
    ``qui`` before is the first aside's, and the noun is looked for before that one). A loop,
    each step further back, so a run-on sentence of many clauses is read once, with no
    recursion to run out of."""
    doc, at = opener.doc, opener.i
    while True:
        relative = None
        for i in range(at - 1, max(sentence_start, at - _MOST_PHRASE_WORDS) - 1, -1):
            word = doc[i]
            determiner = _determiner(word, sentence_start)
            if determiner is not None and not word.is_punct and "Plur" not in word.morph.get(
                    "Number", []) and (word.pos_ == "NOUN" or determiner.lower_ in ("un", "une")):
                # a noun, whatever its tag after ``un`` (``un ancien agent/ADV commercial``)
                if determiner.i == 0 or doc[determiner.i - 1].lower_ not in _PREPOSITIONS:
                    return word
                continue
            if _finite(word):
                # ", et qui a requis": the noun of the first aside (``qui travaille de nuit``)
                relative = next((doc[j] for j in range(i - 1, max(i - 4, sentence_start) - 1, -1)
                                 if doc[j].lower_ == "qui"), None)
                break
        if relative is None:
            return None
        at = relative.i


def _finite(word: Token) -> bool:
    """A verb that is no participle (``admet``, not ``basé``)."""
    return word.pos_ in ("VERB", "AUX") and "Part" not in word.morph.get("VerbForm", [])


def _determiner(noun: Token, sentence_start: int) -> Token | None:
    """The determiner of one person opening ``noun``'s phrase (``un haut fonctionnaire``),
    in its sentence (from ``sentence_start``)."""
    doc: Doc = noun.doc
    for i in range(noun.i - 1, max(noun.i - 4, sentence_start - 1), -1):
        if doc[i].lower_ in _DETERMINERS:
            return doc[i]
        if doc[i].pos_ not in ("ADJ", "ADV"):
            return None
    return None
