"""Quotes and reported speech with who said them (issue 3).

Contract: ``extract_quotes(title_doc, body_doc, entities, lexicon=None) -> list[Quote]``.

Quotation marks find direct, partial, headline, split, multi-paragraph and unclosed quotes
(:mod:`newswire.nlp.quotes.marked.marks`); the dependency parse finds the reporting cue and its
subject (:mod:`newswire.nlp.quotes.speech.cues`) and, for reported speech, the clause that was said
(:mod:`newswire.nlp.quotes.speech.reported`), and what a source is said to think, want, support or
find (:mod:`newswire.nlp.quotes.stances.attitudes`: ``cue_kind`` belief, stance, finding) and
refusals to speak (:mod:`newswire.nlp.quotes.stances.refusals`: ``declined to comment``, stance);
:mod:`newswire.nlp.quotes.resolution.speakers` turns the subject into a canonical name.  Every span
keeps ``doc.text[start:end] == text``.  The quotation marks and the words
(:class:`~newswire.nlp.quotes.lexicon.Lexicon`) are those of the doc's language: English,
French; any other language reads the English words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from newswire.models import Entity, Field_, Quote, stable_hash
from newswire.nlp.doc_texts import text_of
from newswire.nlp.quotes.base.mention_spans import mention_range
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.bodies.regional_offices_fr import with_regional_offices
from newswire.nlp.quotes.layouts.datelines import mark_dateline
from newswire.nlp.quotes.layouts.headline_tails import tail_claim
from newswire.nlp.quotes.layouts.headlines import headline_claim, label_end
from newswire.nlp.quotes.layouts.interview_quotes import interview_quotes
from newswire.nlp.quotes.layouts.inverted_titles import inverted_claim
from newswire.nlp.quotes.layouts.pulled import with_pulled_speakers
from newswire.nlp.quotes.layouts.title_topics_fr import without_topic_label
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.marked.attribution import (
    attribute_marked,
    headline_speaker,
    same_quotation,
)
from newswire.nlp.quotes.marked.continuation import inherit_speakers
from newswire.nlp.quotes.marked.incises_fr import split_at_incises
from newswire.nlp.quotes.marked.mark_sets import marks_for
from newswire.nlp.quotes.marked.marks import (
    MarkedQuote,
    dialogue_quotes,
    find_marked_quotes,
)
from newswire.nlp.quotes.marked.reach import QuoteReach
from newswire.nlp.quotes.marked.styles import article_quotes, deck_end
from newswire.nlp.quotes.resolution.named import NOBODY
from newswire.nlp.quotes.resolution.person_of import person_of_subject
from newswire.nlp.quotes.resolution.speakers import SpeakerResolver
from newswire.nlp.quotes.resolution.titled_surnames_fr import titled_surnames
from newswire.nlp.quotes.resolution.whole_mentions import whole_mentions
from newswire.nlp.quotes.speech.according import according_source
from newswire.nlp.quotes.speech.named_objects_fr import only_a_name
from newswire.nlp.quotes.speech.reported import reported_speech
from newswire.nlp.quotes.stances.attitudes import attitudes
from newswire.nlp.quotes.stances.phrases_fr import french_phrases
from newswire.nlp.quotes.stances.refusals import refusals
from newswire.nlp.quotes.stances.refusals_fr import french_refusals
from newswire.nlp.quotes.stances.viewpoints import viewpoint_claims
from newswire.nlp.quotes.unnamed.anonymous_en import is_anonymity_request
from newswire.nlp.quotes.unnamed.anonymous_fr import within_an_aside
from newswire.nlp.quotes.unnamed.shares import is_share, share_range

__all__ = ["LEXICONS", "extract_quotes", "lexicon_for"]

#: The words of each language quotes are attributed in, by ISO 639-1 code.
LEXICONS: dict[str, Lexicon] = {"en": ENGLISH, "fr": FRENCH}


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
    of it speaks or is pointed back to (:mod:`newswire.nlp.quotes.layouts.datelines`); ``author`` is
    the article's byline, the interviewer of an interview whose byline left the body.
    """
    lexicon = lexicon if lexicon is not None else lexicon_for(body_doc.lang_)
    # Each doc's text joined once (kept by the pass that made the doc, else joined here and
    # kept): each read of ``doc.text`` makes a Token for every word.
    texts: dict[Field_, str] = {"title": text_of(title_doc), "body": text_of(body_doc)}
    mark_dateline(title_doc, 0)
    mark_dateline(body_doc, dateline_end, text=texts["body"])
    resolver = SpeakerResolver((title_doc, body_doc), entities, lexicon)
    fields: tuple[tuple[Field_, Doc, int], ...] = (
        ("title", title_doc, label_end(texts["title"])), ("body", body_doc, dateline_end))
    # Both fields are indexed first: a headline's ``Judge`` resolves like the body's judge.
    read = [(_read(doc, texts[field], field, resolver), field, text_start)
            for field, doc, text_start in fields]
    quotes: list[Quote] = []
    for (tmap, marked), field, text_start in read:
        quotes.extend(_quotes_of(tmap, marked, field, resolver, text_start, author=author))
    deck = deck_end(texts["body"], dateline_end) if lexicon.reads_deck else 0
    pulled = with_pulled_speakers(quotes, deck, main_speaker=lexicon.headline_main_speaker,
                                  after_topic=lexicon.topic_headline_main_speaker,
                                  indefinite=lexicon.indefinite)
    if lexicon is FRENCH:
        # "Agence régionale de santé (ARS) Nouvelle-Aquitaine" (organisations); "soupire Mme
        # Thibodeau": Mélissa Thibodeau (people): the two passes read disjoint speaker kinds
        pulled = with_regional_offices(pulled, entities, texts["body"])
        pulled = titled_surnames(pulled, entities, texts)
    # Last, once no layout reads the mentions: "Seán Mac" shown as "Seán Mac an tSaoi".
    return whole_mentions(pulled, entities, texts)


