"""A French interview's answers printed in guillemets take the interviewee: ``Questions à
Peio Arrieta ¶ Cette victoire change-t-elle vos ambitions ? ¶ « Non. On veut être dans les
six ... »``.

The marks find such an answer as a quote, but nothing near it names a speaker: the question
before it is the reporter's, and the introduction named the interviewee paragraphs above, so
the quote had none. :func:`.interviews_fr.marked_interview_answers` finds the answer
paragraphs; a quote inside one that still has no speaker is the interviewee's. A quote whose
own cue named someone keeps them.
"""

from __future__ import annotations

from newswire.models import Quote

__all__ = ["give_answers_their_interviewee"]


def give_answers_their_interviewee(found: list[Quote], answers: list[Quote]) -> list[Quote]:
    """``found`` with each quote that has no speaker and lies inside an answer of
    ``answers`` (each the interviewee's) given that answer's speaker."""
    if not answers:
        return found
    return [_interviewee_of(quote, answers) for quote in found]


def _interviewee_of(quote: Quote, answers: list[Quote]) -> Quote:
    if quote.speaker is not None or quote.field != "body":
        return quote
    answer = next((a for a in answers if a.start <= quote.start and quote.end <= a.end
                   and a.speaker is not None), None)
    if answer is None:
        return quote
    return quote.model_copy(update={
        "speaker": answer.speaker, "speaker_id": answer.speaker_id,
        "speaker_mention": answer.speaker_mention, "speaker_kind": answer.speaker_kind})
