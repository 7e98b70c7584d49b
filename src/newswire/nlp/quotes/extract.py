"""Quotes and reported speech with who said them (issue 3).

Contract: ``extract_quotes(title_doc, body_doc, entities) -> list[Quote]``.

Quotation marks find direct, partial, headline, split, multi-paragraph and unclosed quotes
(:mod:`newswire.nlp.quotes.marks`); the dependency parse finds the reporting cue and its
subject (:mod:`newswire.nlp.quotes.cues`) and, for reported speech, the clause that was said
(:mod:`newswire.nlp.quotes.reported`); :mod:`newswire.nlp.quotes.speakers` turns the subject into a
canonical name.  Every span keeps ``doc.text[start:end] == text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from newswire.models import Entity, Field_, Quote, stable_hash
from newswire.nlp.quotes.attribution import (
    attribute_marked,
    headline_speaker,
    paragraph_lead,
    same_quotation,
)
from newswire.nlp.quotes.cues import mention_range
from newswire.nlp.quotes.lexicon import lexicon_of
from newswire.nlp.quotes.marks import MarkedQuote, dialogue_quotes, find_marked_quotes, marks_for
from newswire.nlp.quotes.reported import reported_speech
from newswire.nlp.quotes.speakers import SpeakerResolver
from newswire.nlp.quotes.textmap import Attribution, TextMap


def extract_quotes(title_doc: Doc, body_doc: Doc, entities: Sequence[Entity]) -> list[Quote]:
    """Every quotation and piece of reported speech in the article, title first."""
    resolver = SpeakerResolver((title_doc, body_doc), entities)
    fields: tuple[tuple[Field_, Doc], ...] = (("title", title_doc), ("body", body_doc))
    quotes: list[Quote] = []
    for field, doc in fields:
        quotes.extend(_quotes_of(doc, field, resolver))
    return quotes


def _quotes_of(doc: Doc, field: Field_, resolver: SpeakerResolver) -> list[Quote]:
    marked = _marked(doc, headline=field == "title")
    tmap = TextMap(doc, marked)
    resolver.index_doc(doc, tmap.quoted)
    attributions = [attribute_marked(tmap, mq) for mq in marked]
    if field == "title":
        attributions = [headline_speaker(tmap, a) for a in attributions]
    attributions = _inherit_speakers(tmap, _share_within_groups(tmap, attributions))
    found = [_to_quote(tmap, field, a, resolver) for a in attributions if a.keep]
    for attribution in reported_speech(tmap):
        found.append(_to_quote(tmap, field, attribution, resolver))
    found.sort(key=lambda q: (q.start, q.end))
    return found


def _marked(doc: Doc, *, headline: bool) -> list[MarkedQuote]:
    text, marks = doc.text, marks_for(doc.lang_)
    doubles = find_marked_quotes(text, "double", marks)
    if marks.dialogue:  # French: a paragraph opening with a dash is a line of dialogue
        lines = dialogue_quotes(text, lexicon_of(doc).incise)
        doubles = sorted(doubles + [q for q in lines if not _overlaps_any(q, doubles)],
                         key=lambda q: q.start)
    # Headlines quote in single marks; so do bodies written in British style.
    if not headline and (doubles or "‘" not in text):
        return doubles
    singles = [q for q in find_marked_quotes(text, "single", marks)
               if not _overlaps_any(q, doubles)]
    return sorted(doubles + singles, key=lambda q: q.start)


def _overlaps_any(quote: MarkedQuote, others: Sequence[MarkedQuote]) -> bool:
    return any(o.start - 1 <= quote.end and quote.start <= o.end + 1 for o in others)


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


def _inherit_speakers(tmap: TextMap, attributions: list[Attribution]) -> list[Attribution]:
    """A quote with no cue takes the speaker of the quote just before it (news style).

    Only across at most one paragraph break, and the mention stays where the name is.  A
    quote opening a paragraph with no such neighbour takes the subject of the paragraph
    before it (``Valastro praised Christie. ¶ “We need ...”``).
    """
    result: list[Attribution] = []
    previous: Attribution | None = None
    for part in attributions:
        orphan = part.cue is None and part.speaker is None and part.speaker_name is None
        current = part
        if (orphan and previous is not None and previous.speaker is not None
                and part.paragraph - previous.paragraph <= 1):
            current = replace(part, speaker=previous.speaker, mention=previous.mention)
        elif orphan and (previous is None or part.paragraph - previous.paragraph > 1):
            current = replace(part, speaker=paragraph_lead(tmap, part))
        result.append(current)
        if current.keep:
            previous = current
    return result


def _to_quote(tmap: TextMap, field: Field_, a: Attribution, resolver: SpeakerResolver) -> Quote:
    name, entity_id, mention = None, None, None
    if a.speaker_name is not None:
        name, entity_id = resolver.resolve_name(a.speaker_name)
    elif a.speaker is not None:
        name, entity_id = resolver.resolve(a.speaker)
    mention_tokens = a.mention or (mention_range(a.speaker) if a.speaker is not None else None)
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
        cue=cue,
        speaker=name,
        speaker_id=entity_id,
        speaker_mention=mention,
        unclosed=a.unclosed,
        group_id=a.group_id,
        sentence=tmap.span(field, *a.sentence) if a.sentence else None,
    )
