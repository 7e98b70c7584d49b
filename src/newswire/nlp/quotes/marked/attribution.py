"""Attribute quotation-marked text: its kind, its cue, its speaker, and whether to keep it.

A quote is *direct* when it stands as a sentence of its own (it opens a paragraph, or follows
a full stop, colon or comma, and starts with a capital) and *partial* when it is woven into
the writer's sentence.  Short partial quotes with no reporting cue near them are scare quotes
or titles (``the “deal of the century”``) and are dropped.

The speaker is the subject of the cue; else a name heading the quote (``- Carl Bialik: “...”``);
else the subject of any verb the quote hangs on (``He continued, “...”``);
a kept partial quote with no cue belongs to the subject of the verb it depends on.  The cue is
the nearest verb of saying that governs the quote and was said, not only foreseen (``Bolton
said he would advise Trump on the “strategic threats”``: ``said``); a nearer verb the quote
hangs on beats one that does not govern it; a participle after a comma whose parse names
nobody (``Flea shared the news, writing “...”``) is the sentence subject's, and a thing's
relative (``an ad that urges voters to “send a message”``) the subject's above it (who
speaks a cue when the parse offers the wrong word: :mod:`.cue_speaker`).  After a colon, the
verb right before it beats a farther cue of another clause (:func:`.colons.colon_verb_over`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newswire.models import QuoteKind
from newswire.nlp.quotes.base.parse_labels import SENTENCE_ENDS, VERB_TAGS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.layouts.headlines import label_end
from newswire.nlp.quotes.marked.after import french_incise_after, verb_right_after
from newswire.nlp.quotes.marked.bare import bare_cue_beside
from newswire.nlp.quotes.marked.byline import label_signed, signed_below
from newswire.nlp.quotes.marked.colons import QUOTE_OPENERS, colon_cue, colon_name, colon_verb_over
from newswire.nlp.quotes.marked.cue_choice import cue_or_hanging, governing_subject, own_clause_cue
from newswire.nlp.quotes.marked.cue_speaker import cue_speaker, name_of_titles
from newswire.nlp.quotes.marked.governing import (
    past_relative,
)
from newswire.nlp.quotes.marked.hanging import hanging_cue
from newswire.nlp.quotes.marked.marks import MarkedQuote
from newswire.nlp.quotes.marked.outright import said_in_headline, said_outright
from newswire.nlp.quotes.marked.owned_speech import owned_utterance
from newswire.nlp.quotes.speech.cues import (
    Cue,
    governs,
    subject_of,
)
from newswire.nlp.quotes.speech.saying import is_speech_verb
from newswire.nlp.quotes.stances.found_partials import document_finding_cue
from newswire.nlp.quotes.stances.viewpoints import viewpoint_cue

__all__ = ["attribute_marked", "headline_speaker", "paragraph_lead", "same_quotation"]

_DIRECT_BEFORE = frozenset(".!?:,;—–-”\"")
_LEAD_PRONOUNS = frozenset(("he", "she", "they"))
_MIN_PARTIAL_WORDS = 3  # a governed partial quote can be short: called him “a loser”
_MIN_UNCUED_WORDS = 6  # without any cue nearby, only a long quote is taken as speech
_MAX_NAME_WORDS = 4
#: ``Trump on Clinton: ‘...’``, ``Trump to Obama: ‘...’``: a speaker's name, what about, to whom.
_ADDRESSING = frozenset(("on", "to"))
_MAX_TITLE_WORDS = 6
_MAX_SPLIT_GAP = 300  # characters between the parts of a split quote: ,” he said. “


def attribute_marked(tmap: TextMap, quote: MarkedQuote) -> Attribution:
    """The attribution of one quotation-marked stretch."""
    first, last = tmap.tokens(quote.start, quote.end)
    inside = [tmap.doc[i] for i in range(first, last)]
    sentence = tmap.sentence_chars(quote.start, quote.end)
    hanging = hanging_cue(tmap, quote, inside)
    kind: QuoteKind = "direct" if _stands_alone(tmap.text, quote) else "partial"
    incise = french_incise_after(tmap, quote)  # "« ... », a réagi sur place X"
    cue = (colon_name(tmap, quote)
           or colon_verb_over(tmap, quote, cue_or_hanging(tmap, sentence, quote, inside, hanging))
           or verb_right_after(tmap, quote, inside, kind, incise) or colon_cue(tmap, quote)
           or bare_cue_beside(tmap, quote) or hanging or signed_below(tmap, quote))
    viewpoint = viewpoint_cue(tmap, quote)  # "Pour X, ... « ... »", "Selon X, ... « ... »"
    cue = cue or viewpoint
    opened = viewpoint is not None and cue is not None and cue.start == viewpoint.start
    if cue is not None and cue.speaker is None:  # "Asked ..., X demurred: “...”": X speaks
        cue = hanging or colon_cue(tmap, quote) or incise or label_signed(tmap, quote) or cue
    elif cue is not None and cue.speaker is not None and tmap.is_quoted(cue.speaker.idx):
        # "« C'est un drame », a réagi sur place X": the parse took a word of the quote
        cue = incise or cue
    words = sum(1 for t in inside if t.is_alpha or t.like_num)
    found = document_finding_cue(inside, kind, tmap.lexicon)  # "the report found ... “...”"
    keep = _worth_keeping(kind, words, found or cue, inside) or (opened and words > 0)
    keep = (keep and not _is_title(inside, kind)) or said_outright(tmap, quote, inside, cue)
    cue = own_clause_cue(tmap, inside, kind, cue)  # whose it is, once kept without it
    speaker = cue.speaker if cue is not None else governing_subject(tmap, inside, kind)
    if cue is not None and cue.end > cue.start and not opened:
        speaker = cue_speaker(tmap, tmap.doc[cue.start], speaker)
    if found is not None:
        cue, speaker = found, found.speaker
    owned = owned_utterance(inside, tmap.lexicon)  # "his warning that ... “...”": his
    if owned is not None and (cue is None or _related(tmap.doc[cue.start], tmap.doc[owned.start])):
        cue, speaker = owned, owned.speaker
    if speaker is not None:
        speaker = name_of_titles(past_relative(speaker, tmap.lexicon))
    if speaker is not None and tmap.is_quoted(speaker.idx):
        speaker = None
    return Attribution(
        start=quote.start, end=quote.end, kind=kind, paragraph=quote.paragraph,
        unclosed=quote.unclosed, continued=quote.continued,
        cue=(cue.start, cue.end) if cue is not None and cue.end > cue.start else None,
        speaker=speaker,
        sentence=sentence, keep=keep,
    )


def _related(cue: Token, noun: Token) -> bool:
    """Whether a cue governs the noun of saying or is a verb of its that-clause."""
    return cue in noun.ancestors or noun in cue.ancestors


def headline_speaker(tmap: TextMap, attribution: Attribution) -> Attribution:
    """A title quote is a headline quote; ``Name: ‘quote’`` names its speaker, else its cue or
    clause does: ``The Latest: Trump delivers defense of ‘New York values’`` (a label names
    nobody)."""
    headline = replace(attribution, kind="headline")
    if not headline.keep and said_in_headline(tmap, headline):  # capitals tell nothing here
        headline = replace(headline, keep=True)
    opening = label_end(tmap.text)
    colon_char = tmap.text.find(":", opening, max(attribution.start - 1, 0))
    spoken = _said_after_colon(tmap, colon_char, attribution.start) if colon_char > 0 else None
    if spoken is not None:  # "Hôpital : les urgentistes dénoncent un hiver « à haut risque »"
        verb, subject = spoken
        return replace(headline, cue=(verb.i, verb.i + 1), speaker=subject, keep=True)
    if headline.speaker is not None and _spaced(tmap, colon_char):
        # "Compressions à la STM : « ... », préviennent les syndicats": the topic before a
        # French colon names nobody; the quote's own cue says who speaks.
        return replace(headline, keep=True)
    name = (_leading_name(tmap, tmap.token_at(opening) if opening else 0,
                          tmap.token_at(colon_char)) if colon_char > 0 else None)
    if name is None:  # a wire story's quote after its label: its clause says whose it is
        labelled = opening > 0 and headline.speaker is not None
        return replace(headline, keep=headline.keep or labelled)
    start, end = name
    if _opens_clause(tmap.doc, end, tmap.token_at(colon_char)):
        return replace(headline, keep=True)  # the quote's own cue or clause speaks
    return replace(headline, speaker=None, cue=None, speaker_name=tmap.doc[start:end].text,
                   mention=name, keep=True)


def _said_after_colon(tmap: TextMap, colon_char: int, quote_start: int
                      ) -> tuple[Token, Token] | None:
    """A verb of saying and its subject between a title's spaced colon and its quote: the
    topic before a French colon (``Hôpital :``) names nobody, the clause after it says who
    speaks.  An English title's unspaced colon keeps its name (``Stoltenberg: NATO will
    ‘...’``)."""
    if not _spaced(tmap, colon_char):
        return None
    for i in range(tmap.token_at(colon_char) + 1, tmap.token_at(quote_start)):
        verb = tmap.doc[i]
        if is_speech_verb(verb, tmap.lexicon):
            subject = subject_of(verb, tmap.lexicon)
            if subject is not None and subject.idx > colon_char:
                return verb, subject
    return None


def _spaced(tmap: TextMap, colon_char: int) -> bool:
    """A French colon, with a space before it (an English one has none)."""
    return colon_char > 0 and tmap.text[colon_char - 1:colon_char].isspace()


def _leading_name(tmap: TextMap, start: int, colon: int) -> tuple[int, int] | None:
    """The capitalised words opening a title, after a possessive: NATO’s | Stoltenberg."""
    doc = tmap.doc
    while start < colon and not doc[start].text[:1].isalpha():
        start += 1
    end = start
    while end < colon and doc[end].text[:1].isupper() and end - start < _MAX_NAME_WORDS:
        end += 1
    if end < colon and doc[end].lower_ in ("’s", "'s"):
        start = end = end + 1
        while end < colon and doc[end].text[:1].isupper() and end - start < _MAX_NAME_WORDS:
            end += 1
    return (start, end) if end > start else None


def _opens_clause(doc: Doc, end: int, colon: int) -> bool:
    """``Kenya police fire tear gas ...:``: the capitalised words open a clause before the
    colon (a lowercase word, a verb), so they name no speaker; ``Trump on Clinton:`` does not."""
    return (end < colon and doc[end].is_lower and doc[end].lower_ not in _ADDRESSING
            and any(t.pos_ in VERB_TAGS for t in doc[end:colon]))


def same_quotation(tmap: TextMap, previous: Attribution, current: Attribution) -> bool:
    """Whether ``current`` continues ``previous``: the next paragraph, or after ``, he said.``."""
    if previous.continued and current.paragraph == previous.paragraph + 1:
        return True
    if current.paragraph == previous.paragraph and current.cue is not None:
        return current.cue == previous.cue  # fragments of one statement: called it “a” and “b”
    if current.paragraph != previous.paragraph or current.start - previous.end > _MAX_SPLIT_GAP:
        return False
    if previous.cue is None or (current.cue is not None and current.cue != previous.cue):
        return False
    cue_start = tmap.doc[previous.cue[0]].idx
    return previous.end < cue_start < current.start


def paragraph_lead(tmap: TextMap, attribution: Attribution) -> Token | None:
    """For a quote alone at the head of its paragraph or sentence, who the sentence before
    is about.

    ``Valastro praised Christie. ¶ “We need someone who cuts through.”`` and ``Bystrom
    agreed. “Mainstream Republicans are running out of time.”``: the subject of the last
    sentence before it, when that is a name or a personal pronoun.
    """
    para_start = tmap.paragraph_of(attribution.start)[0]
    if attribution.kind != "direct":
        return None
    lead_in = tmap.text[para_start:attribution.start].rstrip().rstrip("".join(QUOTE_OPENERS))
    lead_in = lead_in.rstrip()
    if not lead_in and para_start > 0:
        before = tmap.text[:para_start].rstrip()
    elif lead_in[-1:] in SENTENCE_ENDS:
        before = tmap.text[:para_start] + lead_in  # "Bystrom agreed. “...”"
    else:
        return None
    if not before or tmap.is_quoted(len(before) - 1):
        return None
    sentence = tmap.doc[tmap.token_at(len(before) - 1)].sent
    if lead_in and not _says_nothing_of_it(sentence, tmap):
        return None
    subject = subject_of(sentence.root, tmap.lexicon)
    if subject is None or tmap.is_quoted(subject.idx):
        return None
    named = subject.pos_ == "PROPN" or subject.lower_ in _LEAD_PRONOUNS
    return subject if named else None


def _says_nothing_of_it(sentence: Span, tmap: TextMap) -> bool:
    """A sentence that neither speaks (its own cue decides, :mod:`.bare`) nor refuses to
    (``X declined to comment. “...”`` is someone else's quote)."""
    root = sentence.root
    return not (any(is_speech_verb(t, tmap.lexicon) for t in sentence)
                or any(c.dep_ == "neg" for c in root.children)
                or root.lemma_ in tmap.lexicon.refusal_verbs)


def _is_title(inside: list[Token], kind: QuoteKind) -> bool:
    """``Good Morning America``, ``“This Week.”``: a name, not something said.

    A capitalised run that opens a paragraph counts only without punctuation of its own,
    since a short direct quote (``“Thank You, Iowa!”``) looks the same.
    """
    words = [t for t in inside if t.is_alpha]
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    if kind == "direct" and any(t.is_punct for t in inside):
        return False
    # a run of small lowercase words alone (``“very, very well”``, ``“no”``) names nothing
    return any(t.text[:1].isupper() for t in words) and all(
        t.text[:1].isupper() or (t.is_stop and len(t) <= 4) for t in words)


def _stands_alone(text: str, quote: MarkedQuote) -> bool:
    head = text[quote.start] if quote.start < len(text) else ""
    if not (head.isupper() or head.isdigit()):
        return False
    before = text[:quote.before_mark].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in _DIRECT_BEFORE


def _worth_keeping(kind: str, words: int, cue: Cue | None, inside: list[Token]) -> bool:
    if words == 0:
        return False
    if cue is None:
        return words >= _MIN_UNCUED_WORDS or (kind == "direct" and words >= _MIN_PARTIAL_WORDS)
    return kind == "direct" or words >= _MIN_PARTIAL_WORDS or governs(cue, inside)
