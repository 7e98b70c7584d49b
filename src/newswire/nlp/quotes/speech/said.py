"""What a verb of saying says: the words the parse hangs on it as its content.

A that-clause, else a to-clause, else the object with what is said of it (``called him a
liar``, ``accused him of lying``); the whole clause of a passive verb of judging (``X was
criticized for ...``); the question of ``asked
if ...`` or what was ``asked about``; or a that-clause the parse hung on a phrase between
the verb and it (``said during a news conference that ...``).
:func:`content_chars` turns such words into the characters of a quote (reported speech and
attitudes share it).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import (
    CONTRAST_MARKS,
    FILLED_SUBJECT_DEPS,
    OBJECT_DEPS,
    PREPOSITION_OBJECT_DEPS,
    RELATIVE_TAGS,
)
from newswire.nlp.quotes.base.textmap import CharRange, TextMap
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.fronted import fronted_claim
from newswire.nlp.quotes.speech.interruptions import past_interruption
from newswire.nlp.quotes.speech.misread_relatives import clause_read_as_relative
from newswire.nlp.quotes.speech.object_phrases import joined_right_phrases, with_following_phrases
from newswire.nlp.quotes.speech.objects_fr import content_object, object_with_sequel
from newswire.nlp.quotes.speech.said_conjuncts import before_said_conjunct
from newswire.nlp.quotes.speech.said_predicates import with_said_predicates
from newswire.nlp.quotes.speech.that_clauses import (
    joined_that_clauses,
    listener_clause,
    opens_with_that,
)
from newswire.nlp.quotes.speech.told_subjects import told_subject

__all__ = ["MIN_WORDS", "content_chars", "fewest_words", "object_and_complement", "said_words"]

_EDGE_PUNCT = frozenset(",.;:!?—–-()[]\"'“”‘’")
#: The typewriter quotation marks of New York Times texts, one token each: a mark opening the
#: next quotation, which the parse often hangs on the sentence before it, is no said word.
_TYPEWRITER_MARKS = frozenset(("''", "``"))
_CONTENT_DEPS = ("ccomp", "xcomp", "dobj")
#: Alphabetic words said words need, fewer being a fragment ("he said that").
MIN_WORDS = 3
# "called him a liar", "described it as a sham", "accused him of lying", "criticized Rubio
# for opposing ...": what follows the object is what was said of it.
_OBJECT_COMPLEMENTS = frozenset(("oprd", "ccomp", "xcomp"))
_OBJECT_PREPOSITIONS = frozenset(("as", "of", "for"))
# "said in an interview with the AP last week that ...": the parse hangs the that-clause on
# the last noun, as a relative clause; its "that" is a complementiser (mark), which a real
# relative clause's "that" (a subject or object) never is.
_HUNG_CLAUSE_DEPS = frozenset(("relcl", "acl", "ccomp", "advcl"))
# "called him divisive", "call Pfizer unpatriotic": two words say it all.
_NAMING_WORDS = 2
_PHRASE_DEPS = frozenset(("prep", "npadvmod", "advmod"))
# After an object, only a clause the parse hung on a noun (never "charged X after
# determining that ...": that clause is the other verb's).
_MISHUNG_DEPS = frozenset(("relcl", "acl"))
_ASIDE_DEPS = frozenset(("relcl", "advcl", "acl"))
_ASIDE_RELATIVES = frozenset(("which", "who", "whom", "whose", "where", "when"))
# A comma, or a dash (``that North Carolina would win – even though he picked ...``).
_ASIDE_BREAKS = frozenset((",", "–", "—", "--"))


def said_words(verb: Token, lexicon: Lexicon) -> list[Token] | None:
    """The words ``verb`` says, in text order; None when the parse gives it none.  A
    that-clause the parse made a conjunct of the verb (``said it had, and that 11 ...``) is
    said too (:mod:`.that_clauses`); so is the rest of a clause the parse cut at a dash
    or parenthesis that interrupts it (:mod:`.interruptions`)."""
    words = _said_words(verb, lexicon)
    words = None if words is None else with_said_predicates(verb, before_said_conjunct(
        verb, past_interruption(words), lexicon))
    joined = [t for clause in joined_that_clauses(verb) for t in clause]
    if not joined:
        return words
    return sorted([*(words or []), *joined], key=lambda t: t.i)


def _said_words(verb: Token, lexicon: Lexicon) -> list[Token] | None:
    whole = _judged_clause(verb, lexicon)
    if whole is None:
        question = _question(verb, lexicon)  # before the object: "asked the students if ..."
        whole = list(question.subtree) if question is not None else None
    if whole is not None:
        return whole
    clause = _clausal_complement(verb) or content_object(verb, lexicon)  # French: "obj"
    if clause is not None and clause.dep_ == "dobj" and verb.lemma_.lower() in (
            lexicon.clause_only_verbs):
        clause = None  # "ruled the country for decades": no words said
    if clause is not None:
        return (_clause_words(verb, clause) if clause.dep_ not in OBJECT_DEPS
                else _object_words(verb, clause, lexicon))
    hung = _clause_after_phrase(verb)
    if hung is not None:
        return list(hung.subtree)
    topic = _asked_about(verb, lexicon)
    if topic is not None:
        return list(topic.subtree)
    # "said in an email that wait times ...": the clause read as the email's relative clause
    return fronted_claim(verb) or clause_read_as_relative(verb)


def _object_words(verb: Token, obj: Token, lexicon: Lexicon) -> list[Token] | None:
    """The object and what is said of it, or a that-clause the parse hung near it."""
    subtree = list(obj.subtree)  # read once: object_and_complement's start, and the bare test
    words = object_with_sequel(verb, obj, joined_right_phrases(verb, subtree, _says_of_object))
    bare = len(words) == len(subtree)
    hung = _clause_after_phrase(verb) if bare else None
    if hung is not None and hung.dep_ in _MISHUNG_DEPS:
        return list(hung.subtree)  # "told analysts on a call that ...": to whom, then what
    # "wrote an op-ed", "posted a message", "told the truth": the thing, not the words.
    lemma = verb.lemma_.lower()
    thing = lemma in lexicon.counted_thing_verbs and _counted(obj)
    if bare and (lemma in lexicon.medium_verbs or thing):
        told = listener_clause(obj)  # "told trustees that the board had ...": what was told
        return None if told is None else list(told.subtree)
    return with_following_phrases(verb, obj, words)  # not the medium: what is said of it


def _judged_clause(verb: Token, lexicon: Lexicon) -> list[Token] | None:
    """``Trump has been criticized by his rivals for failing to ...``: a passive verb of
    judging says its whole clause of its subject."""
    if verb.lemma_.lower() not in lexicon.judging_passives:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return [t for t in verb.subtree if t.i >= subject.left_edge.i]


def _asked_about(verb: Token, lexicon: Lexicon) -> Token | None:
    """``Asked about his paid speeches, ...``, ``questioned about the deal``: what was asked
    about, when no question or clause is said."""
    if verb.lemma_.lower() not in lexicon.asking_verbs:
        return None
    about = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "about"), None)
    return None if about is None else next(
        (c for c in about.children if c.dep_ in PREPOSITION_OBJECT_DEPS), None)


def _counted(noun: Token) -> bool:
    """``90,000 trucks``, ``more than 2 million vehicles``: a noun with a number on it."""
    return any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def fewest_words(verb: Token, said: list[Token]) -> int:
    """The fewest words that make what ``verb`` says: two for ``call X Y``, else three."""
    inside = {t.i for t in said}
    naming = any(c.dep_ == "oprd" and c.i in inside for c in verb.children)
    return _NAMING_WORDS if naming else MIN_WORDS


def _clausal_complement(verb: Token) -> Token | None:
    """A that-clause, else a to-clause, else an object after the verb."""
    for dep in _CONTENT_DEPS:
        found = [c for c in verb.children if c.dep_ == dep and (dep == "ccomp" or c.i > verb.i)]
        after = [c for c in found if c.i > verb.i]
        chosen = after or found
        if chosen:
            return chosen[0]
    return None


def _clause_words(verb: Token, clause: Token) -> list[Token]:
    """The clause, and the clause of ``verb`` right after it when the parse took its subject
    for a participle's: ``said the methods used to count particles vary widely`` is parsed
    as two clauses of ``said``, ``the methods used ...`` and a ``vary widely`` with no
    subject; with nothing between them they are one."""
    words = told_subject(verb, clause) + list(clause.subtree)
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is not None:  # ", standing outside, that her client would ...": from the "that"
        words = [t for t in words if t.i >= mark.i]
    # "said levels of E. coli downstream of the outfall exceeded ...": a clause headed on a
    # word that is no verb (the parse's "downstream") is cut the same way.
    if (clause.tag_ != "VBN" and clause.pos_ in ("VERB", "AUX")) or not any(
            c.dep_ == "nsubj" for c in clause.children):
        return words
    other = next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > clause.i), None)
    if other is None or any(c.dep_ in FILLED_SUBJECT_DEPS for c in other.children):
        return words  # "... Sweet said ...": a clause with a subject of its own
    edge, last = other.left_edge, words[-1]
    if edge.i == last.i + 1 and not (edge.is_punct or last.is_punct or last.pos_ == "CCONJ"):
        words.extend(other.subtree)  # not "were on their way and | warned that ..."
    return words


def object_and_complement(verb: Token, obj: Token) -> list[Token]:
    """The object and, right after it, what the verb says of it (``him a liar``)."""
    return joined_right_phrases(verb, list(obj.subtree), _says_of_object)


def _says_of_object(child: Token) -> bool:
    return child.dep_ in _OBJECT_COMPLEMENTS or (
        child.dep_ == "prep" and child.lower_ in _OBJECT_PREPOSITIONS)


def _question(verb: Token, lexicon: Lexicon) -> Token | None:
    """``asked if he was ever bullied``: the parse hangs the question as an adverbial clause."""
    if verb.lemma_.lower() not in lexicon.asking_verbs:
        return None
    return next((c for c in verb.rights if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in lexicon.question_marks for m in c.children)), None)


def _clause_after_phrase(verb: Token) -> Token | None:
    """``said earlier on Friday during a news conference that he may wait``."""
    for phrase in verb.rights:
        if phrase.dep_ not in _PHRASE_DEPS:
            continue
        for token in phrase.subtree:
            if token.dep_ in _HUNG_CLAUSE_DEPS and opens_with_that(token):
                return token
    return None


def content_chars(tmap: TextMap, cue_token: Token, tokens: list[Token],
                  fewest: int = MIN_WORDS, *, asides: bool = False,
                  holding_quotes: bool = False) -> CharRange | None:
    """The characters of ``tokens`` without edge punctuation (and, unless ``asides``, a
    trailing aside), inside the cue's paragraph; None when they hold fewer than ``fewest``
    alphabetic words or overlap a quotation (``holding_quotes``: widened to hold every
    quotation they touch whole, marks included, None when one leaves the paragraph)."""
    words = [t for t in tokens if t.text not in _EDGE_PUNCT and t.text not in _TYPEWRITER_MARKS
             and not t.is_space]
    # "But this one is different, she says": the conjunction links to the text before.
    while words and words[0].pos_ == "CCONJ":
        words = words[1:]
    while words and words[-1].pos_ == "CCONJ":  # "... on their way and warned that": not said
        words = words[:-1]
    # "a project that neighbours say will bring ...": the relative pronoun opening the
    # clause stands before its cue and speaker, which are no part of what was said.
    before = [t for t in words if t.i < cue_token.i]
    if before and len(before) < len(words) and all(t.tag_ in RELATIVE_TAGS for t in before):
        words = words[len(before):]
    if sum(1 for t in words if t.is_alpha) < fewest:
        return None
    if not asides:
        words = _before_trailing_aside(words, fewest, words[-1].i < cue_token.i)
    start = int(words[0].idx)
    end = int(words[-1].idx) + len(words[-1].text)
    para_start, para_end = tmap.paragraph_of(cue_token.idx)
    start, end = tmap.trim(max(start, para_start), min(end, para_end))
    if holding_quotes:
        start, end = tmap.with_whole_quotations(start, end)
        return (start, end) if para_start <= start and end <= para_end else None
    if end - start < 2 or tmap.overlaps_quote(start, end):
        return None
    if tmap.ignores_some:  # a title it holds is held whole, marks included
        return tmap.with_whole_quotations(start, end)
    return start, end


def _before_trailing_aside(words: list[Token], fewest: int, cue_after: bool) -> list[Token]:
    """``he supports the final bill, which includes ...``, ``that he would not seek a recount,
    conceding the race``: what was said ends before a clause set off by a comma or dash at its end
    that describes its last noun (``which``, ``who``) or adds a participle of its own (the
    writer's aside or another statement; PolNeAR marks them apart).  Kept whole when fewer
    than ``fewest`` words would be left.  A contrast or a participle before a cue that follows
    what was said (``A advised the buyer, while B advised the seller, the company said``;
    ``..., approving 2,880 people for resettlement, officials said``) is said too."""
    first, last = words[0].i, words[-1].i
    for token in words:
        if token.dep_ not in _ASIDE_DEPS or token.left_edge.i <= first + 1:
            continue
        set_off = token.left_edge.i - 1  # the comma or dash
        if token.doc[set_off].text not in _ASIDE_BREAKS or token.right_edge.i < last \
                or not _is_aside(token, contrast=not cue_after):
            continue
        kept = [w for w in words if w.i < set_off]
        if sum(1 for w in kept if w.is_alpha) >= fewest:
            return kept
    return words


def _is_aside(clause: Token, *, contrast: bool) -> bool:
    """A relative clause opened by ``which``/``who`` (not ``that``: it restricts), a
    participle clause opened by its participle (``, insisting that ...``) or a contrasting
    clause (``, while ...``, ``, although ...``)."""
    if clause.dep_ == "relcl":
        return clause.left_edge.lower_ in _ASIDE_RELATIVES
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS
                                      for c in clause.children):
        return contrast
    return clause.tag_ == "VBG" and clause.left_edge.i == clause.i and contrast
