"""French verbs of saying right before the infinitive they report, however the parse hung them.

French news reports what someone says they did, saw or feel with a verb of saying and a bare
infinitive, its subject the speaker's: ``Plusieurs commerçants affirment n'avoir jamais reçu
l'indemnité``, ``Les creuseurs disent ne voir aucune différence``, ``Une mère de famille ...
raconte avoir fait le tour de trois pharmacies``, ``Il dit avoir sollicité une audience``.
``fr_core_news_sm`` often tags the verb of saying an adjective or an adverb of the subject's
noun (``raconte`` ``amod``, ``disent`` ``advmod``) and makes the infinitive (or the participle
after ``avoir``) the sentence's verb, or hangs that infinitive as an ``acl`` of the verb, so
the cue and what it says were lost.  :func:`.said_verbs_fr.verb_before_its_infinitive`
mends the case where the verb hangs on its infinitive; this one mends the others, a
negation (``ne``, ``n'... jamais``) and adverbs (``avoir déjà vendu``) allowed between.
Called by :mod:`.parse_fr`'s component.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS
from newswire.nlp.quotes.fr_parse.incise_openings_fr import CLOSING_MARKS, OPENING_MARKS
from newswire.nlp.quotes.fr_parse.said_verbs_fr import take_place_of
from newswire.nlp.quotes.lexicon_fr import QUE, verb_forms

__all__ = ["verb_before_its_reported_infinitive"]

#: Verbs of saying whose bare infinitive is what they report (``affirme avoir vu``, ``dit
#: ne pas comprendre``); not ``propose``, ``menace``, ``demande``, which take ``de`` or ``à``.
_INFINITIVE_SAYERS = verb_forms(frozenset((
    "dire", "affirmer", "assurer", "raconter", "expliquer", "déclarer", "reconnaître",
    "avouer", "admettre", "nier", "jurer", "certifier", "prétendre", "soutenir", "estimer",
    "confier", "rappeler", "indiquer", "préciser", "souligner", "confesser", "démentir")))
#: The words of a negation before the infinitive: ``ne pas comprendre``, ``n'avoir jamais``.
_NEGATION = frozenset(("ne", "n'", "n’", "pas", "plus", "jamais", "guère", "point"))
#: The words between ``avoir`` or ``être`` and the participle it makes: adverbs, ``été``.
_BETWEEN_DEPS = frozenset(("advmod", "aux:pass", "aux:tense"))
#: A sentence root that can be the subject of its verb of saying (``L'un d'eux, ... raconte``).
_SUBJECT_TAGS = NOUN_TAGS | {"PRON"}
#: Words of the verb of saying after its infinitive that stay its own: the full stop, and
#: another verb joined to it (``affirme avoir vu X et dément ...``).
_OWN_DEPS = frozenset(("punct", "conj", "cc", "parataxis"))
#: How an infinitive ends (``parler``, ``finir``, ``vivre``): a verb written as its lemma
#: with one of them is one, whatever form the tagger gave it.
_INFINITIVE_ENDS = ("er", "ir", "re")
#: Words between a subject and its verb: auxiliaries, negation, object clitics.
_BEFORE_VERB = frozenset(("a", "ont", "avait", "avaient", "ne", "n'", "n’", "y", "lui", "leur",
                          "nous", "vous", "en", "l'", "l’", "le", "la", "les", "il", "elle",
                          "ils", "elles", "on"))
#: The relative pronouns that open a clause hung on a noun (``qui dit``, ``ce qu'il dit``).
_RELATIVES = QUE | {"qui"}
_MARKS = OPENING_MARKS | CLOSING_MARKS
#: How far after the auxiliary infinitive its participle may come (``n'avoir jamais été vu``).
_PARTICIPLE_REACH = 3


def verb_before_its_reported_infinitive(verb: Token) -> None:
    """Make ``verb``, a verb of saying right before its infinitive (past a negation), that
    infinitive's head (``xcomp``) when the parse made the infinitive the sentence's verb or
    hung it on ``verb`` otherwise; and the sentence's verb when the parse left the sentence
    rooted on the noun or pronoun of its subject (``Plusieurs infirmières disent avoir
    quitté``: ``disent`` an adverb of ``infirmières``).  The infinitive's words before
    ``verb`` (its subject) become ``verb``'s; ``verb``'s words after the infinitive (``dit
    avoir sollicité une audience``: an object the parse took from a participle it tagged a
    noun) become the infinitive's, so the whole claim is what ``verb`` says."""
    if verb.lower_ not in _INFINITIVE_SAYERS or verb.i == 0 \
            or verb.doc[verb.i - 1].pos_ == "DET" or _relative(verb) or any(
                t.text in _MARKS for t in verb.doc[verb.sent.start:verb.i]):
        return  # a noun ("le dit"), a relative clause, or a sentence holding a quotation
    said = _reported_infinitive(verb)
    if said is None:
        return
    root = verb.sent.root
    if said.head == verb:
        said.dep_ = "xcomp"  # "disent recourir ...": an acl to the parse
    elif said == root or said.is_ancestor(verb):
        take_place_of(verb, said, full_stop=True)
    elif not _subject_root(root, verb):
        return
    if _subject_root(verb.sent.root, verb):
        _root_of_verbless(verb, verb.sent.root, said)
    said.pos_ = "VERB"
    doc = verb.doc
    # up to a quotation: a partial quote of its own, or the next sentence's
    stop = next((t.i for t in doc[said.i:verb.sent.end] if t.text in _MARKS), verb.sent.end)
    for child in list(verb.children):
        if child.i > said.i and child.dep_ not in _OWN_DEPS and child.right_edge.i < stop:
            child.head = said