def _requested(tmap: TextMap, start: int, end: int) -> bool:
    """French reported words that open in an anonymity aside (``qui a demandé à ne pas être
    nommée``, :mod:`.unnamed.anonymous_fr`) or that are only the speaker's name, read as
    the verb's object (:mod:`.named_objects_fr`); English ones that are a request not to be
    named: what the source asked for, not what it said."""
    return _asked_unnamed(tmap, start, end) or (
        tmap.lexicon is FRENCH and (within_an_aside(tmap.doc, start, end)
                                    or only_a_name(tmap, start, end)))


def _asked_unnamed(tmap: TextMap, start: int, end: int) -> bool:
    """English words (reported, or a stance's: ``who did not want to be named``, ``declined
    to be identified``) that are a request not to be named (:mod:`.unnamed.anonymous_en`)."""
    return tmap.lexicon is ENGLISH and is_anonymity_request(tmap.text[start:end])


def _read(doc: Doc, text: str, field: Field_, resolver: SpeakerResolver
          ) -> tuple[TextMap, list[MarkedQuote]]:
    """The quotation marks of ``doc`` (its ``text``) and its text map, indexed for the
    resolver."""
    marked = _marked(doc, text, resolver.lexicon, headline=field == "title")
    tmap = TextMap(doc, marked, resolver.lexicon, text=text)
    resolver.index_doc(doc, tmap.quoted, field)
    return tmap, marked


def _quotes_of(tmap: TextMap, marked: list[MarkedQuote], field: Field_,
               resolver: SpeakerResolver, text_start: int = 0, *,
               author: str | None = None) -> list[Quote]:
    attributions = [attribute_marked(tmap, mq) for mq in marked]
    if field == "title":
        attributions = [without_topic_label(tmap, m, headline_speaker(tmap, a),
                                            resolver.names.is_person)
                        for m, a in zip(marked, attributions, strict=True)]
    with tmap.ignoring(_titles(tmap, marked, attributions)):
        reported = [_from(tmap, a, text_start) for a in reported_speech(tmap)
                    if not _requested(tmap, a.start, a.end)]
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
    stances = (*attitudes(tmap, reported), *refusals(tmap, reported),
               *french_refusals(tmap, reported), *french_phrases(tmap, reported),
               *viewpoint_claims(tmap, reported))
    found.extend(_to_quote(tmap, field, _from(tmap, a, text_start), resolver)
                 for a in stances if not _asked_unnamed(tmap, a.start, a.end))
    if field == "body":
        found = interview_quotes(tmap, found, lambda a: _to_quote(tmap, field, a, resolver),
                                 resolver, author)
    found.sort(key=lambda q: (q.start, q.end))
    return found


def _titles(tmap: TextMap, marked: list[MarkedQuote], attributions: list[Attribution]
            ) -> list[MarkedQuote]:
    """French: the quotations dropped as no quote (``le film « Les Misérables »``), which a
    said clause may hold whole; other languages: none."""
    if tmap.lexicon is not FRENCH:
        return []
    return [m for m, a in zip(marked, attributions, strict=True) if not a.keep]


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
        doubles = split_at_incises(doc, doubles, lexicon.incise, text=text)
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
        # English: a half after its pronoun cue is read from the first half (French pronouns
        # skip quoted sentences their own way: a lead, not measured there)
        said_from = a.start if a.said_from is None or tmap.lexicon is not ENGLISH \
            else a.said_from
        speaker = resolver.resolve(a.speaker, said=(said_from, a.end))
    if speaker.kind == "unknown" or not speaker.name:
        speaker = NOBODY  # the contract: a speaker of kind unknown is no speaker
    mention_tokens = a.mention or (share_range(a.speaker)  # "Six in 10", not "10"
                                   or mention_range(person_of_subject(a.speaker) or a.speaker)
                                   if a.speaker is not None else None)
    # A share of those polled ("55 percent of voters said") yields to the poll it comes from.
    polled = a.speaker is not None and is_share(a.speaker)
    source = according_source(tmap, a.start, a.end) if speaker is NOBODY or polled else None
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
