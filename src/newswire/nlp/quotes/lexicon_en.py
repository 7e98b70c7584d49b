"""The English lexicon: the words the quote rules were written with, where they are defined."""

from __future__ import annotations

from newswire.nlp.quotes.cues import RELATIVE_PRONOUNS, SPEECH_VERBS
from newswire.nlp.quotes.gender import FEMALE_WORDS, MALE_WORDS, PRONOUN_GENDER
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speakers import DEFINITE, GROUP_PRONOUNS, ORG_NOUNS, PERSON_PRONOUNS

ENGLISH = Lexicon(
    speech_verbs=SPEECH_VERBS,
    according=(("according", "to"),),
    person_pronouns=PERSON_PRONOUNS,
    group_pronouns=GROUP_PRONOUNS,
    pronoun_gender=PRONOUN_GENDER,
    relative_pronouns=RELATIVE_PRONOUNS,
    definite=DEFINITE,
    org_nouns=ORG_NOUNS,
    female_words=FEMALE_WORDS,
    male_words=MALE_WORDS,
)
