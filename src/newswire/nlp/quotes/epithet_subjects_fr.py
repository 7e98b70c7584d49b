"""A French pronoun right after a clause whose subject is an epithet stands for that epithet:
``Le parquetier a requis dix ans contre Babacar Seck. « ... », a-t-il martelé``.

French court and sport reports name a person once, then make them the subject of the next
clause by what they are (``le parquetier``, ``le technicien``) and carry on with ``il`` or
``elle``.  The nearest person named before the pronoun (``Babacar Seck``, an object) is not
its antecedent: the subject the clause before kept is.  So when the last subject outside
quotation marks before the pronoun, in its sentence or the one before, is a definite epithet
of the pronoun's gender (:func:`~.epithets_fr.is_french_epithet`, or a role noun the lexicon
lists), the pronoun speaks as whom that epithet stands for.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newswire.nlp.quotes.epithets_fr import french_epithet_gender, is_french_epithet
from newswire.nlp.quotes.gender import Gender
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH, THE_SINGULAR
from newswire.nlp.quotes.parse_labels import SUBJECT_DEPS

__all__ = ["epithet_subject"]


def epithet_subject(pronoun: Token, gender: Gender | None, lexicon: Lexicon,
                    quoted: Callable[[int], bool]) -> Token | None:
    """The definite epithet that is the last subject before ``pronoun`` (outside quotation
    marks, in its sentence or the one before), if it has ``pronoun``'s gender; else None."""
    if lexicon is not FRENCH or gender is None:
        return None
    doc = pronoun.doc
    sent = pronoun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    subject = next((t for t in reversed(doc[start:pronoun.i])
                    if t.dep_ in SUBJECT_DEPS and not quoted(t.idx) and t.pos_ != "PUNCT"), None)
    if subject is None or subject.pos_ != "NOUN" or not _epithet(subject, lexicon):
        return None
    return subject if french_epithet_gender(subject) in (None, gender) else None


def _epithet(noun: Token, lexicon: Lexicon) -> bool:
    """``le jeune homme``, ``le parquetier``; or ``le procureur``, a role the lexicon lists."""
    if is_french_epithet(noun, lexicon):
        return True
    return noun.lemma_.lower() in lexicon.role_nouns and "Plur" not in noun.morph.get(
        "Number", []) and any(c.dep_ == "det" and c.lower_ in THE_SINGULAR
                              for c in noun.children)
