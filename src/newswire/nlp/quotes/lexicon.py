"""The words quote attribution reads, per language: tables only, no logic.

Cues, speakers and gender take a :class:`Lexicon`; :data:`ENGLISH` is here, French is
:data:`~newswire.nlp.quotes.lexicon_fr.FRENCH`, and ``extract_quotes`` picks the one of the
doc's language.  A pipeline for another language supplies its own tables (its verbs of
saying, pronouns, titles and gender words) and reuses the machinery unchanged.  Words are
lower case; verbs and nouns are lemmas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newswire.nlp.entities.firstnames import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES


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
    quantifiers: frozenset[str]  # some, many: dropped from the front of a group's phrase
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
    # "For Ann Lee, the situation is new.": a fronted viewpoint whose holder is the topic.
    viewpoint: frozenset[str] = frozenset()
    # "As for Trump, he ...": words that may open the sentence before the viewpoint's word.
    viewpoint_leads: frozenset[str] = frozenset()
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
    # "recalled 90,000 trucks": a counted bare object is a product, not what was recalled
    # aloud ("recalling the time he visited her" still says).
    counted_thing_verbs: frozenset[str] = frozenset()
    # "X declined to comment. “...”": a sentence refusing to speak does not lead a quote.
    refusal_verbs: frozenset[str] = frozenset()
    # What a source is said to think, want, support or find (``attitudes``), by how the
    # verb takes what is attributed: a clause only (think that), a clause, infinitive or
    # object (want, plan), an object (support Sanders), a finding (a poll shows).
    thought_verbs: frozenset[str] = frozenset()
    wish_verbs: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    finding_verbs: frozenset[str] = frozenset()
    # "X appears to", "is expected to": the writer's hedge, the whole clause, no source.
    seeming_verbs: frozenset[str] = frozenset()
    # Inflected forms the lemmatiser misreads, with their verb: "hopes" is read "hop".
    attitude_forms: dict[str, str] = field(default_factory=dict)
    # "call for a ban": a verb and preposition whose object is the stance ("call" is speech).
    stance_phrases: frozenset[tuple[str, str]] = frozenset()
    # "discussed the deal", "cited the report", "hinted at a run": speech whose object is
    # what was talked about (one name is enough), by a verb or a verb and preposition.
    topic_verbs: frozenset[str] = frozenset()
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
    # "made (it) clear that": an adjective and the verbs whose clause it declares (speech).
    declaring_phrases: dict[str, frozenset[str]] = field(default_factory=dict)
    # "expressed concern that ...", "voiced support for ...": verbs whose object, with what
    # hangs on it, is the attitude they make known.
    expressing_verbs: frozenset[str] = frozenset()
    # "views Muslim immigrants as a threat": verbs whose object and its "as" phrase are a
    # belief (only with "as": "saw the film" is no belief).
    regarding_verbs: frozenset[str] = frozenset()
    # Subjects (and possessives) that never hold an attitude we report: "I think", "you
    # know", "we want", "our decision".
    generic_subjects: frozenset[str] = frozenset()
    # "if you want to", "whether he supports": an attitude supposed or asked, not held.
    supposing_marks: frozenset[str] = frozenset()
    # "would support", "might think": an attitude only possible, not held.
    unreal_auxiliaries: frozenset[str] = frozenset()


_SPEECH_VERBS = """
    say tell add state announce declare claim argue insist warn write tweet post explain note
    report reply respond answer ask suggest acknowledge admit concede confirm deny assert
    contend maintain stress emphasize emphasise highlight reiterate repeat predict promise pledge
    vow threaten urge recall caution complain testify charge allege joke quip boast brag
    observe remark comment disclose reveal inform assure shout yell scream whisper proclaim
    conclude counter retort rebut recommend demand advise tout lament muse mention describe
    call accuse criticize criticise praise blast slam dismiss tease wonder question
    plead concur reason reckon estimate indicate signal recount remind decry assail mock brand
    label
"""
_THOUGHT_VERBS = """
    think believe fear doubt suspect realize realise worry recognize recognise learn determine
    discover notice imply forecast speculate calculate know understand assume
"""
_WISH_VERBS = "hope plan intend expect prefer decide aim want seek wish desire"
_STANCE_VERBS = """
    support oppose endorse favor favour reject denounce agree refuse decline propose defend hail
    applaud back embrace welcome champion thank
