"""The ``que`` clause of a French verb of saying, where ``fr_core_news_sm`` hangs it elsewhere.

``a toutefois prévenu que d’autres baisses restaient possibles``: the model tags
``restaient`` as an adverb and hangs the clause's noun on the verb as a modifier;
``a déclaré aux journalistes que le projet serait adopté`` hangs the clause on
``journalistes`` as a relative one.  Either way the verb has no clausal complement and what
was said is lost.  When a verb of saying has none and a ``que`` follows it within a few words
(no other verb between), the clause ``que`` opens (its head in the parse, else the first word
of the rest of the sentence whose head lies outside it) becomes the verb's ``ccomp``, as the
quote rules read it.  A main verb the parse left without a subject takes the one person named
before it, set off by commas (:func:`give_lost_subjects`); ``on`` after an opening naming a
side (``Du côté de X,``, ``Dans l’entourage de X,``: :mod:`.side_openings_fr`) is X
(:func:`give_sides_their_on`); a name closing the sentence after its noun and a comma is the
noun's apposition (:func:`appose_closing_names`); an inverted ``-on`` speaks for the place or
document after its verb (:func:`give_on_its_source`).  Called by :mod:`.parse_fr`'s
component.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.parse_labels import (
    COMPLEMENT_CLAUSE_DEPS,
    FRENCH_FILLED_SUBJECT_DEPS,
    NOUN_TAGS,
    PERSON_LABELS,
    VERB_TAGS,
)
from newswire.nlp.quotes.base.word_arrays import lower_indices, pos_indices, word_indices
from newswire.nlp.quotes.fr_parse.que_scan_fr import que_after, says
from newswire.nlp.quotes.fr_parse.side_openings_fr import side_opening
from newswire.nlp.quotes.lexicon_fr import DE, REFLEXIVES

__all__ = ["appose_closing_names", "appose_names_after_roles", "appose_names_to_roles",
           "give_lost_subjects", "give_on_its_source", "give_sides_their_on", "hang_que_clauses",
           "is_pronominal", "unsubject_stressed_pronouns", "widen_said_states"]

#: The words the passes below start from, found as arrays (the other words make no Token).
_ON, _INVERTED_ON, _DIRE = ("on",), ("-on",), "dire"
_SOURCE_REACH = 8  # words after "-on" where its source sits: "a-t-on appris auprès des pompiers"
#: "au cabinet", "dans le rapport", "auprès des pompiers", "chez Renault": whose words "-on" says.
_SOURCE_PREPOSITIONS = frozenset(("au", "aux", "à", "auprès", "dans", "chez"))
#: ``a-t-on appris de sources concordantes``: learned from a source, so said by it.
_LEARN = "apprendre"
#: What may follow a name set off after a role's phrase: a comma, the sentence's end.
_AFTER_APPOSED = frozenset((",", ".", ";", "!", "?"))
#: Stressed pronouns that set off the subject they repeat (``quant à elle``, ``, lui,``).
_STRESSED = frozenset(("elle", "lui", "eux", "elles"))
#: Titles written before a person's name (``Me`` a lawyer's, ``Dr`` a doctor's).
_TITLES = frozenset(("M.", "Mme", "Mlle", "Me", "Maître", "Dr", "Dre", "Pr"))


def hang_que_clauses(doc: Doc) -> None:
    """Make the ``que`` clause after each verb of saying without one its ``ccomp``."""
    for i in pos_indices(doc, "VERB"):  # no Token for the other words
        verb = doc[i]
        if says(verb) and not any(
                c.dep_ in COMPLEMENT_CLAUSE_DEPS for c in verb.children):
            found = que_after(verb)
            if found is not None and not found[1]:  # past a participle: join_que_clauses
                _hang(verb, found[0])


def _hang(verb: Token, que: Token) -> None:
    """Hang the clause ``que`` opens on ``verb`` as its ``ccomp``."""
    doc = verb.doc
    end = verb.sent.end
    while end - 1 > que.i and doc[end - 1].is_punct:
        end -= 1
    inside = range(que.i + 1, end)
    if not inside:
        return
    head = que.head if que.head.i in inside else next(
        (t for t in doc[que.i + 1:end] if t.head.i not in inside or t.head == t), None)
    if head is None or head.is_ancestor(verb) or head == verb:
        return
    head.head, head.dep_ = verb, "ccomp"
    if que.head != head:
        que.head, que.dep_ = head, "mark"


def give_lost_subjects(doc: Doc) -> None:
    """``Rencontré devant le centre, Robert Veilleux, 67 ans, ne cachait pas ...``: the parse
    hangs the name on the participle and leaves the main verb without a subject; the one
    person named before the verb, set off by commas and after no preposition, is it."""
    for sentence in doc.sents:
        verb = sentence.root
        if verb.pos_ not in VERB_TAGS or any(
                c.dep_ in FRENCH_FILLED_SUBJECT_DEPS for c in verb.children):
            continue
        names = [t for t in doc[sentence.start:verb.i] if t.ent_iob_ == "B"
                 and t.ent_type_ in PERSON_LABELS and t.dep_ not in FRENCH_FILLED_SUBJECT_DEPS
                 and not any(c.dep_ == "case" for c in t.children)
                 and t.i > 0 and doc[t.i - 1].text == ","]
        if len(names) == 1 and not names[0].is_ancestor(verb):
            names[0].head, names[0].dep_ = verb, "nsubj"


def give_sides_their_on(doc: Doc) -> None:
    """``Du côté de l’Élysée, on assure que ...``, ``Chez Renault, on estime que ...``,
    ``Dans l’entourage de la ministre, on assure``: the ``on`` of a sentence opened by whose
    side it gives (:func:`.side_openings_fr.side_opening`) is that side, the verb's subject."""
    for i in lower_indices(doc, _ON):
        token = doc[i]
        if token.dep_ not in FRENCH_FILLED_SUBJECT_DEPS:
            continue
        side = side_opening(doc[token.sent.start:token.i])
        if side is not None and side.dep_ != "nsubj" and not side.is_ancestor(token.head) \
                and side != token.head:  # "on rappelle ... et on juge": the first one's
            side.head, side.dep_ = token.head, "nsubj"
            token.dep_ = "expl:subj"


