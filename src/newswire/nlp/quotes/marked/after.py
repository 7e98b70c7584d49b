"""The verb right after a closing quotation mark: ``“...!” he wrote``, ``“...,” beamed
Hartley``.

News writers say ``barked``, ``quipped``, ``beamed`` as often as ``said``, so any verb with
a subject there is taken, except where the verb is about something else:

- the quote ends its sentence and the next one starts after the mark (``“... the
  state.” She noted a planned Cruz rally``): only a verb that says nothing of its own
  (``“...?” Trump went on``, ``Trump told ITV``) is the quote's; right after a quote its
  own cue attributed, only a verb of saying or a pronoun's (``“...” His neighbour Liam
  Walsh smiled``: a named person who reacts did not say it);
- a dash after the mark sets the quote off (``“I will win for you!” — the balloons
  cascaded down``);
- its subject is a relative pronoun right after the mark (``“..., Mr. Paul Simon,” who
  proceeded to perform``): it stands for a word of the quote.

A partial quote whose next verb is refused belongs to the named subject of its own clause
(``Cruz blamed the law on “knuckleheaded Democratic politicians.” His comments came ...``).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from newswire.models import QuoteKind
from newswire.nlp.quotes.base.parse_labels import DASH_TOKENS, SENTENCE_ENDS, VERB_TAGS, WH_TAGS
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.lexicon_fr import FRENCH, INVERTED_PERSONS, REFLEXIVES
from newswire.nlp.quotes.marked.cue_choice import clause_cue
from newswire.nlp.quotes.marked.incise_subjects_fr import incise_subject_cue
from newswire.nlp.quotes.marked.mark_sets import CLOSERS_AFTER_STOP, MARK_TOKENS
from newswire.nlp.quotes.marked.marks import MarkedQuote
from newswire.nlp.quotes.resolution.speaker_heads import adjacent_speaker, noun_after
from newswire.nlp.quotes.speech.cues import Cue, subject_of
from newswire.nlp.quotes.speech.saying import is_hyphened, is_speech_verb

__all__ = ["french_incise_after", "verb_right_after"]

_AFTER_WINDOW = 6  # tokens after a closing mark where "he said" / "said Smith" sits
_OWN_WORDS = frozenset(("ccomp", "attr", "oprd"))
_LOOK_BACK = 8  # characters before the next word that hold the closing mark and its stop
_HEARERS = frozenset(("tell", "ask"))  # verbs whose object is who heard the quote
_COLON_REACH = 4  # words of an inverted subject between a verb and its colon: said Mr. Zahed:
#: Verbs that go on with what was being said: ``“...” Hartley continued.``, ``Trump went on``.
_GOING_ON = frozenset(("continue", "go"))
_COLON_SUBJECT_DEPS = frozenset(("nsubj", "compound", "flat", "det", "amod", "advmod", "npadvmod"))


def verb_right_after(tmap: TextMap, quote: MarkedQuote, inside: list[Token],
                     kind: QuoteKind, incise: Cue | None) -> Cue | None:
    """The verb with a subject right after the closing mark, when it reports the quote;
    where no verb with a subject follows the mark, ``incise``, the quote's French incise
    (:func:`french_incise_after`, found once by the caller, who falls back on it too)."""
    words = _after_mark(tmap, quote)
    if not words:
        return None
    verb = _first_verb(tmap, words)
    lead = next((tmap.doc[i] for i in words if not (
        tmap.doc[i].text in MARK_TOKENS or tmap.doc[i].is_space)), tmap.doc[words[0]])
    if lead.text in DASH_TOKENS or (verb is not None and _starts_sentence(tmap, lead.i)
                                and not (_reports_alone(verb)
                                         and _may_be_the_speaker(verb, tmap, quote))):
        return _refused(tmap, inside, kind)
    if verb is None:  # "« ... », raconte au micro de ... X": a French verb tagged ADJ
        return incise
    # "''...?'' asked Mr. Manafort" parsed with the name as the object: the noun after
    if _reflexive_incise(verb):  # "s'emporte Moussa Keïta": the parse's subject is "s'"
        # the pronoun first: the model may tag the "-t" of "s'exclame-t-elle" a proper noun
        speaker = _inverted_pronoun(verb) or noun_after(verb)
    else:
        speaker = subject_of(verb, tmap.lexicon) or (
            adjacent_speaker(verb) if is_speech_verb(verb, tmap.lexicon) else None)
    if speaker is None:
        return incise
    own = not (tmap.is_quoted(speaker.idx) or _relative(speaker, lead))
    return Cue(verb.i, verb.i + 1, speaker) if own else None


def french_incise_after(tmap: TextMap, quote: MarkedQuote) -> Cue | None:
    """The cue of a French incise after the closing mark whose verb or subject the parse
    lost (:mod:`.incise_subjects_fr`); none for English, whose quotes (every marked one
    asks) skip the walk after the mark."""
    if tmap.lexicon is not FRENCH:
        return None
    return incise_subject_cue(tmap.doc, _after_mark(tmap, quote), tmap.lexicon)


def _after_mark(tmap: TextMap, quote: MarkedQuote) -> list[int]:
    """The first tokens after a quote's closing mark in its paragraph; none for a quote left
    open, continued in the next paragraph, or ending its paragraph."""
    para_end = tmap.paragraph_of(quote.start)[1]
    if quote.unclosed or quote.continued or quote.end + 1 >= para_end:
        return []
    return _words_after(tmap, *tmap.tokens(quote.end + 1, para_end))


def _reflexive_incise(verb: Token) -> bool:
    """``« ... », s'emporte Moussa Keïta``: a French verb opened by its reflexive pronoun
    right after the mark is an incise, whatever the verb (``s'agace``, ``s'esclaffe``); the
    parse hangs the name on it as an apposition, not as its subject."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].lower_ in REFLEXIVES and doc[verb.i - 2].text == ","