"""
_STANCE_PHRASES = """
    call:for agree:with advocate:for campaign:for campaign:against vouch:for stand:by argue:for
    push:for
"""
_BELIEF_ADJECTIVES = """
    convinced confident:about confident:in sure:about sure:of certain:about certain:of
    concerned:about worried:about optimistic:about hopeful:about skeptical:about
    sceptical:about afraid:of aware:of fearful:of doubtful:about unsure:about
    uncertain:about adamant nervous:about wary:of angry:about upset:about unhappy:with
    pleased:with disappointed:in disappointed:with frustrated:with furious:about alarmed:by
    excited:about eager:to willing:to ready:to determined:to reluctant:to hesitant:to keen:to
    committed:to proud:of upbeat:about impressed:by impressed:with tired:of fond:of loyal:to
    appreciative:of bent:on focused:on divided:on angry:at ambivalent:about enthusiastic:about
    comfortable:with uncomfortable:with satisfied:with dissatisfied:with pessimistic:about
    cautious:about content:with grateful:for happy:with unclear:about clear:about open:to
    receptive:to hostile:to sympathetic:to
"""
# With the adjectives, the nouns of a stance role after "be" ("is a vocal critic of").
_STANCE_ADJECTIVES = """
    opposed:to critical:of supportive:of skeptical:of sceptical:of
    supporter:of supporters:of advocate:of advocates:of critic:of critics:of opponent:of
    opponents:of backer:of backers:of proponent:of proponents:of champion:of fan:of fans:of
"""
_STANCE_NOUNS = """
    support:for backing:for endorsement:of opposition:to call:for refusal criticism:of
    praise:for attack:on complaint:about request:for demand:for
"""
_BELIEF_NOUNS = """
    decision plan hope fear belief concern:about view:of view:on desire wish goal intention
    expectation confidence:in doubt:about
"""
_ORG_NOUNS = """
    company firm agency ministry department alliance government group organization
    organisation party campaign committee administration court bank council union office
    commission network newspaper paper website police army military embassy coalition
    institute foundation association team club league board bureau authority authorities
    regulator parliament senate house congress white corporation outlet magazine station
    channel publication broadcaster studio university school college center centre
    think-tank tank panel caucus management leadership
"""
_DOCUMENT_NOUNS = """
    report study survey poll polls lawsuit suit complaint filing statement memo memorandum
    letter ad advertisement commercial tweet post email release book article editorial op-ed
    analysis review audit document documents record records indictment ruling order decision
    opinion brief motion petition affidavit testimony transcript plan proposal bill law act
    agreement accord treaty deal resolution platform manifesto budget forecast estimate
    projection index data findings research paper account video footage website blog column
    story interview speech message messages text texts note notes guidance guideline guidelines
    policy rule rules regulation regulations warrant subpoena verdict judgment charge charges
    polling
"""
_GROUP_NOUNS = """
    official officials source sources aide aides critic critics supporter supporters voter
    voters expert experts analyst analysts observer observers advocate advocates activist
    activists lawmaker lawmakers leader leaders member members resident residents people
    witness witnesses investigator investigators prosecutor prosecutors strategist strategists
    economist economists scientist scientists researcher researchers insider insiders
    executive executives employee employees worker workers staffer staffers adviser advisers
    advisor advisors spokesman spokeswoman spokesperson representative representatives
    lawyer lawyers attorney attorneys diplomat diplomats operative operatives democrats
    republicans conservatives liberals progressives opponents protesters demonstrators
    residents parents families students teachers doctors nurses police officers pollsters
    organizers organisers delegates donors backers allies friends neighbors neighbours
"""
_ROLE_NOUNS = """
    president senator governor mayor judge justice minister chancellor secretary ambassador
    congressman congresswoman representative candidate nominee frontrunner front-runner
    chairman chairwoman chair ceo founder director commissioner prosecutor attorney
    sheriff chief general admiral colonel king queen prince princess pope premier leader
    speaker spokesman spokeswoman spokesperson lawmaker billionaire businessman businesswoman
    mogul magnate host anchor author actor actress singer star governor-elect president-elect
    officer manager strategist adviser advisor pollster economist professor lawyer diplomat
    republican democrat independent incumbent challenger rival opponent veteran
    secretary-general wife husband son daughter father mother brother sister physician doctor
    friend partner colleague boss deputy aide assistant journalist reporter correspondent
    editor writer columnist commentator survivor victim witness resident student teacher
