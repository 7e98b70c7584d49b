"""French: a participle of saying on a document someone issued speaks for whoever issued it.

``Le groupe de supporters Les Rouges du Tarn a publié un message sur Facebook demandant aux
joueurs de “mouiller le maillot”``, ``les élus de la CFDT ont lu une déclaration commune
dénonçant « une délocalisation déguisée »``, ``L'ONM avait émis un bulletin spécial annonçant
des cumuls « pouvant atteindre 60 mm »``: news names a body's statement by the act of issuing
it, the words said hanging on the paper as a present participle.  The parse gives the
participle no subject (it is an ``acl`` of the paper, or of a word after it: ``message sur
Facebook demandant``), so the quote had no speaker.  Whoever published, read out, sent or
signed the paper said it (English reads ``issued a statement describing`` the same way, in
:func:`~newswire.nlp.quotes.speech.cues.subject_of`).  Only verbs of issuing count: ``a reçu une
lettre demandant`` is the addressee's, who said nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, VERB_TAGS
from newswire.nlp.quotes.lexicon import Lexicon, words
from newswire.nlp.quotes.lexicon_fr import FRENCH

__all__ = ["issuing_verb"]

#: Verbs of issuing a paper: its author is their subject.
_ISSUING = words("""
    publier lire émettre adresser diffuser signer envoyer transmettre rédiger poster
    partager lancer adopter voter déposer rendre faire
""")
#: How far a participle may hang below the paper (``un message sur Facebook demandant``).
_CLIMB = 2


def issuing_verb(participle: Token, lexicon: Lexicon) -> Token | None:
    """The verb that issued the paper a French present participle of saying describes
    (``a publié`` for ``a publié un message ... demandant``), or None."""
    if lexicon is not FRENCH or not participle.lower_.endswith("ant") \
            or participle.dep_ not in ("acl", "advcl"):
        return None
    noun = participle.head
    for _ in range(_CLIMB):
        if _is_paper(noun, lexicon) or noun.dep_ != "nmod" or noun.head.pos_ not in NOUN_TAGS:
            break
        noun = noun.head  # "un message sur Facebook demandant": up to "message"
    if not _is_paper(noun, lexicon) or noun.dep_ != "obj":
        return None
    verb = noun.head
    issued = verb.pos_ in VERB_TAGS and verb.lemma_.lower() in _ISSUING and verb.i < noun.i
    return verb if issued else None


def _is_paper(noun: Token, lexicon: Lexicon) -> bool:
    """A noun of a document or an utterance (``message``, ``déclaration``, ``bulletin``)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in lexicon.document_nouns
                                    or lemma in lexicon.utterance_nouns)
