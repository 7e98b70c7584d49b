"""The words quote attribution reads, per language: tables only, no logic.

Cues, speakers and gender take a :class:`Lexicon`; English is
:data:`~newswire.nlp.quotes.lexicon_en.ENGLISH`, French
:data:`~newswire.nlp.quotes.lexicon_fr.FRENCH`, and ``extract_quotes`` picks the one of the
doc's language.  A pipeline for another language supplies its own tables (its verbs of
saying, pronouns, titles and gender words) and reuses the machinery unchanged.  Words are
lower case; verbs and nouns are lemmas.  The parse labels the rules share (a person's entity
labels, the sets of subject dependencies) are :mod:`~newswire.nlp.quotes.base.parse_labels`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Lexicon", "keyed", "pairs", "words"]

def words(text: str) -> frozenset[str]:
    """A table from a whitespace-separated block of words."""
    return frozenset(text.split())


def pairs(text: str) -> frozenset[tuple[str, str]]:
    """A table of verb and preposition pairs from a block of ``verb:preposition`` words."""
    return frozenset((verb, prep) for verb, _, prep in (w.partition(":") for w in text.split()))


def keyed(text: str) -> dict[str, frozenset[str]]:
    """A table of words and what may go with each, from ``word:other`` (or a bare ``word``)
    entries; a word given several times collects all of them."""
    table: dict[str, set[str]] = {}
    for entry in text.split():
        word, _, other = entry.partition(":")
        table.setdefault(word, set()).update((other,) if other else ())
    return {word: frozenset(others) for word, others in table.items()}


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one language."""

    speech_verbs: frozenset[str]  # say, tell, warn: verbs of saying (not of thinking)
    according: tuple[tuple[str, ...], ...]  # "according to", "selon": the speaker follows
    person_pronouns: dict[str, str]  # he -> m, she -> f: singular third-person pronouns
    group_pronouns: frozenset[str]  # they, them: a group, an organisation or several people
    thing_pronouns: frozenset[str]  # it: an organisation or a document
    relative_pronouns: frozenset[str]  # who, which, that
    definite: frozenset[str]  # the, this: a description that points back
    quantifiers: frozenset[str]  # some, many (not counts): dropped before a group's noun
    org_nouns: frozenset[str]  # the company, the ministry: an organisation named earlier
    document_nouns: frozenset[str]  # the lawsuit, the study: a document speaks
    group_nouns: frozenset[str]  # officials, critics: unnamed people, even in the singular
    role_nouns: frozenset[str]  # the mayor, the judge: a person holding a role
    utterance_nouns: frozenset[str]  # Trump's tweet, his remarks: the owner is the speaker
    title_abbreviations: dict[str, str]  # sen -> senator: a written title and its noun
    female_words: frozenset[str]  # honorifics, gendered titles and first names
    male_words: frozenset[str]
    # "pointed out that": a verb and particle that say together (the verb alone does not).
    speech_particles: frozenset[tuple[str, str]] = frozenset()
    # "ruled out a run", "ruled Syria for decades": a verb of saying that says only a clause
    # ("the court ruled that ...", "..., the court ruled"), with none of these particles.
    clause_only_verbs: frozenset[str] = frozenset()
    unsaying_particles: frozenset[tuple[str, str]] = frozenset()
    # Inflected forms of the verbs of saying, for a lemmatiser that misses some (French).
    speech_forms: frozenset[str] = frozenset()
    # ", a-t-il dit": where a line of dialogue opened by a dash hands over to its cue.
    incise: re.Pattern[str] | None = None
    # "a partner": a person brought in unnamed, whom "the partner" later points back to.
    indefinite: frozenset[str] = frozenset()
    # "Mr. Bennett", "M. Legault": words before a surname that are no part of the name.
    honorifics: frozenset[str] = frozenset(
        ("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord"))
    # What may follow a surname: "Luther Stan Pate IV" is found by "Pate".
    name_suffixes: frozenset[str] = frozenset(("jr", "sr", "ii", "iii", "iv"))
    # "his father, Pierre Trudeau": nouns that bring in someone's relative, who may share
    # the surname; a lone surname is then the one the relative is named after.
    kin_nouns: frozenset[str] = frozenset()
    # "For Ann Lee, the situation is new.": a fronted viewpoint whose holder is the topic.
    viewpoint: frozenset[str] = frozenset()
    # "As for Trump, he ...": words that may open the sentence before the viewpoint's word.
    viewpoint_leads: frozenset[str] = frozenset()
    # "Pour X, ... « ... »": words opening a viewpoint whose holder speaks the sentence's quotes.
    viewpoint_cues: frozenset[str] = frozenset()
    # "La FAE réclame ... Selon elle,": personal pronouns that may stand for an organisation.
    organisation_pronouns: frozenset[str] = frozenset()
    # "‘It was our retirement,’ buyer tells trial": a headline quote naming no one is the
    # body's most-quoted speaker's (desks rewrite the words), as is a deck quote naming no
    # one, read like a headline's (decks only where ``reads_deck``). English only: a French
    # chapeau sums up several sources (its quotes went from no speaker to a wrong one on the
    # French check halves), and a French title opening on its quote gives anonymous voices.
    headline_main_speaker: bool = False
    # "Inégalités scolaires : « ... »" above an interview: a French title that sets its topic
    # first and then quotes gives the story's speaker (the most-quoted one); one opening on
    # its quote ("« On a tout perdu » : la crue ...") stays unattributed (``pulled``). On in
    # French: +8 / 0 on the French tuning halves, 8 articles of 7 sets (round twenty-nine).
    topic_headline_main_speaker: bool = False
    reads_deck: bool = False
    # "As Ruth Marcus puts it, ...": verbs that say only with their object pronoun ("it")
    # under a comparison mark ("as"); "put it on the table" says nothing.
    phrasing_verbs: frozenset[str] = frozenset()
    phrasing_objects: frozenset[str] = frozenset()
    phrasing_marks: frozenset[str] = frozenset()
    # "asked if he was bullied": verbs whose content is a question, and the words opening it.
    asking_verbs: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    # "wrote an op-ed", "posted a message": verbs of saying whose bare object is the medium
    # or the occasion, not what was said (their clauses and "called it X" still say).
    medium_verbs: frozenset[str] = frozenset()
    # "made comments about", "issued a statement that": verbs whose object, a noun of
    # saying (utterance nouns), names speech.
    uttering_verbs: frozenset[str] = frozenset()
    # Nouns of saying only as such an object ("made no mention of"), beside utterance nouns.
    uttered_nouns: frozenset[str] = frozenset()
    # "X was criticized for ...", "is accused of ...": verbs of saying whose passive says its
    # whole clause (the one spoken of is the subject; who spoke, the "by" phrase if any).
    judging_passives: frozenset[str] = frozenset()
    # "announced his resignation", "confirmed the meeting", "mentioned CNN": verbs of saying
    # whose bare object, however short, is what was said (other verbs' need three words).
    short_object_verbs: frozenset[str] = frozenset()
    # "recalled 90,000 trucks": a counted bare object is a product, not what was recalled
    # aloud ("recalling the time he visited her" still says).
    counted_thing_verbs: frozenset[str] = frozenset()
    # "X declined to comment. “...”": a sentence refusing to speak does not lead a quote.
    refusal_verbs: frozenset[str] = frozenset()
    # "did not respond to a request for comment", "would not comment on the reports": a verb
    # and preposition whose denial refuses to speak of the object (refusals); the object of
    # one that is no topic phrase ("respond to") is a request or question or a thing said.
    unanswered_phrases: frozenset[tuple[str, str]] = frozenset()
    answerable_nouns: frozenset[str] = frozenset()
    # What a source is said to think, want, support or find (``attitudes``), by how the
    # verb takes what is attributed: a clause only (think that), a clause, infinitive or
    # object (want, plan), an object (support Sanders), a finding (a poll shows).
    thought_verbs: frozenset[str] = frozenset()
    wish_verbs: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    finding_verbs: frozenset[str] = frozenset()
    # "X appears to", "is expected to": the writer's hedge, the whole clause, no source.
    seeming_verbs: frozenset[str] = frozenset()
    # "X is reportedly spending", "was allegedly on the trip": an adverb that says the clause
    # it modifies is someone's report, no source named.
    hedging_adverbs: frozenset[str] = frozenset()
    # "was first reported by Politico", "was endorsed by the mayor": verbs (besides the
    # stance verbs) whose passive subject is what its "by" phrase said.
    reporting_passives: frozenset[str] = frozenset()
    # Inflected forms the lemmatiser misreads, with their verb: "hopes" is read "hop".
    attitude_forms: dict[str, str] = field(default_factory=dict)
    # "call for a ban": a verb and preposition whose object is the stance ("call" is speech).
    stance_phrases: frozenset[tuple[str, str]] = frozenset()
    # "discussed the deal", "cited the report", "hinted at a run": speech whose object is
    # what was talked about (one name is enough), by a verb or a verb and preposition.
    topic_verbs: frozenset[str] = frozenset()
    # "addressed the crowd", "addressed supporters": a topic verb whose object may be the
    # audience spoken to, not the topic (an audience noun, or a group noun).
    audience_verbs: frozenset[str] = frozenset()
    audience_nouns: frozenset[str] = frozenset()
    topic_phrases: frozenset[tuple[str, str]] = frozenset()
    # "are convinced that", "was eager to", "worried about the economy": adjectives after
    # "be" whose clause or preposition's object (these prepositions; "to": an infinitive,
    # "eager to debate", not "is sure to spur", the writer's forecast) is a belief;
    # "is opposed to", "critical of": a stance, the preposition's object only.
    belief_adjectives: dict[str, frozenset[str]] = field(default_factory=dict)
    stance_adjectives: dict[str, frozenset[str]] = field(default_factory=dict)
    # "Trump's decision to run", "the union's call for a strike": nouns of attitudes whose
    # possessive holds them, with the prepositions whose object is attributed (an
    # infinitive or that-clause always is).
    stance_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    belief_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # "Trump's claim that Mexico will pay", "her promise to cut taxes": nouns of saying.
    speech_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # "made (it) clear that": an adjective and the verbs whose clause it declares (speech).
    declaring_phrases: dict[str, frozenset[str]] = field(default_factory=dict)
    # "expressed concern that ...", "voiced support for ...": verbs whose object, with what
    # hangs on it, is the attitude they make known.
    expressing_verbs: frozenset[str] = frozenset()
    # "raised concerns about ...", "flagged doubts": verbs that make an attitude known only
    # with one of these nouns as their object (not "raised taxes"), as expressing verbs do.
    raising_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    # "views Muslim immigrants as a threat": verbs whose object and its "as" phrase are a
    # belief (only with "as": "saw the film" is no belief).
    regarding_verbs: frozenset[str] = frozenset()
    # "has doubts about", "took a swipe at": verbs whose subject holds the attitude noun
    # they take as object (the noun has no possessive).
    holding_verbs: frozenset[str] = frozenset()
    # Subjects (and possessives) that never hold an attitude we report: "I think", "you
    # know", "we want", "our decision".
    generic_subjects: frozenset[str] = frozenset()
    # "if you want to", "whether he supports": an attitude supposed or asked, not held.
    supposing_marks: frozenset[str] = frozenset()
    # "would support", "might think": an attitude only possible, not held.
    unreal_auxiliaries: frozenset[str] = frozenset()
    # "plusieurs experts", "des sources syndicales", "les deux syndicats": quantifiers a
    # group's phrase keeps (French news names an unnamed group with them); English drops
    # every quantifier ("some officials" -> "officials").
    kept_quantifiers: frozenset[str] = frozenset()
    # "un rapport de la Cour des comptes", "une étude commandée par le groupement": a
    # document's phrase keeps what says whose or which one it is, as a group's does, and
    # drops a participle with no maker ("publié lundi": French); English keeps only a maker
    # after "by"/"from" (``document_names``).
    whole_document_phrases: bool = False
    # "one trader said", "a patient said": nouns for one person too short for the agent
    # endings of ``one_person.is_person_noun`` (a longer one they take, "neighbor", is not
    # listed).  English only: French tags are never ``NN``, which the rule asks first.
    short_person_nouns: frozenset[str] = frozenset()
    # "A spokesman for Skyline Atlantic, the largest carrier at the airport, said": a source's
    # phrase ends before an apposition set off after one of its words (``phrases``).  On in
    # English; French was not measured with it.
    appositions_end_phrases: bool = False
    # "the official said" after "A senior defense official ... said": the one unnamed person
    # brought in before with that noun, by the fuller phrase (``unnamed_sources``).  On in
    # English; French was not measured with it.
    recalls_unnamed_ones: bool = False
    # "... » Selon lui, ...": after a quote running over several sentences, a pronoun looks
    # back past the sentences wholly inside quotation marks to the one the writer told
    # (``salience``).  On in French; English was not measured with it.
    pronouns_skip_quoted: bool = False
    # "Marie-Laure": a hyphenated first name a part of which the table lacks takes its first
    # part's gender, if that part is known and the known parts agree (``gender``).  On in
    # French; in English every part must be known ("Billie-Jean" is no French "Jean").
    compound_names_follow_first_part: bool = False
    # "l'agence régionale de santé Nouvelle-Aquitaine": an organisation's phrase runs on over
    # the region or place written after its sort (``regional_names_fr``).  On in French.
    places_end_body_names: bool = False
    # "La direction a indiqué": bare nouns (as written, lower case) for the management of
    # the company or institution the story is about, which speaks as its own phrase and is
    # never matched to an organisation named before (``described_bodies``).  French.
    management_nouns: frozenset[str] = frozenset()