def _inverted_pronoun(verb: Token) -> Token | None:
    """``« ... ? », s'inquiète-t-elle``: the pronoun hyphened to a reflexive incise's verb,
    which the French parse component made its subject; with it, no noun after the verb is."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i
                 and c.lower_ in INVERTED_PERSONS), None)


def _relative(speaker: Token, lead: Token) -> bool:
    """``“Ladies and gentlemen, Mr. Paul Simon,” who proceeded to perform``: a relative
    pronoun right after the mark stands for a word of the quote, not for its speaker."""
    return speaker.i == lead.i and speaker.tag_ in WH_TAGS


def _first_verb(tmap: TextMap, words: list[int]) -> Token | None:
    """The first verb of ``words``; "“...,” Trump shot back" with "Trump" tagged a verb: the
    subject is none."""
    return next((tmap.doc[i] for i in words if tmap.doc[i].pos_ == "VERB"
                 and not is_hyphened(tmap.doc[i]) and tmap.doc[i].dep_ != "nsubj"), None)


def _refused(tmap: TextMap, inside: list[Token], kind: QuoteKind) -> Cue | None:
    """The cue of a quote whose next verb is not its cue: a partial one's own clause's."""
    return clause_cue(tmap, inside) if kind == "partial" else None


def _reports_alone(verb: Token) -> bool:
    """A verb opening the sentence after a quote reports it only when it says nothing of
    its own: ``Trump went on, as if ...``, ``Trump told ITV``, ``Sanders asked rhetorically,
    shaking his head``, not ``She noted a planned rally``, ``She further announced that
    ...``, ``Others paid tribute``, ``She went on to say:``, ``Mr. Zahed said: ''...''``
    (a colon right after the verb, or after its subject, opens what it reports)."""
    return not (any(_own_words(verb, child) for child in verb.children)
                or _opens_colon(verb))


def _may_be_the_speaker(verb: Token, tmap: TextMap, quote: MarkedQuote) -> bool:
    """Whether the subject of a verb opening the sentence after a quote may have said it: a
    verb of saying or of going on (``Trelawny asked.``, ``Hartley continued.``), a pronoun's
    verb (``She shrugged.``), or any verb where the quote does not go on from one its cue
    attributed (``“...” Maria Lopez sighed.``: the action beat names the speaker). Right after
    an attributed quote, a person named there who only reacts did not say it: ``“...,” said
    farmer Joe Byrne. “...” His neighbour Liam Walsh smiled.`` (review53's M1; Byrne's)."""
    if is_speech_verb(verb, tmap.lexicon) or verb.lemma_ in _GOING_ON \
            or not _goes_on_from_a_cued_quote(tmap, quote):
        return True
    subject = subject_of(verb, tmap.lexicon)
    return subject is None or subject.pos_ == "PRON"


def _goes_on_from_a_cued_quote(tmap: TextMap, quote: MarkedQuote) -> bool:
    """Whether ``quote`` follows, in its paragraph, a quotation whose own cue comes right
    after it and ends the only sentence between them (``“...,” said Joe Byrne. “...”``); not
    a scare quote (``called the repairs “urgent”. “...”``: no cue after it), nor where a
    sentence between brings in someone else (``Liam Walsh was less sure.``)."""
    at = bisect.bisect_right(tmap.quoted, (quote.start,)) - 1  # the quote's own stretch
    if at < 1 or tmap.quoted[at - 1][0] < tmap.paragraph_of(quote.start)[0]:
        return False
    first, last = tmap.tokens(tmap.quoted[at - 1][1], tmap.quoted[at][0])
    between = tmap.doc[first:last]
    return sum(t.text in SENTENCE_ENDS for t in between) <= 1 \
        and any(is_speech_verb(t, tmap.lexicon) for t in between)


def _opens_colon(verb: Token) -> bool:
    """``Mr. Zahed said:`` or ``said Mr. Zahed:``: the verb reports what follows its colon,
    not the quote before it."""
    doc = verb.doc
    after = verb.i + 1
    while after < len(doc) and after - verb.i <= _COLON_REACH and doc[after].text != ":" \
            and doc[after].dep_ in _COLON_SUBJECT_DEPS:
        after += 1
    return after < len(doc) and doc[after].text == ":"


def _own_words(verb: Token, child: Token) -> bool:
    """Whether ``child`` is something ``verb`` says or does of its own: an object (not the
    hearer of ``tell``), a clause, or an infinitive (not a participle of manner)."""
    if child.dep_ == "dobj":
        return verb.lemma_ not in _HEARERS
    if child.dep_ == "xcomp":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ in _OWN_WORDS and _next_to(verb, child)


def _next_to(verb: Token, child: Token) -> bool:
    """Whether a clause of the verb follows it with no other verb between: ``She noted that
    ...``, ``He said, twice, that ...``, not the quote before the verb nor ``Mr. Trump asked,
    repeating a broadside - that the president was ...`` (the parse hung the aside's clause
    on the verb)."""
    doc = verb.doc
    start = child.left_edge.i
    return start > verb.i and not any(doc[i].pos_ in VERB_TAGS for i in range(verb.i + 1, start))


def _starts_sentence(tmap: TextMap, first: int) -> bool:
    """Whether the words after the mark open a sentence: the quote ended with a full stop,
    ``!`` or ``?`` and a capital follows (``“...” She noted``, not ``“...!” he wrote``)."""
    token = tmap.doc[first]
    before = tmap.text[max(token.idx - _LOOK_BACK, 0):token.idx].rstrip()
    # the closing mark may be two characters (New York Times ``.''``) or a pair (``.’”``)
    unmarked = before.rstrip(CLOSERS_AFTER_STOP)
    return (token.text[:1].isupper() and len(unmarked) < len(before)
            and unmarked[-1:] in SENTENCE_ENDS)


def _words_after(tmap: TextMap, first: int, last: int) -> list[int]:
    """The first tokens after a closing mark, not counting a parenthesis: ``“...,” Rep. Jim
    McDermott (D-Wash.) said``."""
    found: list[int] = []
    depth = 0
    for i in range(first, last):
        text = tmap.doc[i].text
        depth += (text == "(") - (text == ")")
        if depth <= 0 and text != ")":
            found.append(i)
        if len(found) >= _AFTER_WINDOW:
            break
    return found
