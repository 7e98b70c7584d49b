"""A quote after a colon: ``X said: “...”``, ``Pollster Daron Shaw: “...”``, ``More from
Jones: “...”``; its cue is the verb before the colon whose subject names someone (the named
object of a verb of feeling: ``doesn't surprise pollster Daron Shaw:``), else the name that
heads the quote; that verb beats a farther cue of another clause (``When Trump suggested
..., Rubio fired back:``), and a verb of the main clause one in a relative clause.  Used
by :mod:`.attribution`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import DETERMINER_DEPS, RELATIVE_TAGS, VERB_TAGS, WH_TAGS
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.marked.colon_names_fr import colon_speaker_fr
from newswire.nlp.quotes.marked.governing import names_someone
from newswire.nlp.quotes.marked.marks import MarkedQuote
from newswire.nlp.quotes.resolution.speaker_heads import can_speak
from newswire.nlp.quotes.speech.cues import Cue, subject_of
from newswire.nlp.quotes.unnamed.phrases import phrase_kind

__all__ = ["CUE_REACH", "NAME_OPENERS", "QUOTE_OPENERS", "colon_cue", "colon_name",
           "colon_verb_over"]

QUOTE_OPENERS = frozenset(("“", '"', "‘", "'", "„", "«"))
#: What may stand before a name heading a quote: a dash, a line break.
NAME_OPENERS = frozenset(("-", "—", "–", "--", "\n"))
CUE_REACH = 300  # characters around a quote searched for its cue
# Verbs whose object feels something: "doesn't surprise Daron Shaw:" introduces Shaw's words.
_FEELING_VERBS = frozenset((
    "surprise", "worry", "trouble", "concern", "frustrate", "anger", "bother", "puzzle",
    "alarm", "please", "impress", "annoy", "disappoint", "shock", "amuse", "baffle", "upset"))


def colon_cue(tmap: TextMap, quote: MarkedQuote) -> Cue | None:
    """``X said: “...”`` or ``Pollster Daron Shaw: “...”``, also across a paragraph break."""
    colon = _colon_before(tmap, quote)
    if colon is None:
        return None
    para_start = tmap.paragraph_of(quote.start)[0]
    if colon < para_start and tmap.text[para_start:quote.start].strip() not in QUOTE_OPENERS:
        return None  # a colon in an earlier paragraph only counts for a paragraph-opening quote
    sentence = tmap.sentence_chars(colon, colon + 1)
    first, last = tmap.tokens(max(sentence[0], colon + 1 - CUE_REACH), colon)
    tokens = [tmap.doc[i] for i in range(first, last)]
    verbs = [t for t in tokens
             if (t.pos_ == "VERB" or _blunt_someone(t, tmap)) and _names_subject(t, tmap)]
    if verbs:
        verb = ([v for v in verbs if not _in_relative(v)] or verbs)[-1]
        return Cue(verb.i, verb.i + 1, _moved(verb, last, tmap) or subject_of(verb, tmap.lexicon))
    names = [t for t in tokens
             if t.pos_ == "PROPN" and can_speak(t) and not tmap.is_quoted(t.idx)]
    if tmap.lexicon is FRENCH and names:  # "Inès Vautrin (Comptalys) : « ... »": not her firm
        names = [t for t in names if not _bracketed(t)] or names
        return Cue(last, last, colon_speaker_fr(names))  # "Un agriculteur d'Étain … :"
    return Cue(last, last, names[-1]) if names else None


def _bracketed(token: Token) -> bool:
    """Whether ``token`` stands between brackets in its sentence (``Thierry Moulinier
    (Garonne) :``): French titles give a quoted person's club, firm or party so, after the
    name of the one who speaks."""
    doc = token.doc
    start = token.sent.start
    opened = [t.i for t in doc[start:token.i] if t.text == "("]
    closed = [t.i for t in doc[start:token.i] if t.text == ")"]
    return bool(opened) and (not closed or opened[-1] > closed[-1])


def _colon_before(tmap: TextMap, quote: MarkedQuote) -> int | None:
    """Where the colon right before the quote's opening mark is (its character), unless
    there is none or it is inside another quotation."""
    colon = len(tmap.text[:quote.before_mark].rstrip()) - 1
    if colon < 0 or tmap.text[colon] != ":" or tmap.is_quoted(colon):
        return None
    return colon


def colon_verb_over(tmap: TextMap, quote: MarkedQuote, cue: Cue | None) -> Cue | None:
    """The verb before the colon, not ``cue``, when ``cue`` is farther and stands in another
    clause: ``When Trump suggested that ..., Rubio fired back forcefully: “...”``, ``She said
    that ..., to which O'Malley interjected: “...”``.  The colon hands the quote to the verb
    right before it, when that verb's subject names someone; a verb in what ``cue`` says
    (``Trump said Clinton lied: “...”``) leaves it to ``cue``, unless a relative opens it."""
    if cue is None or cue.end <= cue.start:
        return cue
    colon = colon_cue(tmap, quote)
    if (colon is None or colon.end <= colon.start or colon.start <= cue.start
            or colon.speaker is None or not names_someone(colon.speaker)):
        return cue
    verb, said = tmap.doc[colon.start], tmap.doc[cue.start]
    inside = said in verb.ancestors and not _opens_relative(verb)
    return cue if inside else colon


def _in_relative(verb: Token) -> bool:
    """``He ended with a line his campaign has used in ads:``: a verb in a relative clause
    says which thing the main clause speaks of; the main clause's verb introduces the quote.
    ``as the website notes:`` introduces it wherever the parse hangs it."""
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    return any(t.dep_ == "relcl" for t in (verb, *verb.ancestors))


def _opens_relative(verb: Token) -> bool:
    """``to which O'Malley interjected``: a clause opened by a relative pronoun (not ``that``,
    which the parse also reads into ``hoped that Trump wins``)."""
    return any(t.tag_ in RELATIVE_TAGS and t.lower_ != "that"
               for t in verb.doc[verb.left_edge.i:verb.i])


def _moved(verb: Token, colon: int, tmap: TextMap) -> Token | None:
    """``The timing doesn't surprise pollster Daron Shaw: “...”``: a verb of feeling's object,
    named right before the colon, is who reacts and speaks."""
    if verb.lemma_.lower() not in _FEELING_VERBS:
        return None
    named = tmap.doc[colon - 1]
    if named.pos_ != "PROPN" or named.head.i != verb.i or named.dep_ != "dobj":
        return None
    return named


def _blunt_someone(token: Token, tmap: TextMap) -> bool:
    """``Thune was blunt:``, ``she was emphatic:``: a clause of being whose subject is a name
    or a person's pronoun introduces what that someone said (not ``The message was simple:``)."""
    if token.pos_ != "AUX" or token.dep_ != "ROOT":
        return False
    subject = subject_of(token, tmap.lexicon)
    return subject is not None and (subject.pos_ == "PROPN"
                                    or subject.lower_ in tmap.lexicon.person_pronouns)


