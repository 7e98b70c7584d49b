"""Organisations whose name is a word of the language: ``Grab said in a statement``, ``Unison,
which represents library workers, said``.

A company or union may be called by an ordinary word (Grab, Unison, Shell, Apple).  When the
model tags no entity there, such a name has no kind of its own and was dropped as a headline
word (``Latest``).  In the body, a single capitalised word the tagger reads as a proper noun
and that is the subject of a verb of saying is a name: it speaks as an organisation.  A
person's surname that is a word (``Young said``) resolves to the person the article named in
full before this is asked (:mod:`.names`); news names a person in full before a surname, so
a word left here is an organisation's more often (a speaker of kind ``unknown`` is dropped).
English only; the headline keeps its rule (title case capitalises any word).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.models import Field_
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.resolution.named import Speaker
from newswire.nlp.quotes.speech.saying import is_speech_verb

__all__ = ["word_named"]

#: Words after which a capitalised name goes on (``Airlines for America``, ``Chamber of
#: Commerce``): the one word read is not the name.
_NAME_GOES_ON = frozenset(("of", "for", "and", "&"))


def word_named(head: Token, name: str, field: Field_, lexicon: Lexicon) -> Speaker | None:
    """The organisation a lone proper-noun word that says something in the body names."""
    if (lexicon is not ENGLISH or field != "body" or " " in name or head.tag_ != "NNP"
            or not name[:1].isupper() or name.isupper() or head.dep_ != "nsubj"
            or not is_speech_verb(head.head, lexicon)):
        return None
    # "Responding, the Minister ... said": an opening participle the parse made the subject
    if name.lower().endswith("ing"):
        return None
    # "Airlines for America, the trade group, said": the name runs on past what was read
    after = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if after is not None and after.lower_ in _NAME_GOES_ON:
        return None
    return Speaker(name, None, "organization")