def appose_closing_names(doc: Doc) -> None:
    """``a indiqué la présidente de la FAE, Mélanie Hubert.``: a person's name after a comma
    that closes the sentence, which the parse joins to the noun before as a conjunct (no
    ``et`` among the noun's words), is that noun's apposition."""
    for name in doc.ents:
        head = name.root
        noun = head.head
        if (name.label_ not in PERSON_LABELS or head.dep_ != "conj" or noun.pos_ != "NOUN"
                or name.start == 0 or doc[name.start - 1].text != ","
                or name.end >= len(doc) or doc[name.end].text != "."
                or any(c.dep_ == "cc" for c in noun.children)):
            continue
        head.dep_, head.pos_ = "appos", "PROPN"


def give_on_its_source(doc: Doc) -> None:
    """``indique-t-on au cabinet du ministre``, ``peut-on lire dans le rapport``, ``a-t-on
    appris auprès des pompiers``: the inverted ``-on`` speaks for the place or document named
    right after its verb, which becomes the verb's subject; what ``on`` learned (``appris``,
    also ``de sources concordantes``) that source said."""
    for i in lower_indices(doc, _INVERTED_ON):
        token = doc[i]
        if token.dep_ != "nsubj":
            continue
        verb = token.head
        end = min(token.i + 1 + _SOURCE_REACH, token.sent.end)
        words = doc[token.i + 1:end]
        learned = verb.lemma_.lower() == _LEARN  # "a-t-on appris de sources concordantes"
        prepositions = _SOURCE_PREPOSITIONS | DE if learned else _SOURCE_PREPOSITIONS
        at = next((t for t in words if t.lower_ in prepositions), None)
        source = next((t for t in words if at is not None and t.i > at.i
                       and t.pos_ in NOUN_TAGS), None)
        if at is not None and source is not None and not source.is_ancestor(verb):
            if learned:  # what "on" learned from the source, the source said
                verb.lemma_ = "indiquer"
            source.head, source.dep_ = verb, "nsubj"
            token.dep_ = "expl:subj"
            for word in words[:at.i - token.i - 1]:  # "a-t-on appris mardi de source ...":
                if word.head == verb and word.dep_ == "obj":  # a time, no thing said
                    word.dep_ = "obl:mod"
            for word in doc[at.i:source.i]:  # "au", "dans le": no part of the source's name
                if word.head == source and word.dep_ == "case":
                    word.head, word.dep_ = verb, "dep"


def appose_names_to_roles(doc: Doc, roles: frozenset[str]) -> None:
    """``la professeure en économie de l’environnement Claire Vézina``: a person's name
    right after a role's ``de`` phrase, which the parse hangs on that phrase's last noun
    (``environnement``), is the role's apposition."""
    for name in doc.ents:
        head = name.root
        noun = head.head
        if name.label_ not in PERSON_LABELS or head.dep_ not in ("appos", "nmod") \
                or noun.pos_ != "NOUN" or noun.lemma_.lower() in roles or noun.i > head.i:
            continue
        role = noun
        while role.dep_ == "nmod" and role.head.pos_ == "NOUN" and role.head.i < role.i:
            role = role.head
            if role.lemma_.lower() in roles or role.lower_ in roles:
                head.head, head.dep_ = role, "appos"
                break


