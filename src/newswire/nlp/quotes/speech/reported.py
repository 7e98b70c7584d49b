"""Reported speech: ``X said (that) ...``, ``X told reporters ...``, ``according to X, ...``.

The said words are what the parse hangs on a verb of saying
(:mod:`~newswire.nlp.quotes.speech.said`:
a clause, a question, an object with what is said of it), or what is left of the sentence
around ``according to X``, a parenthetical ``, he said,`` or ``As the Post reported,``.
Clauses that contain a quotation are left to the quote extractor (it reports them as
partial quotes), and a clause said inside another reported clause is part of the outer one.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.symbols import ADJ, ADP, VERB, X
from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import WH_TAGS
from newswire.nlp.quotes.base.textmap import Attribution, CharRange, TextMap
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH, QUE
from newswire.nlp.quotes.marked.governing import participle_speaker
from newswire.nlp.quotes.speech.according_fr import said_around_source
from newswire.nlp.quotes.speech.before_quotes_fr import clause_before_joined, clause_before_quote
from newswire.nlp.quotes.speech.beside_quotes import clause_beside_quote
from newswire.nlp.quotes.speech.clause_quotes import clause_holding_quote, clause_sharing_subject
from newswire.nlp.quotes.speech.cues import Cue, cue_in
from newswire.nlp.quotes.speech.holding_beside import holding_clause_beside
from newswire.nlp.quotes.speech.inverted_cues import is_inverted_conjunct
from newswire.nlp.quotes.speech.said import MIN_WORDS, content_chars, fewest_words
from newswire.nlp.quotes.speech.said_once import said_in
from newswire.nlp.quotes.speech.saying import is_according
from newswire.nlp.quotes.speech.unmarked_incises_fr import unmarked_incise
from newswire.nlp.quotes.speech.uttered import utterance

__all__ = ["reported_speech"]

#: ``et que ...``, ``but that ...``: a second clause said under one verb, joined by these.
_JOINING = frozenset(("et", "ou", ",", "and", "but", "or"))
#: The parts of speech of a word that may be a cue in French; ``according`` may be any.
_CUE_TAGS = np.array((VERB, ADJ, ADP, X), dtype=np.uint64)


def reported_speech(tmap: TextMap) -> list[Attribution]:
    """Every piece of reported speech in the doc outside quotation marks, in text order."""
    found: list[Attribution] = []
    covered_until = -1
    doc = tmap.doc
    for i in _cue_candidates(tmap):
        token = doc[i]
        if tmap.is_quoted(token.idx):
            continue  # skipped below whatever its cue: no parse walk for it
        said: list[Token] | None = None
        cue = None
        if (incised := unmarked_incise(tmap, token)) is not None:
            cue, said = incised  # "Les golfs devront réduire leur arrosage, a-t-il précisé."
        else:
            cue = cue_in(tmap, token)
        if cue is None and token.pos_ == "VERB":
            cue, said = utterance(token, tmap.lexicon) or (None, None)
        if cue is None or tmap.is_quoted(token.idx):
            continue
        content = _content_of(tmap, token) if said is None else content_chars(tmap, token, said, 1)
        if content is None or token.idx < covered_until:
            continue  # said inside a clause already reported: part of the outer speech
        if cue.speaker is None and content[1] <= token.idx:
            continue  # "Fed holds rates steady, signals patience": no one said the words before
        if _asks_who(cue):
            continue  # "It is what it is, says who?": a question, no one's speech
        if (earlier := clause_before_joined(tmap, token, content)) is not None:
            found.append(_attribution(tmap, cue, earlier))  # "que A « ... » et que B": A too
        held = holding_clause_beside(tmap, token, content) if said is None else None
        if held is not None and held[1] <= content[0]:
            found.append(_attribution(tmap, cue, held))  # "that A “...” and that B": A too
        found.append(_attribution(tmap, cue, content))
        if held is not None and held[0] >= content[1]:
            found.append(_attribution(tmap, cue, held))
            content = held
        covered_until = max(covered_until, content[1])
    return found


def _cue_candidates(tmap: TextMap) -> list[int]:
    """Indices of the words that may be a cue here, read as arrays (the others, most, make
    no Token): verbs and the first words of ``according to`` (:attr:`TextMap.cue_openers`,
    ``according`` in English); in French also adjectives, adpositions and ``X`` words, since
    an incise's verb may be tagged so (:mod:`.unmarked_incises_fr`), and ``according``."""
    doc = tmap.doc
    if tmap.lexicon is not FRENCH:
        return tmap.cue_openers
    if not len(doc):
        return []
    values = doc.to_array([POS, LOWER])
    picked = np.isin(values[:, 0], _CUE_TAGS) | (values[:, 1] == doc.vocab.strings["according"])
    indices: list[int] = picked.nonzero()[0].tolist()
    return indices


