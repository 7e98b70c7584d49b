"""``A hospital administrator in Moncton described the shortage. “...,” she said.``: a
``he``/``she`` right after one person brought in unnamed is that person, not someone named
before them.

The one brought in is the main subject of the previous sentence, a singular noun for a
person (a role the lexicon lists, or one it does not: ``administrator``, ``nurse``) with
``a``/``an``; its gender, when the noun has one (``spokeswoman``), agrees with the pronoun.
Never when that sentence (outside the subject's own words: ``A partner at Mr. Birdthistle's
firm``) or the pronoun's names a person (``A reporter asked Sanders ... He replied`` is
Sanders), nor when the noun is a title of a person named before (``A president
who ...`` after ``President Obama``). The speaker is the phrase, kind ``group``, as for any
unnamed source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from newswire.nlp.quotes.gender import Gender
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.phrases import is_person_noun, source_phrase
from newswire.nlp.quotes.referents import SUBJECT_DEPS, Referent, is_individual

__all__ = ["unnamed_one"]


def unnamed_one(pronoun: Token, gender: Gender | None, people: Sequence[Referent],
                lexicon: Lexicon) -> Referent | None:
    """The one person the previous sentence brought in unnamed, whom the subject
    ``pronoun`` (of ``gender``) stands for; ``people`` are the persons named before it."""
    sentence = pronoun.sent
    if pronoun.dep_ not in SUBJECT_DEPS or sentence.start == 0:
        return None
    previous = pronoun.doc[sentence.start - 1].sent
    subject = next((t for t in previous if t.dep_ in SUBJECT_DEPS and t.head == previous.root),
                   None)
    if subject is None or not _one_person(subject, lexicon):
        return None
    own = {t.i for t in subject.subtree}  # "a partner at Mr. Birdthistle's firm": whose
    if _names_a_person(t for t in previous if t.i not in own) or _names_a_person(
            pronoun.doc[sentence.start:pronoun.i]):
        return None
    lemma = subject.lemma_.lower()
    if any(lemma in r.titles for r in people):
        return None  # "A president who ..." after "President Obama": that person
    noun_gender = _noun_gender(lemma, lexicon)
    if gender is not None and noun_gender not in (None, gender):
        return None
    return Referent(subject.idx, source_phrase(subject, "group", lexicon), "group", True,
                    True, gender=noun_gender, noun=lemma)


def _one_person(subject: Token, lexicon: Lexicon) -> bool:
    """``a hospital administrator``, ``a spokeswoman for the agency``: one unnamed person."""
    indefinite = any(c.dep_ == "det" and c.lower_ in lexicon.indefinite
                     for c in subject.children)
    return indefinite and subject.pos_ == "NOUN" and (
        is_individual(subject, lexicon) or is_person_noun(subject, lexicon))


def _names_a_person(words: Iterable[Token]) -> bool:
    return any(t.ent_type_ == "PERSON" for t in words)


def _noun_gender(lemma: str, lexicon: Lexicon) -> Gender | None:
    if lemma in lexicon.female_words:
        return "f"
    return "m" if lemma in lexicon.male_words else None
