"""The parse labels the quote rules share, named here once: a person's entity labels, the
sets of subject and object dependencies, the tags of nouns, verbs and relative words, and
the marks that end a sentence or set off an aside.

Moved out of :mod:`~newswire.nlp.quotes.lexicon` (the word tables of each language).
Constants only, no logic; imports nothing of newswire, so any quotes module may use it.
"""

from __future__ import annotations

__all__ = [
    "COMPLEMENT_CLAUSE_DEPS",
    "CONTENT_CLAUSE_DEPS",
    "CONTRAST_MARKS",
    "DASHES",
    "DASH_TOKENS",
    "DETERMINER_DEPS",
    "ENGLISH_SUBJECT_DEPS",
    "FILLED_OR_CLAUSAL_SUBJECT_DEPS",
    "FILLED_SUBJECT_DEPS",
    "FRAMING_MARKS",
    "FRENCH_FILLED_SUBJECT_DEPS",
    "FRENCH_SUBJECT_DEPS",
    "NOMINAL_TAGS",
    "NOUN_TAGS",
    "OBJECT_DEPS",
    "PARTICIPLE_TAGS",
    "PASSIVE_SUBJECT_DEPS",
    "PERSON_LABELS",
    "PERSON_OR_ORG_LABELS",
    "PLACE_LABELS",
    "PREPOSITION_OBJECT_DEPS",
    "RELATIVE_TAGS",
    "SENTENCE_ENDS",
    "SUBJECT_DEPS",
    "TIME_LABELS",
    "VERB_TAGS",
    "WH_TAGS",
]

#: The entity labels of a person's name: the English model's and the French model's.
PERSON_LABELS = frozenset(("PERSON", "PER"))
#: The entity labels of a name that may speak, hold a view or own a body: a person's or an
#: organisation's.
PERSON_OR_ORG_LABELS = PERSON_LABELS | {"ORG"}
#: The dependency labels of a verb's nominal subject, active or passive, in the English
#: model's scheme (``nsubjpass``).  Rules written for English shapes read it (``fronted``,
#: ``inverted_cues``, ``refusals``, ...); on a French parse it finds the active subject only.
ENGLISH_SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
#: The same in the French model's scheme (Universal Dependencies, ``nsubj:pass``).  A title's
#: tail (``headline_tails``: ``, CDC says``, ``, says LTA``) reads it in both languages: the
#: tail has no auxiliary, so no English passive subject ends one.
FRENCH_SUBJECT_DEPS = frozenset(("nsubj", "nsubj:pass"))
#: A verb's subject in either model's parse: what rules for both languages read.  The sets
#: beside it differ from it on purpose; each says why.
SUBJECT_DEPS = ENGLISH_SUBJECT_DEPS | FRENCH_SUBJECT_DEPS
#: The parts of speech a clause's verb takes (an auxiliary heads a copular clause).
VERB_TAGS = frozenset(("VERB", "AUX"))
#: The parts of speech of a noun, common or proper, in either model's parse.
NOUN_TAGS = frozenset(("NOUN", "PROPN"))
#: A noun's determiner or possessive (``the senator``, ``his remarks``): the noun is a
#: determined phrase, not a bare title or role.
DETERMINER_DEPS = frozenset(("det", "poss"))
#: A verb's direct object in either model's parse: English ``dobj``, French (UD) ``obj``.
OBJECT_DEPS = frozenset(("dobj", "obj"))
#: The parts of speech of a word that may name a person: a noun, common or proper, or a
#: pronoun.
NOMINAL_TAGS = NOUN_TAGS | {"PRON"}
#: A verb's clausal complement in either model's parse (``said that ...``, ``a dit que
#: ...``, ``expects Obama to announce``): the clause a verb of saying holds.
COMPLEMENT_CLAUSE_DEPS = frozenset(("ccomp", "xcomp"))
#: A noun's that-clause or infinitive (``fear that prices will rise``, ``decision to run``,
#: ``his claim that he won``) as the English model labels it: any of these.
CONTENT_CLAUSE_DEPS = frozenset(("acl", "ccomp", "relcl"))
#: A preposition's object, a gerund too (``calls for bringing back``), in the English parse.
PREPOSITION_OBJECT_DEPS = frozenset(("pobj", "pcomp"))
#: English participles' tags (``speaking``, ``quoted``).
PARTICIPLE_TAGS = frozenset(("VBG", "VBN"))
#: The entity labels of a time (``on Friday``, ``at noon``): when something was said, not what.
TIME_LABELS = frozenset(("DATE", "TIME"))
#: English marks of a clause set against what was said (``, while her rival has soared``).
CONTRAST_MARKS = frozenset(("while", "whereas", "although", "though"))
#: English marks of a clause framing what was said (why, when, on what condition): the writer's.
FRAMING_MARKS = CONTRAST_MARKS | {"because", "as", "after", "before", "when", "since", "if",
                                  "until", "unless"}
#: The entity labels of a place: a country, state or city (``GPE``) or other land (``LOC``).
PLACE_LABELS = frozenset(("GPE", "LOC"))
#: English wh-words' tags but the possessive's: who, what, which (and a relative ``that``),
#: a relative or a question word standing for a noun (``says who?``).
WH_TAGS = frozenset(("WDT", "WP"))
#: English relative pronouns' tags: which, who, whose (not the ``that`` of a clause).
RELATIVE_TAGS = WH_TAGS | {"WP$"}
#: The characters that end a sentence, read on the text beside a quote (before its opening
#: mark or at its closing one) in both languages.
SENTENCE_ENDS = frozenset(".!?")
#: The dashes, as characters: em, en, and the hyphen typed for either.  A paragraph opening
#: with one is a line of dialogue, not an interview's answer.
DASHES = frozenset("—–-")
#: The dashes as the tokenizer gives them, the typewriter's double hyphen too.
DASH_TOKENS = DASHES | {"--"}
#: A passive verb's subject, in either model's parse.
PASSIVE_SUBJECT_DEPS = frozenset(("nsubjpass", "nsubj:pass"))
#: Whatever fills an English clause's subject slot, a dummy ``it``/``there`` too (``expl``):
#: whether a clause has a subject of its own (``said the plan ... would``, ``there is``).
FILLED_SUBJECT_DEPS = ENGLISH_SUBJECT_DEPS | {"expl"}
#: The same with a clausal subject (``What he said was ...``): ``told_subjects`` and
#: ``transcripts`` count it; ``said`` and ``that_clauses`` never did (FILLED_SUBJECT_DEPS).
FILLED_OR_CLAUSAL_SUBJECT_DEPS = FILLED_SUBJECT_DEPS | {"csubj"}
#: What fills a French clause's subject slot, the expletive ``il`` (``il faut``, UD
#: ``expl:subj``) too: whether a French verb has a subject of its own.
FRENCH_FILLED_SUBJECT_DEPS = FRENCH_SUBJECT_DEPS | {"expl:subj"}
