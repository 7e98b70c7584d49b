"""A said clause holding a partial quote is reported whole: ``the force said it would increase
patrols in the area "in the coming days"``.

Quotation marks inside a said clause make the quote extractor report the quoted words (a
partial quote); the clause around them is what the source said, and was lost: the reader who
asks what the police said needs ``it would increase patrols in the area``.  PolNeAR marks such
a clause as one attribution, quotation included, and so does newswire: the reported span is
the whole clause with its quotation marks and quoted words, and the partial quote inside it
is still a quote of its own (spans may overlap; README, *Quotes*).  Only a clause with words
enough outside its quotations, a subject of their own among them (with its verb, or a noun
with a quoted verb), is reported: in
``said the plan was "a disaster"`` the quotation is the point, and ``said it would "fight
back"`` adds nothing the partial quote does not say.  A quotation a verb of saying inside
the clause reports (``a figure the campaign called "fiction"``) keeps that verb's speaker;
the speaker's own second act joined to the clause (``and urged council to reject it``) is
left out of it and reported by its own cue.  A clause whose verb goes on with another joined
to it, sharing its subject (``said the government welcomed the report and was "already
moving" on several of its recommendations``, ``said it was "aware of the disruption" and was
contacting patients``), is one statement: it is reported whole
(:func:`clause_sharing_subject`), not cut at the ``and`` to the half holding no quotation.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import FILLED_SUBJECT_DEPS, SUBJECT_DEPS, VERB_TAGS
from newswire.nlp.quotes.base.textmap import CharRange, TextMap
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.beside_quotes import leading_phrase, own_acts, said_head
from newswire.nlp.quotes.speech.said import content_chars

__all__ = ["clause_holding_quote", "clause_sharing_subject"]

#: Fewest words of the clause outside its quotations: fewer, and the quotation is the point.
FEWEST_OUTSIDE = 4


def clause_holding_quote(tmap: TextMap, cue: Token, said: list[Token], fewest: int
                         ) -> CharRange | None:
    """The characters of the said clause, whole quotations included, when it holds a
    quotation and says enough outside it; None otherwise (or when the lexicon's language
    reports such clauses otherwise)."""
    if tmap.lexicon.incise is not None:
        return None  # French (incises): ``before_quotes_fr`` chooses its clauses
    said = _without_own_acts(said, tmap.lexicon)
    quoted = [t for t in said if tmap.is_quoted(t.idx)]
    if not quoted:
        return None
    outside = [t for t in said if not tmap.is_quoted(t.idx)]
    if sum(1 for t in outside if t.is_alpha and t.pos_ != "CCONJ") < max(fewest,
                                                                         FEWEST_OUTSIDE):
        return None
    if not _subject_and_verb(outside):
        return None
    return content_chars(tmap, cue, said, fewest, holding_quotes=True)


def clause_sharing_subject(tmap: TextMap, cue: Token, said: list[Token], fewest: int
                           ) -> CharRange | None:
    """The said clause whole (:func:`clause_holding_quote`) when verbs are joined to its head
    that share its subject: each with no subject and no ``that`` of its own and no comma
    before its ``and`` (``..." in November, and cut its forecast`` is the speaker's own act
    after the statement; ``and that officers would ...`` a second statement, reported apart by
    :mod:`.beside_quotes`); None otherwise."""
    head = said_head(_without_own_acts(said, tmap.lexicon))
    if head is None or head.pos_ not in VERB_TAGS:
        return None
    joined = [c for c in head.rights if c.dep_ == "conj" and c.pos_ in VERB_TAGS]
    if not joined or not all(_shares_subject(c) for c in joined):
        return None
    how = leading_phrase(head)  # "said in a statement it was ...": how, not what
    return clause_holding_quote(tmap, cue, [t for t in said if t.i not in how], fewest)


def _shares_subject(verb: Token) -> bool:
    """Whether a verb joined to a clause's head goes on with the head's subject: no subject or
    ``that`` of its own, and no comma before the words that join it."""
    if any(c.dep_ in FILLED_SUBJECT_DEPS or (c.dep_ == "mark" and c.lower_ == "that")
           for c in verb.children):
        return False
    before = verb.left_edge.i - 1
    if before > 0 and verb.doc[before].pos_ == "CCONJ":
        before -= 1  # the parse hangs the "and" on the first verb
    return before > 0 and verb.doc[before].text != ","


def _subject_and_verb(words: list[Token]) -> bool:
    """Whether the words outside the quotations hold a verb with its subject (``the force
    would increase``), not only a lead-in to what is quoted (``called the plan``).  The
    verb may be quoted when its subject is a noun (``a storm system moving through the
    Prairies "compounded the impact"``, ``children with special needs will "fall through
    the cracks"``), not a pronoun (``it was "reviewing" the decision``), unless a second
    predicate outside the quotations goes on from it (``it was "concerned" by the proposal
    and was in contact with the trustees``, :mod:`.said_predicates`)."""
    inside = {t.i for t in words}
    return any(t.dep_ in SUBJECT_DEPS and t.head.pos_ in VERB_TAGS
               and (t.head.i in inside or t.pos_ != "PRON") for t in words) or any(
        t.dep_ == "conj" and t.pos_ in VERB_TAGS and t.head.i not in inside for t in words)


def _without_own_acts(said: list[Token], lexicon: Lexicon) -> list[Token]:
    """The said words without a verb of saying the parse joined to the said clause's head
    (``said the plan was "a disaster" and urged council to reject it``): the speaker's own
    second act, reported by its own cue."""
    head = said_head(said)
    if head is None:
        return said
    acts = own_acts(head, lexicon)
    return [t for t in said if t.i not in acts] if acts else said
