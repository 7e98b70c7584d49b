"""The bench's words of saying: which PolNeAR attributions count as speech.

Read by ``bench/quotes_gold.py`` (``gold_of``); nothing here imports newswire.  The lists are
kept apart from the extractor's lexicon and chosen by what the words mean, never by what a
figure does: a gold attribution is speech when a lemma of its cue is in ``GOLD_SPEECH`` or two
of its lemmas are a phrase of ``GOLD_SPEECH_PHRASES``; a quoted content counts as speech
unless a cue word is in ``NOT_SPEECH`` (thinking, wanting, perceiving).
"""

from __future__ import annotations

__all__ = ["GOLD_SPEECH", "GOLD_SPEECH_BEFORE", "GOLD_SPEECH_PHRASES", "NOT_SPEECH"]

_GOLD_SPEECH_WORDS = """
    say tell write add ask tweet note report announce argue claim explain declare acknowledge
    recall respond reply warn insist promise pledge vow state urge suggest describe call accuse
    criticize criticise praise deny confirm admit concede predict stress emphasize reiterate
    testify charge allege complain joke boast observe remark comment reveal disclose assure
    counter retort quip quote speak statement interview remark speech tweet post announcement
    blast slam mock dismiss label brand question respond proclaim boast recount
    discuss cite hint apologize apologise allude
"""
# Verbs of saying the list above lacked (issue 14, speech17), chosen by what they mean: each
# reports an act of speaking or writing ("reminded voters that", "decried the ruling",
# "maintained that", "made clear that", "pointed out that").  Verbs of judging or showing
# that the extractor also reads as speech stay out (conclude, reason, reckon, estimate,
# indicate, signal, wonder).
_ADDED_SPEECH_WORDS = """
    remind decry assail clear point assert contend maintain highlight emphasise repeat mention
    inform advise recommend demand threaten caution lament plead tout brag shout yell scream
    whisper rebut answer tease concur
"""
# Issue 14 (recall20), by meaning again: ``echo`` reports words said again ("echoed Trump's
# call"), ``address`` speaking to or about ("addressed the crowd", "addressed the issue in a
# speech"; its noun is a speech, "his keynote address"), ``refer`` speaking of something
# ("referring to Rubio", as ``mention`` and ``allude`` already are), ``argument`` is what is
# argued, as ``statement`` is what is stated; so are the nouns of the verbs of saying above
# ("his insistence that", "the allegation that": suggest, assert, contend, insist, admit,
# allege, accuse, deny, warn, predict, explain, assure, threaten).  Not ``voice`` nor
# ``express`` ("voiced concern"): they make a feeling known, which the extractor reads as
# belief.
_ADDED_SPEECH_WORDS_20 = """
    echo address refer argument
    suggestion assertion contention insistence admission allegation accusation denial warning
    prediction explanation assurance threat
"""
GOLD_SPEECH = (frozenset(_GOLD_SPEECH_WORDS.split()) | frozenset(_ADDED_SPEECH_WORDS.split())
               | frozenset(_ADDED_SPEECH_WORDS_20.split()))
#: The list before recall20's additions (and before its phrases), to print the speech row
#: both ways.
GOLD_SPEECH_BEFORE = frozenset(_GOLD_SPEECH_WORDS.split()) | frozenset(
    _ADDED_SPEECH_WORDS.split())
#: Speech said with a verb of delivering and a noun of what is said (recall20): ``made the
#: case that``, ``offered his thoughts on``, ``gave his assessment of``: to make a case is to
#: argue it, to offer one's thoughts or opinion is to say them; and ``weighed in on``, to
#: give one's opinion in a debate (``weigh`` alone is thinking).  Both lemmas in the cue.
GOLD_SPEECH_PHRASES = frozenset(
    (verb, noun) for verb in ("make", "offer", "give", "deliver", "provide", "press", "share")
    for noun in ("case", "thought", "opinion", "assessment", "view")) | {("weigh", "in")}
_NOT_SPEECH_WORDS = """
    think believe hope want feel know see show find wish fear expect plan intend seem appear
    consider worry doubt suspect assume realize realise understand decide imagine view regard
    like love hate prefer need seek try look sound reflect indicate prove
    """
NOT_SPEECH = frozenset(_NOT_SPEECH_WORDS.split())
