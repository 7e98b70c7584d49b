"""French verbs of saying right before the infinitive they report, however the parse hung them.

French news reports what someone says they did, saw or feel with a verb of saying and a bare
infinitive, its subject the speaker's: ``Plusieurs commerçants affirment n'avoir jamais reçu
l'indemnité``, ``Les creuseurs disent ne voir aucune différence``, ``Une mère de famille ...
raconte avoir fait le tour de trois pharmacies``, ``Il dit avoir sollicité une audience``.
``fr_core_news_sm`` often tags the verb of saying an adjective or an adverb of the subject's
noun (``raconte`` ``amod``, ``disent`` ``advmod``) and makes the infinitive (or the participle
after ``avoir``) the sentence's verb, or hangs that infinitive as an ``acl`` of the verb, so
the cue and what it says were lost.  :func:`.said_verbs_fr.verb_before_its_infinitive`
mends the case where the verb hangs on its infinitive; this one mends the others, a
negation (``ne``, ``n'... jamais``) and adverbs (``avoir déjà vendu``) allowed between.
Verbs of saying joined one after another (``disent avoir vu X et affirment n'avoir jamais
reçu Y``) each say their own claim, the first one's subject speaking for all.  Called by
:mod:`.parse_fr`'s component, once per word, through one :class:`InfinitiveClaims` per
document (its quotation marks found once, so a long sentence costs each verb its claim's
words only).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS
from newswire.nlp.quotes.fr_parse.incise_openings_fr import CLOSING_MARKS, OPENING_MARKS
from newswire.nlp.quotes.fr_parse.said_verbs_fr import take_place_of
from newswire.nlp.quotes.lexicon_fr import QUE, SPEECH_FORMS, verb_forms

__all__ = ["InfinitiveClaims"]

#: Verbs of saying whose bare infinitive is what they report (``affirme avoir vu``, ``dit
#: ne pas comprendre``); not ``propose``, ``menace``, ``demande``, which take ``de`` or ``à``.
_INFINITIVE_SAYERS = verb_forms(frozenset((
    "dire", "affirmer", "assurer", "raconter", "expliquer", "déclarer", "reconnaître",
    "avouer", "admettre", "nier", "jurer", "certifier", "prétendre", "soutenir", "estimer",
    "confier", "rappeler", "indiquer", "préciser", "souligner", "confesser", "démentir")))
#: The words of a negation before the infinitive: ``ne pas comprendre``, ``n'avoir jamais``.
_NEGATION = frozenset(("ne", "n'", "n’", "pas", "plus", "jamais", "guère", "point"))
#: The words between ``avoir`` or ``être`` and the participle it makes: adverbs, ``été``.
_BETWEEN_DEPS = frozenset(("advmod", "aux:pass", "aux:tense"))
#: A sentence root that can be the subject of its verb of saying (``L'un d'eux, ... raconte``).
_SUBJECT_TAGS = NOUN_TAGS | {"PRON"}
#: Words of the verb of saying after its infinitive that stay its own: the full stop, and
#: another verb joined to it (``affirme avoir vu X et dément ...``).
_OWN_DEPS = frozenset(("punct", "conj", "cc", "parataxis"))
#: How an infinitive ends (``parler``, ``finir``, ``vivre``): a verb written as its lemma
#: with one of them is one, whatever form the tagger gave it.
_INFINITIVE_ENDS = ("er", "ir", "re")
#: Words between a subject and its verb: auxiliaries, negation, object clitics.
_BEFORE_VERB = frozenset(("a", "ont", "avait", "avaient", "ne", "n'", "n’", "y", "lui", "leur",
                          "nous", "vous", "en", "l'", "l’", "le", "la", "les", "il", "elle",
                          "ils", "elles", "on"))
#: The relative pronouns that open a clause hung on a noun (``qui dit``, ``ce qu'il dit``).
_RELATIVES = QUE | {"qui"}
_MARKS = OPENING_MARKS | CLOSING_MARKS
#: What joins a verb of saying to the claim before it: ``, disent``, ``et affirment``.
_JOINS = frozenset((",", "et", "puis", "mais"))
#: How far after the auxiliary infinitive its participle may come (``n'avoir jamais été vu``).
_PARTICIPLE_REACH = 3


class InfinitiveClaims:
    """One document's verbs of saying before the infinitive they report, mended in text
    order (:meth:`mend`, called on every token by :mod:`.parse_fr`'s component).  The
    document's quotation marks are found once, and each sentence's first such verb is kept,
    so a sentence of many joined claims (``disent avoir vu ..., affirment n'avoir jamais
    reçu ...``) costs each verb the words of its own claim, not the whole sentence again."""

    def __init__(self, doc: Doc) -> None:
        self._marks = [t.i for t in doc if t.text in _MARKS]
        self._sentence = -1  # where the sentence of ``_first`` starts
        self._first: Token | None = None  # the sentence's first verb reporting an infinitive
        self._claims: set[int] = set()  # the sentence's reported infinitives
        self._verbs: set[int] = set()  # and their verbs
        self._last: Token | None = None  # the sentence's last reported infinitive

    def mend(self, verb: Token) -> None:
        """Make ``verb``, a verb of saying right before its infinitive (past a negation),
        that infinitive's head (``xcomp``) when the parse made the infinitive the sentence's
        verb or hung it on ``verb`` otherwise; and the sentence's verb when the parse left
        the sentence rooted on the noun or pronoun of its subject (``Plusieurs infirmières
        disent avoir quitté``: ``disent`` an adverb of ``infirmières``).  The infinitive's
        words before ``verb`` (its subject) become ``verb``'s; ``verb``'s words after the
        infinitive (``dit avoir sollicité une audience``: an object the parse took from a
        participle it tagged a noun) become the infinitive's, so the whole claim is what
        ``verb`` says.  A verb joined after an earlier claim of its sentence (``disent avoir
        vu X et affirment n'avoir jamais reçu Y``) says its own (:meth:`_join`)."""
        if verb.lower_ not in _INFINITIVE_SAYERS or verb.i == 0 \
                or verb.doc[verb.i - 1].pos_ == "DET":
            return  # every token comes here: the cheap test first; "le dit" is a noun
        sentence = verb.sent
        if _relative(verb, sentence.start) or self._mark_in(sentence.start, verb.i):
            return  # a relative clause, or a sentence holding a quotation before the verb
        said = _reported_infinitive(verb, sentence.end)
        if said is None:
            return
        join = self._joined(verb, said, sentence.start)
        if not _hang_claim(verb, said, sentence, joined=join is not None):
            return
        # up to a quotation: a partial quote of its own, or the next sentence's
        stop = self._next_mark(said.i, sentence.end)
        for child in list(verb.children):
            if child.i > said.i and child.dep_ not in _OWN_DEPS and child.right_edge.i < stop:
                child.head = said
        if join is not None:
            self._own_words_after(verb, join, sentence.end)
        self._give_back_words_before(verb, said, sentence.start)
        self._claims.add(said.i)
        self._verbs.add(verb.i)
        self._last = said

    def _mark_in(self, start: int, end: int) -> bool:
        """Whether a quotation mark lies in the words ``start`` to ``end`` (excluded)."""
        at = bisect_left(self._marks, start)
        return at < len(self._marks) and self._marks[at] < end

    def _next_mark(self, start: int, end: int) -> int:
        """The first quotation mark from ``start`` on, or ``end`` when none comes before."""
        at = bisect_left(self._marks, start)
        return min(self._marks[at], end) if at < len(self._marks) else end

    def _joined(self, verb: Token, said: Token, start: int) -> int | None:
        """``Les habitants disent avoir vu X et affirment n'avoir jamais reçu Y``: a verb
        joined by a comma or ``et`` after an earlier claim of its sentence, which the parse
        hung inside that claim (a conjunct of ``vu``, an adverbial clause of ``reçu``), or
        whose infinitive ``said`` it hung there, is a conjunct of the sentence's first verb
        of saying (as UD hangs every conjunct on the first), its subject that verb's.
        Returns where the join is; None when ``verb`` is not such a verb (the sentence's
        first, or hung elsewhere)."""
        if start != self._sentence or self._first is None:
            self._sentence, self._first = start, verb
            self._claims, self._verbs, self._last = set(), set(), None
            return None
        first = self._first
        join = _join_word(verb, start)
        if join is None or verb.is_ancestor(first) or said.is_ancestor(first) or not (
                self._inside_a_claim(verb) or self._inside_a_claim(said)):
            return None
        verb.pos_, verb.head, verb.dep_ = "VERB", first, "conj"
        return join

    def _own_words_after(self, verb: Token, join: int, end: int) -> None:
        """The words after the join that the parse hung inside an earlier claim are
        ``verb``'s own, up to the next verb of saying (which joins on its own)."""
        first = self._first
        assert first is not None
        for word in verb.doc[join:end]:
            if word.i > verb.i and word.lower_ in SPEECH_FORMS:
                break
            if word != verb and first.i < word.head.i < join \
                    and word.head.i not in self._verbs and not word.is_ancestor(verb):
                word.head = verb

    def _give_back_words_before(self, verb: Token, said: Token, start: int) -> None:
        """``racontent avoir attendu deux heures devant l'école, disent ne pas comprendre
        ...``: words between the sentence's last claim and the comma or ``et`` joining
        ``verb`` that the parse hung on ``verb`` or its infinitive (``heures``, a modifier of
        ``comprendre`` to the parse) end that last claim, not this one's subject."""
        last = self._last
        join = None if last is None else _join_word(verb, start)
        if last is None or join is None:
            return
        for word in [*verb.children, *said.children]:
            if last.i < word.i < join and not word.is_ancestor(last):
                word.head = last

    def _inside_a_claim(self, verb: Token) -> bool:
        """Whether the parse hung ``verb`` under an earlier claim of its sentence (not under
        one of its verbs of saying, nor outside them)."""
        for above in verb.ancestors:
            if above.i in self._claims:
                return True
            if above.i in self._verbs:
                return False
        return False


def _hang_claim(verb: Token, said: Token, sentence: Span, *, joined: bool) -> bool:
    """Hang ``said`` on ``verb`` as what it says, ``verb`` taking the sentence's verb's place
    where the parse made ``said`` that verb; False when the parse hung them otherwise (not
    when ``verb`` was just ``joined`` to an earlier claim, where the parse left ``said``)."""
    root = sentence.root
    if said.head == verb:
        said.dep_ = "xcomp"  # "disent recourir ...": an acl to the parse
    elif said == root or said.is_ancestor(verb):
        take_place_of(verb, said, full_stop=True)
    elif joined:
        said.head, said.dep_ = verb, "xcomp"
    elif not _subject_root(root, verb):
        return False
    if _subject_root(sentence.root, verb):
        _root_of_verbless(verb, sentence.root, said)
    said.pos_ = "VERB"
    return True


def _join_word(verb: Token, start: int) -> int | None:
    """Where the comma or conjunction joining ``verb`` to the words before it is (``, disent
    avoir``, ``et n'affirment pas avoir``), past its auxiliary, negation and clitics."""
    at = _past_words_before(verb, start)
    return at if at > start and verb.doc[at].lower_ in _JOINS else None


def _relative(verb: Token, start: int) -> bool:
    """Whether ``verb`` opens with a relative pronoun (``X, qui dit avoir ...``, ``qui a
    reconnu avoir ...``, ``ce qu'il dit avoir vu``): a relative clause, whose speaker is the
    noun it hangs on, or whose words are the object of another verb."""
    return verb.doc[_past_words_before(verb, start)].lower_ in _RELATIVES


def _past_words_before(verb: Token, start: int) -> int:
    """The first word back from ``verb`` that is none of :data:`_BEFORE_VERB` (its
    auxiliary, negation, clitics), ``start`` (its sentence's first word) at the furthest."""
    at = verb.i - 1
    while at > start and verb.doc[at].lower_ in _BEFORE_VERB:
        at -= 1
    return at


def _subject_root(root: Token, verb: Token) -> bool:
    """Whether the parse rooted ``verb``'s sentence on a noun or pronoun before it, with no
    preposition (its subject, not a phrase of place or time)."""
    return root != verb and root.pos_ in _SUBJECT_TAGS and root.i < verb.i \
        and not any(c.dep_ == "case" for c in root.children)


def _reported_infinitive(verb: Token, end: int) -> Token | None:
    """The infinitive right after ``verb`` past a negation, or the participle its auxiliary
    makes (``avoir déjà vendu``, ``avoir été surpris``); None when none follows."""
    doc, at = verb.doc, verb.i + 1
    while at < end and doc[at].lower_ in _NEGATION:
        at += 1
    if at >= end or not _infinitive(doc[at]):
        return None
    first = doc[at]
    if first.pos_ != "AUX" or not first.dep_.startswith("aux"):
        return first
    made = first.head
    if not 0 < made.i - first.i <= _PARTICIPLE_REACH or any(
            doc[i].dep_ not in _BETWEEN_DEPS for i in range(first.i + 1, made.i)):
        return None
    return made


def _infinitive(word: Token) -> bool:
    """An infinitive by its morphology, or a verb written as its lemma in ``-er``, ``-ir``,
    ``-re`` (``vivre``, which the tagger gave a finite form)."""
    return "Inf" in word.morph.get("VerbForm", []) or (
        word.pos_ == "VERB" and word.lower_ == word.lemma_.lower()
        and word.lower_.endswith(_INFINITIVE_ENDS))


def _root_of_verbless(verb: Token, root: Token, said: Token) -> None:
    """``plusieurs exploitants interrogés par Le Devoir disent avoir dû ...``: the noun the
    parse made the root is ``verb``'s subject, ``verb`` the root."""
    verb.pos_, verb.head, verb.dep_ = "VERB", verb, "ROOT"
    for child in list(root.children):
        if child.i > verb.i:  # the full stop
            child.head = verb
    root.head, root.dep_ = verb, "nsubj"
    said.head, said.dep_ = verb, "xcomp"
