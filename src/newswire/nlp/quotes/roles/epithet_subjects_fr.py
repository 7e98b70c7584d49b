"""A French pronoun right after a clause whose subject is an epithet stands for that epithet:
``Le parquetier a requis dix ans contre Babacar Seck. « ... », a-t-il martelé``.

French court and sport reports name a person once, then make them the subject of the next
clause by what they are (``le parquetier``, ``le technicien``) and carry on with ``il`` or
``elle``.  The nearest person named before the pronoun (``Babacar Seck``, an object) is not
its antecedent: the subject the clause before kept is.  So when the last subject outside
quotation marks before the pronoun, in its sentence or the one before, is a definite epithet
of the pronoun's gender (:func:`~.epithets_fr.is_french_epithet`, or a role noun the lexicon
lists), the pronoun speaks as whom that epithet stands for.

Vox pops set a person's age off after the first name (``Lina, 17 ans, candidate en ...,
dit ...``) and the parse makes ``ans`` the verb's subject: the age is the name's
(:func:`aged_name`), and a pronoun after it stands for the name too.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newswire.nlp.quotes.base.gender import Gender
from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH, THE_SINGULAR
from newswire.nlp.quotes.roles.epithets_fr import french_epithet_gender, is_french_epithet

__all__ = ["aged_name", "epithet_subject"]

#: Sentences of a quotation stepped over back to the writer's sentence before it.
_QUOTED_SENTENCES = 6


def epithet_subject(pronoun: Token, gender: Gender | None, lexicon: Lexicon,
                    quoted: Callable[[int], bool]) -> Token | None:
    """The definite epithet that is the last subject before ``pronoun`` (outside quotation
    marks, in its sentence or the one before), if it has ``pronoun``'s gender; else None."""
    if lexicon is not FRENCH or gender is None:
        return None
    doc = pronoun.doc
    start = _clause_before(pronoun, quoted)
    subject = next((t for t in reversed(doc[start:pronoun.i])
                    if t.dep_ in SUBJECT_DEPS and not quoted(t.idx) and t.pos_ != "PUNCT"), None)
    if subject is not None and aged_name(subject, lexicon) is not None:
        return subject  # "Lina, 17 ans, ... dit": her, whatever her name's gender
    if subject is None or subject.pos_ != "NOUN" or not _epithet(subject, lexicon):
        return None
    return subject if french_epithet_gender(subject) in (None, gender) else None


def _clause_before(pronoun: Token, quoted: Callable[[int], bool]) -> int:
    """Where the sentence before ``pronoun``'s starts, past the sentences a quotation fills
    (``« Moi, je révise. Ceux qui trichent ... », lâche-t-elle``: the model splits the
    quotation into sentences of its own)."""
    doc = pronoun.doc
    start = pronoun.sent.start
    for _ in range(_QUOTED_SENTENCES):
        if start == 0:
            return start
        before = doc[start - 1].sent
        start = before.start
        if any(not quoted(t.idx) and not t.is_punct for t in before):
            return start
    return start


def _epithet(noun: Token, lexicon: Lexicon) -> bool:
    """``le jeune homme``, ``le parquetier``; or ``le procureur``, a role the lexicon lists."""
    if is_french_epithet(noun, lexicon):
        return True
    return noun.lemma_.lower() in lexicon.role_nouns and "Plur" not in noun.morph.get(
        "Number", []) and any(c.dep_ == "det" and c.lower_ in THE_SINGULAR
                              for c in noun.children)


def aged_name(head: Token, lexicon: Lexicon) -> Token | None:
    """``17 ans`` in ``Lina, 17 ans, ...``: the capitalised name the age is set off after
    (with a comma before it), which the parse let the age stand for; else None."""
    if lexicon is not FRENCH or head.lemma_ != "an" or not any(
            c.dep_ == "nummod" for c in head.children):
        return None
    doc = head.doc
    at = min(c.i for c in head.subtree)  # the age's first word ("17")
    if at < 2 or doc[at - 1].text != ",":
        return None
    name = doc[at - 2]
    # a capitalised word there is a name, whatever its tag (``Nesrine``/NOUN)
    named = name.pos_ in ("PROPN", "NOUN") and name.is_title and not name.is_sent_start
    return name if named else None