def _names_subject(verb: Token, tmap: TextMap) -> bool:
    """A verb whose subject names someone: not ``what`` in ``apologized for what happened:``."""
    subject = subject_of(verb, tmap.lexicon)
    return subject is not None and not (subject.tag_ in WH_TAGS
                                        or subject.lower_ in tmap.lexicon.relative_pronouns)


def colon_name(tmap: TextMap, quote: MarkedQuote) -> Cue | None:
    """``... - HuffPollster: “...”``, ``More from Jones: “...”``: a name heading the quote.

    Only a name that opens its stretch of text (after a dash, ``from`` or the paragraph start)
    counts, so ``Trump told CNN: “...”`` is left to the verb; so is a ``from`` of a clause
    (``he suggested Curiel was from Mexico: “...”``).
    """
    colon = _colon_before(tmap, quote)
    if colon is None:
        return None
    doc = tmap.doc
    last = tmap.token_at(colon)
    if last == 0 or doc[last].text != ":":
        return None
    if doc[last - 1].pos_ != "PROPN":
        return _from_source(tmap, last)
    start = last - 1
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ == "and"):
        start -= 1
    opener = doc[start - 1] if start > 0 else None
    if opener is not None and not (opener.text in NAME_OPENERS or opener.is_space
                                   or _from_heading(opener)):
        return None
    head = doc[last - 1]
    return Cue(last, last, head) if can_speak(head) and not tmap.is_quoted(head.idx) else None


def _from_heading(opener: Token, colon: int | None = None) -> bool:
    """``More from Jones:``: a ``from`` that heads a label, not a verb's (``was from``); the
    parse may hang a label's ``from`` on the quoted verb after the ``colon``."""
    return opener.lower_ == "from" and (opener.head.pos_ not in VERB_TAGS or (
        colon is not None and opener.head.i > colon))


def _from_source(tmap: TextMap, colon: int) -> Cue | None:
    """``From the report: “...”``, ``More from the union:``: a document or organisation
    named by a definite common noun after a label's ``from``."""
    noun = tmap.doc[colon - 1]
    if noun.pos_ != "NOUN" or phrase_kind(noun, tmap.lexicon) not in ("document",
                                                                     "organization"):
        return None
    if not any(c.dep_ in DETERMINER_DEPS for c in noun.children) or noun.left_edge.i == 0:
        return None
    opener = tmap.doc[noun.left_edge.i - 1]
    if not _from_heading(opener, colon) or tmap.is_quoted(noun.idx):
        return None
    return Cue(colon, colon, noun)
