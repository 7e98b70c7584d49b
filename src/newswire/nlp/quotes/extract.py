"""Quotes and reported speech with who said them (issue 3).

Contract: ``extract_quotes(title_doc, body_doc, entities, lexicon=None) -> list[Quote]``.

Quotation marks find direct, partial, headline, split, multi-paragraph and unclosed quotes
(:mod:`newswire.nlp.quotes.marks`); the dependency parse finds the reporting cue and its
subject (:mod:`newswire.nlp.quotes.cues`) and, for reported speech, the clause that was said
(:mod:`newswire.nlp.quotes.reported`), and what a source is said to think, want, support or
find (:mod:`newswire.nlp.quotes.attitudes`: ``cue_kind`` belief, stance, finding) and
refusals to speak (:mod:`newswire.nlp.quotes.refusals`: ``declined to comment``, stance);
:mod:`newswire.nlp.quotes.speakers` turns the subject into a canonical name.  Every span
keeps ``doc.text[start:end] == text``.  The quotation marks and the words
(:class:`~newswire.nlp.quotes.lexicon.Lexicon`) are those of the doc's language: English,
French; any other language reads the English words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from newswire.models import Entity, Field_, Quote, SpeakerKind, stable_hash
from newswire.nlp.quotes.according import according_source
from newswire.nlp.quotes.askers import asker_kind
from newswire.nlp.quotes.attitudes import attitudes
from newswire.nlp.quotes.attribution import (
    attribute_marked,
    headline_speaker,
    same_quotation,
)
from newswire.nlp.quotes.continuation import inherit_speakers
from newswire.nlp.quotes.datelines import mark_dateline
from newswire.nlp.quotes.exchanges_fr import french_exchanges
from newswire.nlp.quotes.headline_tails import tail_claim
from newswire.nlp.quotes.headlines import headline_claim, label_end
from newswire.nlp.quotes.incises_fr import split_at_incises
from newswire.nlp.quotes.interviews import interview_answers
from newswire.nlp.quotes.interviews_fr import french_interview_answers
from newswire.nlp.quotes.inverted_titles import inverted_claim
from newswire.nlp.quotes.label_roles import titled_label
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.mark_sets import ALL_MARKS, marks_for
from newswire.nlp.quotes.marks import (
    MarkedQuote,
    dialogue_quotes,
    find_marked_quotes,
)
from newswire.nlp.quotes.mention_spans import mention_range
from newswire.nlp.quotes.named import NOBODY
from newswire.nlp.quotes.person_of import person_of_subject
from newswire.nlp.quotes.phrases_fr import french_phrases
from newswire.nlp.quotes.pulled import with_pulled_speakers
from newswire.nlp.quotes.reach import QuoteReach
from newswire.nlp.quotes.refusals import refusals
from newswire.nlp.quotes.refusals_fr import french_refusals
from newswire.nlp.quotes.reported import reported_speech
from newswire.nlp.quotes.speakers import SpeakerResolver
from newswire.nlp.quotes.styles import article_quotes
from newswire.nlp.quotes.textmap import Attribution, TextMap
from newswire.nlp.quotes.transcripts import labelled_turns
from newswire.nlp.quotes.viewpoints import viewpoint_claims

__all__ = ["LEXICONS", "extract_quotes", "lexicon_for"]

#: The words of each language quotes are attributed in, by ISO 639-1 code.
LEXICONS: dict[str, Lexicon] = {"en": ENGLISH, "fr": FRENCH}
#: Who an interviewee's own words name when they speak of themselves.
_SELF = frozenset(("i", "we", "you"))


def lexicon_for(language: str) -> Lexicon:
    """The lexicon of ``language``; English when it has none (no parse reads it then anyway)."""
    return LEXICONS.get(language, ENGLISH)


def extract_quotes(title_doc: Doc, body_doc: Doc, entities: Sequence[Entity],
                   lexicon: Lexicon | None = None, *, dateline_end: int = 0,
                   author: str | None = None) -> list[Quote]:
    """Every quotation and piece of reported speech in the article, title first.

    ``lexicon`` defaults to the one of the language the body was analysed in;
    ``dateline_end`` is where the body's dateline (``LONDON, Dec 2 (Reuters) -``) ends, as
    the pipeline's ``find_dateline`` found it: no reported words start before it, and no word
    of it speaks or is pointed back to (:mod:`newswire.nlp.quotes.datelines`); ``author`` is
    the article's byline, the interviewer of an interview whose byline left the body.
    """
    lexicon = lexicon if lexicon is not None else lexicon_for(body_doc.lang_)
    mark_dateline(title_doc, 0)
    mark_dateline(body_doc, dateline_end)
    resolver = SpeakerResolver((title_doc, body_doc), entities, lexicon)
    fields: tuple[tuple[Field_, Doc, int], ...] = (
        ("title", title_doc, label_end(title_doc.text)), ("body", body_doc, dateline_end))
    # Both fields are indexed first: a headline's ``Judge`` resolves like the body's judge.
    read = [(_read(doc, field, resolver), field, text_start) for field, doc, text_start in fields]
    quotes: list[Quote] = []
    for (tmap, marked), field, text_start in read:
        quotes.extend(_quotes_of(tmap, marked, field, resolver, text_start, author=author))
    return with_pulled_speakers(quotes)


def _read(doc: Doc, field: Field_, resolver: SpeakerResolver) -> tuple[TextMap,
                                                                       list[MarkedQuote]]:
    """The quotation marks of ``doc`` and its text map, indexed for the resolver."""
    text = doc.text  # joined once: each read of it makes a Token for every word
    marked = _marked(doc, text, resolver.lexicon, headline=field == "title")
    tmap = TextMap(doc, marked, resolver.lexicon, text=text)
    resolver.index_doc(doc, tmap.quoted, field)
    return tmap, marked


def _quotes_of(tmap: TextMap, marked: list[MarkedQuote], field: Field_,
               resolver: SpeakerResolver, text_start: int = 0, *,
               author: str | None = None) -> list[Quote]:
    attributions = [attribute_marked(tmap, mq) for mq in marked]
    if field == "title":
        attributions = [headline_speaker(tmap, a) for a in attributions]
    reported = [_from(tmap, a, text_start) for a in reported_speech(tmap)]
    claim = None
    if field == "title" and not reported:
        claim = (headline_claim(tmap, resolver.names.is_person) or inverted_claim(tmap)
                 or tail_claim(tmap))
    if claim is not None:
        reported.append(claim)
    attributions = inherit_speakers(tmap, _share_within_groups(tmap, attributions), reported,
                                    resolver.same_speaker)
    found = [_to_quote(tmap, field, a, resolver) for a in attributions if a.keep]
    found.extend(_to_quote(tmap, field, a, resolver) for a in reported)
    found.extend(_to_quote(tmap, field, _from(tmap, a, text_start), resolver)
                 for a in attitudes(tmap, reported))
    found.extend(_to_quote(tmap, field, _from(tmap, a, text_start), resolver)
                 for a in (*refusals(tmap, reported), *french_refusals(tmap, reported),
                           *french_phrases(tmap, reported),
                           *viewpoint_claims(tmap, reported)))
    if field == "body":
        exchanges = french_exchanges(tmap)
        labelled = {a.paragraph for a, _ in exchanges}
        french = [a for a in french_interview_answers(tmap, author) if a.paragraph not in labelled]
        in_marks = [a for a in french if tmap.text[a.start] in ALL_MARKS]
        found = [_answered(q, in_marks, tmap, field, resolver) for q in found]
        answers = [_labelled_person(_to_quote(tmap, field, a, resolver), a)
                   for a in (*interview_answers(tmap), *french) if a not in in_marks
                   and not _cued_inside(found, a)]
        found.extend(_labelled_person(_to_quote(tmap, field, a, resolver), a)
                     for a in labelled_turns(tmap, resolver.person_named,
                                             lambda t: titled_label(t, resolver.trail(t)))
                     # a question quoting others (``Governor, businesses have complained
                     # that ...?``) is still the asker's
                     if asker_kind(a.speaker_name) or not _cued_inside(found, a))
        found.extend(_labelled_person(_to_quote(tmap, field, a, resolver), a, kind)
                     for a, kind in exchanges if not _cued_inside(found, a))
        found.extend(answers)
    found.sort(key=lambda q: (q.start, q.end))
    return found


def _answered(quote: Quote, in_marks: list[Attribution], tmap: TextMap, field: Field_,
              resolver: SpeakerResolver) -> Quote:
    """A marked quote with no speaker inside an interview's answer in quotation marks is the
    interviewee's (``Cette victoire change-t-elle vos ambitions ? ¶ « Non. On veut ... »``)."""
    if quote.speaker is not None:
        return quote
    answer = next((a for a in in_marks if a.start <= quote.start and quote.end <= a.end), None)
    if answer is None:
        return quote
    given = _to_quote(tmap, field, answer, resolver)
    return quote.model_copy(update={"speaker": given.speaker, "speaker_id": given.speaker_id,
                                    "speaker_kind": given.speaker_kind,
                                    "speaker_mention": given.speaker_mention})