def _relative(verb: Token) -> bool:
    """Whether ``verb`` opens with a relative pronoun (``X, qui dit avoir ...``, ``qui a
    reconnu avoir ...``, ``ce qu'il dit avoir vu``): a relative clause, whose speaker is the
    noun it hangs on, or whose words are the object of another verb."""
    at = verb.i - 1
    while at > verb.sent.start and verb.doc[at].lower_ in _BEFORE_VERB:
        at -= 1
    return verb.doc[at].lower_ in _RELATIVES


def _subject_root(root: Token, verb: Token) -> bool:
    """Whether the parse rooted ``verb``'s sentence on a noun or pronoun before it, with no
    preposition (its subject, not a phrase of place or time)."""
    return root != verb and root.pos_ in _SUBJECT_TAGS and root.i < verb.i \
        and not any(c.dep_ == "case" for c in root.children)


def _reported_infinitive(verb: Token) -> Token | None:
    """The infinitive right after ``verb`` past a negation, or the participle its auxiliary
    makes (``avoir déjà vendu``, ``avoir été surpris``); None when none follows."""
    doc, at = verb.doc, verb.i + 1
    while at < verb.sent.end and doc[at].lower_ in _NEGATION:
        at += 1
    if at >= verb.sent.end or not _infinitive(doc[at]):
        return None
    first = doc[at]
    if first.pos_ != "AUX" or not first.dep_.startswith("aux"):
        return first
    made = first.head
    if not 0 < made.i - first.i <= _PARTICIPLE_REACH or any(
            doc[i].dep_ not in _BETWEEN_DEPS for i in range(first.i + 1, made.i)):
        return None
    return made


def _infinitive(word: Token) -> bool:
    """An infinitive by its morphology, or a verb written as its lemma in ``-er``, ``-ir``,
    ``-re`` (``vivre``, which the tagger gave a finite form)."""
    return "Inf" in word.morph.get("VerbForm", []) or (
        word.pos_ == "VERB" and word.lower_ == word.lemma_.lower()
        and word.lower_.endswith(_INFINITIVE_ENDS))


def _root_of_verbless(verb: Token, root: Token, said: Token) -> None:
    """``plusieurs exploitants interrogés par Le Devoir disent avoir dû ...``: the noun the
    parse made the root is ``verb``'s subject, ``verb`` the root."""
    verb.pos_, verb.head, verb.dep_ = "VERB", verb, "ROOT"
    for child in list(root.children):
        if child.i > verb.i:  # the full stop
            child.head = verb
    root.head, root.dep_ = verb, "nsubj"
    said.head, said.dep_ = verb, "xcomp"
