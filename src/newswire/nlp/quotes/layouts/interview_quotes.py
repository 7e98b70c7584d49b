"""The quotes of interviews and transcripts in an article's body: answers, labelled turns and
questions (the contract: a question is a quote of whoever asked it, each answer the
interviewee's).

The shapes are read by their own modules: ``Q:``/``A:`` interviews (:mod:`.interviews`),
French interviews without labels (:mod:`.interviews_fr`), speaker-labelled transcripts and
the press's questions in them (:mod:`.transcripts`, :mod:`.askers`; questions labelled
with the outlet's name, :mod:`.outlet_labels`), English conversations printed with no label
after an editor's note (:mod:`.conversations`), French labelled exchanges
(:mod:`.exchanges_fr`) and dash lines after ``X a interrogé Y`` (:mod:`.dash_exchanges_fr`).
Here they meet the quotes the marks and cues found: an answer that is mostly another
person's cued quote is that person's (one span, one speaker), but a
French answer keeps its own words around it as the interviewee's; a question quoting others
stays the asker's; a speakerless marked quote inside an answer in quotation marks is the
interviewee's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from newswire.models import Quote, SpeakerKind
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.layouts.askers import asker_kind
from newswire.nlp.quotes.layouts.conversations import conversation_turns
from newswire.nlp.quotes.layouts.dash_exchanges_fr import with_dash_speakers
from newswire.nlp.quotes.layouts.exchanges_fr import french_exchanges
from newswire.nlp.quotes.layouts.interviews import interview_answers
from newswire.nlp.quotes.layouts.interviews_fr import french_interview_answers
from newswire.nlp.quotes.layouts.label_roles import titled_label
from newswire.nlp.quotes.layouts.outlet_labels import outlet_asker
from newswire.nlp.quotes.layouts.transcripts import labelled_turns
from newswire.nlp.quotes.marked.mark_sets import ALL_MARKS
from newswire.nlp.quotes.resolution.speakers import SpeakerResolver

__all__ = ["interview_quotes"]

#: Who an interviewee's own words name when they speak of themselves (French too: ``je le
#: regrette`` in an answer left the answer no one's).
_SELF = frozenset(("i", "we", "you", "je", "j'", "j’", "nous", "vous"))
#: Fewer words left of an answer beside another's quote are a lead-in, not an answer.
_MIN_PIECE_WORDS = 3

ToQuote = Callable[[Attribution], Quote]


def interview_quotes(tmap: TextMap, found: list[Quote], to_quote: ToQuote,
                     resolver: SpeakerResolver, author: str | None) -> list[Quote]:
    """``found`` with the body's interview and transcript quotes added."""
    exchanges = french_exchanges(tmap)
    labelled = {a.paragraph for a, _ in exchanges if a.speaker_name is not None}
    # a turn with no word (``A: “``, a bare ``?``) is no quote, whatever shape holds it
    french = [a for a in french_interview_answers(tmap, author, resolver.headline())
              if a.paragraph not in labelled and tmap.has_word(a.start, a.end)]
    # a turn labelled ``Q :``/``R :`` is the unlabelled reader's when it knows whose
    read = {a.paragraph for a in french}
    exchanges = [(a, kind) for a, kind in exchanges
                 if tmap.has_word(a.start, a.end) and a.paragraph not in read]
    in_marks = [a for a in french if tmap.text[a.start] in ALL_MARKS]
    found = [_answered(q, in_marks, to_quote) for q in found]
    # an outlet's question (``Q:`` after ``The Enterprise Review spoke to ...``) is named
    answers = [_labelled_person(to_quote(a), a, outlet=a.speaker_name is not None)
               for a in interview_answers(tmap)
               if tmap.has_word(a.start, a.end) and not _cued_inside(found, a)]
    # a question quoting others (``The province says it has a plan. Is that reaching
    # you?``) is still the asker's
    answers.extend(to_quote(a) for a in conversation_turns(tmap)
                   if tmap.text[a.end - 1] == "?" or not _cued_inside(found, a))
    answers.extend(_labelled_person(to_quote(piece), piece)  # French: the rest is theirs
                   for a in french if a not in in_marks
                   for piece in _answer_pieces(tmap, a, _cued_spans(found, a)))
    outlet = outlet_asker(tmap, author)
    for a in labelled_turns(tmap, resolver.person_named,
                            lambda t: titled_label(t, resolver.trail(t)), outlet):
        asks = a.speaker_name is not None and outlet(a.speaker_name) == a.speaker_name
        # a question quoting others (``Governor, businesses have complained that ...?``,
        # ``The Journal: Residents say they weren't consulted.``) is still the asker's
        if asker_kind(a.speaker_name) or asks or not _cued_inside(found, a):
            found.append(_labelled_person(to_quote(a), a, outlet=asks))
    found.extend(_labelled_person(to_quote(a), a, kind)
                 for a, kind in exchanges if not _cued_inside(found, a))
    found.extend(answers)
    return with_dash_speakers(found, tmap, resolver.resolve)