def _labelled_person(quote: Quote, turn: Attribution, kind: SpeakerKind = "person") -> Quote:
    """A transcript turn whose label names a person the model did not tag (``Ingrid Hale:``,
    the host, named nowhere else) is still that person's (an outlet's label: ``kind``); a
    question labelled ``Q:`` is the press's (``reporters``), whatever the phrase looks like."""
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
    return any(q.cue is not None and q.cue_kind == "speech" and q.speaker_mention is not None
               and q.speaker_mention.text.lower() not in _SELF
               and answer.start <= q.cue.start and q.cue.end <= answer.end
               and 2 * (max(q.end, q.cue.end) - min(q.start, q.cue.start))
               >= answer.end - answer.start for q in found)


def _from(tmap: TextMap, attribution: Attribution, text_start: int) -> Attribution:
    """The attribution with its words starting no earlier than ``text_start``."""
    if not attribution.start < text_start < attribution.end:
        return attribution
    return replace(attribution, start=tmap.trim(text_start, attribution.end)[0])


def _marked(doc: Doc, text: str, lexicon: Lexicon, *, headline: bool) -> list[MarkedQuote]:
    marks = marks_for(doc.lang_)
    doubles = find_marked_quotes(text, "double", marks)
    if marks.dialogue and lexicon.incise is not None:
        # French: a cue set inside the guillemets cuts them; a paragraph opening with a dash
        # is a line of dialogue
        doubles = split_at_incises(doc, doubles, lexicon.incise)
        lines = dialogue_quotes(text, lexicon.incise)
        marked = QuoteReach(doubles)
        doubles = sorted(doubles + [q for q in lines if not marked.overlaps(q)],
                         key=lambda q: q.start)
    # Headlines quote in single marks; so do bodies written in British style.
    return article_quotes(text, marks, doubles, headline=headline)