def _attribution(tmap: TextMap, cue: Cue, content: CharRange) -> Attribution:
    speaker = cue.speaker
    if speaker is not None and (tmap.is_quoted(speaker.idx) or _said_after(tmap, cue, speaker,
                                                                          content)):
        speaker = None
    if speaker is None:
        # "“...,” he said, not even suggesting Trump could ...": a participle after a comma
        # with no subject of its own is the sentence's speaker's, as for a quote's cue.
        speaker = participle_speaker(tmap.doc[cue.start], tmap.lexicon)
        speaker = None if speaker is None or tmap.is_quoted(speaker.idx) else speaker
    return Attribution(
        start=content[0], end=content[1], kind="indirect",
        paragraph=tmap.paragraph_index(content[0]),
        cue=(cue.start, cue.end), speaker=speaker,
        sentence=tmap.sentence_chars(min(content[0], tmap.doc[cue.start].idx), content[1]),
    )


def _asks_who(cue: Cue) -> bool:
    """Whether the cue's subject is a question word in a question (``says who?``)."""
    speaker = cue.speaker
    return speaker is not None and speaker.tag_ in WH_TAGS \
        and speaker.sent.text.rstrip().endswith("?")


def _said_after(tmap: TextMap, cue: Cue, speaker: Token, content: CharRange) -> bool:
    """``Clinton, without naming him, accused Sanders of ...``: the noun after the verb that
    a lost subject leaves as the speaker is one of the said words after the cue (a cue set
    off inside what was said, ``This campaign, he says, is different``, speaks from within)."""
    return tmap.doc[cue.start].idx < content[0] <= speaker.idx < content[1]


def _content_of(tmap: TextMap, token: Token) -> CharRange | None:
    if is_according(token, tmap.lexicon):
        # "selon X" (French) hangs off X: the phrase to leave out is X's, not the word's.
        phrase = token.head if token.dep_ == "case" and token.head.i > token.i else token
        tokens = (said_around_source(token, tmap.lexicon)
                  or (_after_comma(token) if phrase.head == phrase
                      else _rest_of_clause(_clause_of_final_source(phrase), phrase)))
    else:
        said = said_in(tmap, token)
        if said is not None:
            fewest = _fewest(token, said, tmap.lexicon)
            return (content_chars(tmap, token, said, fewest)
                    or _joined_after_quote(tmap, token, said, fewest)
                    or _joined_before_quote(tmap, token, said, fewest)
                    or clause_sharing_subject(tmap, token, said, fewest)
                    or clause_beside_quote(tmap, token, said, fewest)
                    or clause_before_quote(tmap, token, said, fewest)
                    or clause_holding_quote(tmap, token, said, fewest))
        if token.dep_ == "appos":
            tokens = _aside(token) or []
        elif ((_set_in_clause(token, tmap.lexicon) or is_inverted_conjunct(token))
              and token.head.i != token.i):
            tokens = _rest_of_clause(token.head, token)
        else:
            return None
    return content_chars(tmap, token, tokens) or clause_before_quote(tmap, token, tokens, 1)


def _joined_after_quote(tmap: TextMap, token: Token, said: list[Token], fewest: int
                        ) -> CharRange | None:
    """``a assuré que la situation était « suivie au jour le jour » et que des renforts
    avaient été mobilisés``: the quotation is reported as a partial quote, the clause joined
    after it with its own ``que`` is reported speech of its own."""
    joined = [t for t in said if _opens_joined(t)]
    for que in reversed(joined):
        chars = content_chars(tmap, token, [t for t in said if t.i >= que.i], fewest)
        if chars is not None:
            return chars
    return None


def _joined_before_quote(tmap: TextMap, token: Token, said: list[Token], fewest: int
                         ) -> CharRange | None:
    """``rappelle que l'entreprise dépend des commandes, et que les prix sont fixés « au plus
    juste »``: the clause before the one holding the quotation is reported speech of its own
    (the quotation, a partial quote); in English ``said repairs had been completed, but that
    reservoirs would take "at least four to five days" to recover``."""
    joined = [t for t in said if t.i > 1 and _opens_joined(t)]
    if not joined:
        return None
    first = joined[0].i - 1
    while first > 0 and token.doc[first - 1].lower_ in _JOINING:
        first -= 1  # ", et que": the comma and the "et" are neither clause's
    return content_chars(tmap, token, [t for t in said if t.i < first], fewest)


def _opens_joined(word: Token) -> bool:
    """``que`` or the complementiser ``that`` right after ``et``, ``and``, ``but`` or a comma:
    the start of a second clause said under the same verb."""
    complementiser = word.lower_ in QUE or (word.lower_ == "that" and word.dep_ == "mark")
    return complementiser and word.i > 0 and word.doc[word.i - 1].lower_ in _JOINING