"""
_UTTERANCE_NOUNS = """
    statement statements tweet tweets post posts remark remarks comment comments letter email
    emails release speech testimony interview words message messages op-ed column memo note
    answer response reply
"""
_FEMALE_WORDS = """
    mrs ms miss madam madame lady dame queen princess duchess sister mother wife daughter
    widow woman spokeswoman congresswoman chairwoman businesswoman actress hostess
    anchorwoman councilwoman grandmother aunt niece girlfriend
"""
_MALE_WORDS = """
    mr sir lord king prince duke brother father husband son widower man spokesman
    congressman chairman businessman actor host anchorman councilman grandfather uncle
    nephew boyfriend pope rev
"""
#: Speech whose object is what was talked about: on PolNeAR train 4 in 5 are attributions.
_TOPIC_VERBS = "discuss cite"
_TOPIC_PHRASES = """hint:at apologize:for comment:on touch:on allude:to speak:about speak:of
    speak:against talk:about talk:of"""
ENGLISH = Lexicon(
    speech_verbs=words(_SPEECH_VERBS),
    speech_particles=pairs("point:out"),
    according=(("according", "to"),),
    phrasing_verbs=words("put"),
    phrasing_objects=words("it"),
    phrasing_marks=words("as"),
    asking_verbs=words("ask wonder question"),
    question_marks=words("if whether"),
    medium_verbs=words("write post add charge maintain answer tell"),
    counted_thing_verbs=words("recall"),
    uttering_verbs=words("make issue release deliver give send offer"),
    uttered_nouns=words("mention promise pledge"),
    judging_passives=words("criticize criticise accuse charge praise blast slam declare describe "
                           "mock"),
    refusal_verbs=words("decline refuse"),
    thought_verbs=words(_THOUGHT_VERBS),
    wish_verbs=words(_WISH_VERBS),
    stance_verbs=words(_STANCE_VERBS),
    finding_verbs=words("show find"),
    seeming_verbs=words("appear seem"),
    attitude_forms={"hopes": "hope", "hoped": "hope", "hoping": "hope"},
    stance_phrases=pairs(_STANCE_PHRASES),
    belief_adjectives=keyed(_BELIEF_ADJECTIVES),
    stance_adjectives=keyed(_STANCE_ADJECTIVES),
    declaring_phrases=keyed("clear:make"),
    stance_nouns=keyed(_STANCE_NOUNS),
    belief_nouns=keyed(_BELIEF_NOUNS),
    expressing_verbs=words("express voice"),
    regarding_verbs=words("view see regard consider"),
    generic_subjects=words("i we you me us one my our your"),
    supposing_marks=words("if unless whether"),
    unreal_auxiliaries=words("would could might may should can 'd ca"),
    person_pronouns={"he": "m", "him": "m", "his": "m", "himself": "m",
                     "she": "f", "her": "f", "hers": "f", "herself": "f"},
    group_pronouns=words("they them their themselves"),
    thing_pronouns=words("it its"),
    relative_pronouns=words("who which that whom"),
    definite=words("the this that these those"),
    indefinite=words("a an another"),
    viewpoint=words("for"),
    viewpoint_leads=words("as and but"),
    quantifiers=words("a an the some many most several few all both other others these those "
                      "this that any each every various numerous one two three four five"),
    org_nouns=words(_ORG_NOUNS),
    document_nouns=words(_DOCUMENT_NOUNS),
    group_nouns=words(_GROUP_NOUNS),
    role_nouns=words(_ROLE_NOUNS),
    utterance_nouns=words(_UTTERANCE_NOUNS),
    title_abbreviations={"sen": "senator", "rep": "representative", "gov": "governor",
                         "gen": "general", "col": "colonel", "adm": "admiral", "lt": "lieutenant",
                         "sgt": "sergeant", "dr": "doctor", "prof": "professor",
                         "pres": "president", "amb": "ambassador", "atty": "attorney",
                         "supt": "superintendent", "sec": "secretary"},
    topic_verbs=words(_TOPIC_VERBS),
    topic_phrases=pairs(_TOPIC_PHRASES),
    female_words=words(_FEMALE_WORDS) | FEMALE_FIRST_NAMES,
    male_words=words(_MALE_WORDS) | MALE_FIRST_NAMES,
)