def _share_within_groups(tmap: TextMap, attributions: list[Attribution]) -> list[Attribution]:
    """Give the parts of a split or multi-paragraph quote one group id and one speaker."""
    groups: list[list[Attribution]] = []
    for current in attributions:
        previous = groups[-1][-1] if groups else None
        joins = previous is not None and same_quotation(tmap, previous, current)
        if not current.keep and not (joins and current.kind == "direct"):
            continue  # a dropped scare quote must not glue itself to a real one
        if previous is not None and joins:
            groups[-1].append(current)
        else:
            groups.append([current])
    shared: list[Attribution] = []
    for group in groups:
        donor = next((a for a in group if a.speaker is not None), None)
        group_id = (stable_hash("group", str(group[0].start), str(group[-1].end))
                    if len(group) > 1 else None)
        for part in group:
            shared.append(part.joined(donor, group_id, keep=True))
    return shared


def _to_quote(tmap: TextMap, field: Field_, a: Attribution, resolver: SpeakerResolver) -> Quote:
    mention = None
    speaker = NOBODY
    if a.speaker_name is not None:
        speaker = resolver.resolve_name(a.speaker_name)
    elif a.speaker is not None:
        speaker = resolver.resolve(a.speaker, said=(a.start, a.end))
    if speaker.kind == "unknown" or not speaker.name:
        speaker = NOBODY  # the contract: a speaker of kind unknown is no speaker
    mention_tokens = a.mention or (mention_range(person_of_subject(a.speaker) or a.speaker)
                                   if a.speaker is not None else None)
    source = according_source(tmap, a.start, a.end) if speaker is NOBODY else None
    if source is not None and (by_source := resolver.resolve(source)).kind != "unknown" \
            and by_source.name:  # "three in four say ..., according to the survey"
        speaker, mention_tokens = by_source, mention_range(source)
    if mention_tokens is not None:
        start, end = mention_tokens
        mention = tmap.span(field, tmap.doc[start].idx, tmap.token_end(end - 1))
    cue = tmap.span(field, tmap.doc[a.cue[0]].idx, tmap.token_end(a.cue[1] - 1)) if a.cue else None
    return Quote(
        quote_id=stable_hash("quote", field, str(a.start), str(a.end)),
        text=tmap.text[a.start:a.end],
        start=a.start,
        end=a.end,
        field=field,
        kind=a.kind,
        cue_kind=a.cue_kind,
        cue=cue,
        speaker=speaker.name,
        speaker_id=speaker.entity_id,
        speaker_mention=mention,
        speaker_kind=speaker.kind,
        unclosed=a.unclosed,
        group_id=a.group_id,
        sentence=(tmap.span(field, *tmap.sentence_around(a.sentence, a.start, a.end))
                  if a.sentence else None),
    )
