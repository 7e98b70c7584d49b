"""French: the unnamed person just brought in speaks the quotation an inverted pronoun cues.

``Un haut fonctionnaire du ministère, qui a requis l'anonymat, va plus loin. « ... »,
assure-t-il``: French news brings in an anonymous source in one sentence (``un``/``une`` and
a noun for a person, often with an aside saying why no name is given) and hands them the
quotation that follows with an inverted pronoun. :mod:`.incise_pronouns_fr` stops the hand-on
from the one quoted before; the resolver's stand-ins need a parse that makes the noun a
subject of a verb, which the small French model often does not (the aside becomes the verb,
the noun the root or a conjunct), so the pronoun reached a person named paragraphs back. Here
the sentence told just before the quotation, in its paragraph, is read off the words: its
first noun phrase, before any finite verb and with no person named in the sentence, is ``un``
or ``une`` (adjectives between) and a noun that names a person, of the pronoun's gender.
That noun is the speaker, as ``Une habitante a témoigné`` would be.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.gender import pronoun_gender
from newswire.nlp.quotes.base.parse_labels import PASSIVE_SUBJECT_DEPS, PERSON_LABELS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.fr_parse.incise_openings_fr import OPENING_MARKS
from newswire.nlp.quotes.resolution.person_nouns_fr import names_a_person

__all__ = ["brought_in_speaker"]

#: The indefinite articles that bring one person in, and the gender each says.
_ONE = {"un": "m", "une": "f"}
#: The auxiliary of a passive verb (``a été interpellé``).
_PASSIVE_AUXILIARIES = frozenset(("aux:pass", "auxpass"))
#: Verbs of answering: the one who answers is the one asked, not the one who asks.
_ANSWERS = frozenset(("répondre", "rétorquer", "répliquer"))
#: Object pronouns of the one the brought-in person speaks to (``Un élu l'interpelle``).
_ASKED = frozenset(("l'", "l’", "le", "la", "lui", "les", "leur"))
#: Marks that end the sentence told before the quotation.
_SENTENCE_ENDS = frozenset((".", "!", "?"))


def brought_in_speaker(tmap: TextMap, part: Attribution) -> Token | None:
    """The noun of the unnamed person brought in just before ``part``, when ``part``'s
    speaker is an inverted pronoun (``-il``, ``-elle``) of that person's gender."""
    pronoun = part.speaker
    lexicon = tmap.lexicon
    if pronoun is None or not pronoun.lower_.startswith("-") \
            or pronoun.lower_ not in lexicon.person_pronouns or pronoun.i >= len(pronoun.doc):
        return None
    if _answers(tmap, part):
        return None  # "Un élu l'interpelle. « ... », répond-elle": the one asked answers
    told = _sentence_told_before(tmap, part.start)
    if told is None or any(t.ent_type_ in PERSON_LABELS for t in told) or any(
            t.pos_ == "PRON" and t.dep_ in ("obj", "iobj") and t.lower_ in _ASKED
            for t in told):
        return None  # a name in it ("Un ancien cadre, Jean Roy,"): the name speaks
    noun = _first_one(told, tmap)
    if noun is None or noun.dep_ in PASSIVE_SUBJECT_DEPS or any(
            t.dep_ in _PASSIVE_AUXILIARIES for t in told):
        return None  # "Un manifestant a été interpellé": one the news befell, no speaker
    article = _article(noun)
    if article is None or _ONE[article.lower_] != pronoun_gender(pronoun.lower_, lexicon):
        return None  # "Une habitante ... », a-t-il ajouté": not hers
    return noun


def _sentence_told_before(tmap: TextMap, start: int) -> Span | None:
    """The sentence of the narration right before the quotation opening at ``start``, in
    its paragraph (up to the quotation's mark, which may follow a colon)."""
    doc = tmap.doc
    mark = doc.char_span(start, start + 1, alignment_mode="expand")
    if mark is None or mark[0].i == 0:
        return None
    at = mark[0].i - 1
    while at >= 0 and doc[at].is_space:
        at -= 1
    if at < 0 or doc[at].text not in OPENING_MARKS:
        return None  # not a quotation opening the stretch after the narration
    paragraph_start, _ = tmap.paragraph_of(start)
    end = at
    first = end - 1
    while first >= 0 and doc[first].idx >= paragraph_start and not (
            doc[first].text in _SENTENCE_ENDS and first < end - 1):
        first -= 1
    if first + 1 >= end or tmap.is_quoted(doc[first + 1].idx):
        return None
    return doc[first + 1:end]


def _first_one(told: Span, tmap: TextMap) -> Token | None:
    """The sentence's first noun phrase when it is ``un``/``une`` and a person noun: no
    finite verb before it, and no noun but those of a phrase set before the subject (``À
    la pause, un ancien joueur``, ``Dans un CPE de Limoilou, une éducatrice``)."""
    for token in told:
        if "Fin" in token.morph.get("VerbForm", []) and token.pos_ in ("VERB", "AUX"):
            return None  # a clause before it: the noun is no subject bringing one in
        if not _heads_a_phrase(token) or tmap.is_quoted(token.idx):
            continue
        if "Plur" not in token.morph.get("Number", []) \
                and _article(token) is not None and names_a_person(token):
            return token
        if not _after_preposition(token):
            return None  # "Le sexagénaire décrit un voisin": the subject is another
    return None


def _after_preposition(noun: Token) -> bool:
    """Whether ``noun`` is in a prepositional phrase (``À la pause``, ``par téléphone``)."""
    return any(c.dep_ == "case" for c in noun.children) or any(
        t.pos_ == "ADP" for t in noun.doc[max(noun.i - 3, 0):noun.i])


def _heads_a_phrase(token: Token) -> bool:
    """A noun, or a word the model tagged an adjective that no noun follows (``Un haut
    fonctionnaire du ministère``: not ``ancien`` in ``un ancien joueur``)."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.pos_ == "ADJ" and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"))


def _article(noun: Token) -> Token | None:
    """The ``un``/``une`` right before ``noun``, past adjectives (``un ancien haut cadre``)."""
    at = noun.i - 1
    while at >= 0 and noun.doc[at].pos_ == "ADJ":
        at -= 1
    if at >= 0 and noun.doc[at].lower_ in _ONE and noun.doc[at].pos_ == "DET":  # not "l'un"
        return noun.doc[at]
    return None


def _answers(tmap: TextMap, part: Attribution) -> bool:
    """Whether ``part``'s cue is a verb of answering (``répond-elle``, ``rétorque-t-il``)."""
    if part.cue is None:
        return False
    verb = tmap.doc[part.cue[0]]
    return verb.lemma_.lower() in _ANSWERS or verb.lower_.startswith(("répond", "rétorqu",
                                                                        "répliqu"))