def _answered(quote: Quote, in_marks: list[Attribution], to_quote: ToQuote) -> Quote:
    """A marked quote with no speaker inside an interview's answer in quotation marks is the
    interviewee's (``Cette victoire change-t-elle vos ambitions ? ¶ « Non. On veut ... »``)."""
    if quote.speaker is not None:
        return quote
    answer = next((a for a in in_marks if a.start <= quote.start and quote.end <= a.end), None)
    if answer is None:
        return quote
    given = to_quote(answer)
    return quote.model_copy(update={"speaker": given.speaker, "speaker_id": given.speaker_id,
                                    "speaker_kind": given.speaker_kind,
                                    "speaker_mention": given.speaker_mention})


def _labelled_person(quote: Quote, turn: Attribution, kind: SpeakerKind = "person", *,
                     outlet: bool = False) -> Quote:
    """A transcript turn whose label names a person the model did not tag (``Ingrid Hale:``,
    the host, named nowhere else) is still that person's (an outlet's label: ``kind``); a
    question labelled ``Q:`` is the press's (``reporters``), whatever the phrase looks like;
    an ``outlet``'s question is an organisation's, whatever its name's last word reads as
    (``The Enterprise Review`` is no document)."""
    if outlet and turn.speaker_name is not None:
        return quote.model_copy(update={"speaker": quote.speaker or turn.speaker_name,
                                        "speaker_kind": "organization"})
    asker = asker_kind(turn.speaker_name)
    if asker is not None:
        return quote.model_copy(update={"speaker": turn.speaker_name, "speaker_kind": asker,
                                        "speaker_id": None, "speaker_mention": None})
    if quote.speaker is not None or turn.speaker_name is None:
        return quote
    return quote.model_copy(update={"speaker": turn.speaker_name, "speaker_kind": kind})


def _cued_inside(found: list[Quote], answer: Attribution) -> bool:
    """Whether the answer is mostly a quote whose own cue names another speaker in it:
    ``A: Rates will fall, the bank said.`` is the bank's, not the interviewee's (one span, one
    speaker).  A quotation with no cue in the answer (``A: It was "a disaster".``), the
    interviewee's own ``I said``, and a reported clause inside a longer turn (``... Their
    families have asked for privacy and we will respect that. ...``) leave the answer whole."""
    return bool(_cued_spans(found, answer))


def _cued_spans(found: list[Quote], answer: Attribution) -> list[tuple[int, int]]:
    """Where such quotes of others lie in the answer, each with its cue and speaker's words."""
    spans = []
    for q in found:
        if (q.cue is not None and q.cue_kind == "speech" and q.speaker_mention is not None
                and q.speaker_mention.text.lower() not in _SELF
                and answer.start <= q.cue.start and q.cue.end <= answer.end
                and 2 * (max(q.end, q.cue.end) - min(q.start, q.cue.start))
                >= answer.end - answer.start):
            spans.append((min(q.start, q.cue.start, q.speaker_mention.start),
                          max(q.end, q.cue.end, q.speaker_mention.end)))
    return spans


def _answer_pieces(tmap: TextMap, answer: Attribution,
                   others: list[tuple[int, int]]) -> list[Attribution]:
    """The answer, or, when it quotes others at length (``Beaucoup, oui, en off. Une
    principale m'a dit : « ... » C'est une stratégie de survie.``), its words before and after
    their quotes, each of at least :data:`_MIN_PIECE_WORDS` words, still the interviewee's
    (round nineteen's ``frreport36`` patch)."""
    if not others:
        return [answer]
    pieces, start = [], answer.start
    for lo, hi in [*sorted(others), (answer.end, answer.end)]:
        first, last = tmap.trim(start, min(lo, answer.end))
        while first < last and (tmap.text[first] in ALL_MARKS or tmap.text[first].isspace()):
            first += 1  # the closing mark of the quote before: no word of the answer
        if len(tmap.text[first:last].split()) >= _MIN_PIECE_WORDS:
            pieces.append(replace(answer, start=first, end=last, sentence=(first, last)))
        start = max(start, hi)
    return pieces