def appose_names_after_roles(doc: Doc, roles: frozenset[str]) -> None:
    """``a déclaré le vice-président aux affaires réglementaires, Mathieu Desrosiers, devant
    les régisseurs``: a person's name set off by commas right after the phrase of a role's
    noun (the role's own words end at the comma) is that role's apposition; the parse makes
    it a conjunct of the sentence's verb, and the role names nobody.  Not a name that is a
    subject (``Selon la présidente, Marie Roy a tort``)."""
    for name in doc.ents:
        head = name.root
        # "la procureure ..., Me Sophie Ndiaye-Caron,": a title may stand before the name
        lead = name.start - 1 if name.start and doc[name.start - 1].text in _TITLES \
            else name.start
        if name.label_ not in PERSON_LABELS or head.dep_ in FRENCH_FILLED_SUBJECT_DEPS \
                or head.dep_ == "appos" \
                or lead < 2 or doc[lead - 1].text != "," \
                or (name.end < len(doc) and doc[name.end].text not in _AFTER_APPOSED):
            continue
        if _is_role(head.head, roles) and head.head.i < head.i:
            continue  # hung on a role before it already ("L'adjointe au maire ..., X,")
        role = _role_ending_at(doc[lead - 2], roles)
        if role is not None and not head.is_ancestor(role):
            head.head, head.dep_ = role, "appos"
            if lead < name.start and not doc[lead].is_ancestor(role):
                doc[lead].head, doc[lead].dep_ = head, "dep"  # the title is the name's


def _role_ending_at(last: Token, roles: frozenset[str]) -> Token | None:
    """The outermost role's noun whose phrase ends with ``last`` (``vice-président`` of ``le
    vice-président aux affaires réglementaires``; ``adjointe`` of ``L'adjointe au maire
    chargée du logement``, not ``maire``), if any."""
    word, role = last, None
    while word.right_edge == last:
        if _is_role(word, roles):
            role = word
        if word.head == word or word.head.i > last.i:
            break
        word = word.head
    return role


def _is_role(word: Token, roles: frozenset[str]) -> bool:
    """A role's noun, by its lemma or as written (``mairesse``, lemmatised ``maire``)."""
    return word.pos_ == "NOUN" and (word.lemma_.lower() in roles or word.lower_ in roles)


def unsubject_stressed_pronouns(doc: Doc) -> None:
    """``La mairesse a quant à elle répété que ...``, ``Nathalie Roy, elle, se dit déçue``:
    a stressed pronoun after ``quant à`` or set off by commas repeats the subject for
    contrast and is none itself; the parse made it the verb's subject, and ``elle`` then
    stood for the organisation named before, not the mayor. The subject the verb already
    has (or the pronoun's noun) stays."""
    for i in lower_indices(doc, _STRESSED):
        token = doc[i]
        if token.dep_ not in FRENCH_FILLED_SUBJECT_DEPS or token.i < 2:
            continue
        before, after = doc[token.i - 1], doc[token.i + 1] if token.i + 1 < len(doc) else None
        contrast = (before.lower_ == "à" and doc[token.i - 2].lower_ == "quant") or (
            before.text == "," and after is not None and after.text == ",")
        if not contrast:
            continue
        subject = next((t for t in reversed(doc[token.sent.start:token.i - 1])
                        if t.dep_ in FRENCH_FILLED_SUBJECT_DEPS and t.pos_ in NOUN_TAGS),
                       None)
        if subject is None or subject.is_ancestor(token.head):
            continue
        if subject.head != token.head:  # hung on the auxiliary ("La mairesse a quant à")
            auxiliary = subject.head
            subject.head = token.head
            if auxiliary.i < token.head.i and not auxiliary.is_ancestor(token.head):
                auxiliary.head, auxiliary.dep_, auxiliary.pos_ = token.head, "aux:tense", "AUX"
        token.dep_ = "dep"


def widen_said_states(doc: Doc) -> None:
    """``Nathalie Roy se dit déçue du report de la bibliothèque``: ``se dire`` + an adjective
    says the subject's state, and the words after the adjective are its complement; the
    parse hangs them on ``dit``, so what was said was ``déçue`` alone (too short to keep)."""
    for i in word_indices(doc, LEMMA, lambda lemma: lemma == _DIRE):
        verb = doc[i]
        if not is_pronominal(verb):
            continue
        state = next((c for c in verb.children if c.dep_ == "xcomp" and c.i == verb.i + 1
                      and c.pos_ in ("ADJ", "VERB")), None)
        if state is None:
            continue
        for child in list(verb.children):
            if child.i > state.i and child.dep_.startswith("obl") \
                    and child.left_edge.i == state.right_edge.i + 1:
                child.head = state


def is_pronominal(verb: Token) -> bool:
    """``s’est félicitée``, ``se sont dits``, ``se dit déçue``: a verb with its reflexive
    pronoun before it (the model reads ``s’est félicitée`` as a passive, ``est`` its
    passive auxiliary)."""
    return any(c.lower_ in REFLEXIVES and c.i < verb.i for c in verb.children)