def _fewest(verb: Token, said: list[Token], lexicon: Lexicon) -> int:
    """``announced his resignation``: one word of a named object is enough for the verbs
    that take a short one (not a pronoun: ``confirmed it``); else the said words' rule."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if (obj is not None and obj.pos_ != "PRON" and obj in said
            and verb.lemma_.lower() in lexicon.short_object_verbs):
        return 1
    return fewest_words(verb, said)


def _set_in_clause(verb: Token, lexicon: Lexicon) -> bool:
    """A cue inside the clause it reports: ``, he said,`` or ``As the Post reported, ...``
    (set off by a comma and naming who reported: not ``as the bill is called``)."""
    if verb.dep_ == "parataxis":
        return True
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in lexicon.phrasing_marks
                                       for c in verb.children):
        return False
    doc, first, last = verb.doc, verb.left_edge.i, verb.right_edge.i
    set_off = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",") or (
        first > 0 and doc[first - 1].text == ",")
    return set_off and any(c.dep_ in ("nsubj", "agent") for c in verb.children)


def _after_comma(cue_token: Token) -> list[Token]:
    """``Selon l'Institut ..., le temps d'attente a augmenté``: the parse made the source the
    root and hung the clause on it; what was said is the sentence after the source's comma."""
    sent = cue_token.sent
    comma = next((t.i for t in sent if t.i > cue_token.i and t.text == ","), None)
    return [] if comma is None else list(cue_token.doc[comma + 1:sent.end])


def _clause_of_final_source(phrase: Token) -> Token:
    """``Managers told midwives to rewrite rotas so that shortages would not be visible,
    according to whistleblowers.``: a source set off by a comma at its sentence's end speaks
    for the whole sentence, though the parse hung it on the last subordinate clause."""
    doc, head = phrase.doc, phrase.head
    first, last = phrase.left_edge.i, phrase.right_edge.i
    final = all(t.is_punct for t in doc[last + 1:phrase.sent.end])
    if not (final and first > 0 and doc[first - 1].text == ","):
        return head
    # The parse hangs it on the last clause, subordinate or joined (``A was paid $1; and B was
    # paid $2, according to FEC records``): it speaks for the clauses before as well.
    # Conjuncts in English only: the evidence is English (PolNeAR), and the French tuning
    # sets lost a quote to this rule with both languages.
    climbed = ("advcl", "conj") if doc.lang_ == "en" else ("advcl",)
    while head.dep_ in climbed and head.head.i != head.i:
        head = head.head
    return head


def _rest_of_clause(head: Token, cue_token: Token) -> list[Token]:
    """The head's words outside the cue's own phrase, on the side that holds the head: the
    clause's predicate is what was said (``Some 59 percent of voters view her unfavorably,
    according to a poll last week - virtually the same as ...``: the words after the source
    are the sentence's trailing modifiers, whatever their length)."""
    aside = _aside(cue_token)
    if aside is not None:
        return aside
    cue_words = {t.i for t in cue_token.subtree}
    left = [t for t in head.subtree if t.i < cue_token.i and t.i not in cue_words]
    right = [t for t in head.subtree if t.i > cue_token.i and t.i not in cue_words]
    # English only, as above.
    if cue_token.doc.lang_ == "en" and head.i not in cue_words and _words(left) and _words(right):
        return left if head.i < cue_token.i else right
    return left if len(left) >= len(right) else right


def _aside(cue_token: Token) -> list[Token] | None:
    """The sentence around a cue set off by commas (``Democrats, Frank notes, applaud``: the
    parse may read such a cue as an apposition)."""
    cue_words = [t.i for t in cue_token.subtree]
    return _aside_in_sentence(cue_token, min(cue_words), max(cue_words))


def _aside_in_sentence(cue_token: Token, lo: int, hi: int) -> list[Token] | None:
    """``Whatever progress he made, officials said, could unravel``: a cue set off by commas
    inside what was said, which runs on both sides of it (the parse often hangs the aside on
    one half only, so the sentence, not the head's subtree, gives the two sides)."""
    doc, sent = cue_token.doc, cue_token.sent
    opened = doc[lo].text == "," or (lo > sent.start and doc[lo - 1].text == ",")
    closed = doc[hi].text == "," or (hi + 1 < sent.end and doc[hi + 1].text == ",")
    if not (opened and closed):
        return None
    left, right = list(doc[sent.start:lo]), list(doc[hi + 1:sent.end])
    # "This campaign, he says, is different": short sides, but a clause split around the cue.
    if min(_words(left), _words(right)) < 1 or _words(left) + _words(right) < MIN_WORDS:
        return None
    return left + right


def _words(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if t.is_alpha)
