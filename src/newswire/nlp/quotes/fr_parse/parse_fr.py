"""A spaCy component after the French parser: the pronoun of an inverted cue is its subject.

French reports speech with the verb first: ``a-t-elle ajouté``, ``explique-t-il``, ``dit-on``.
``fr_core_news_sm`` tags that ``-elle`` as ``X``, attaches ``-il`` as ``dep``, hangs it on the
quote's own verb or makes it the root, and takes the verb before it for a noun or an
adjective (``juge-t-il``, ``raconte-t-elle``), so the cue would have no speaker; this makes
the word the pronoun is hyphened to a verb (the participle, after ``a-t-``) and the pronoun
what the quote rules look for, a ``PRON`` that is the ``nsubj`` of that verb (the speaker is
then resolved like ``il``).  The model
also takes an elided article for the noun (``a affirmé l’entourage de la ministre``: ``l’``
the subject, ``entourage`` an object): the noun after it takes its place.  A ``que`` clause
the parse hung off a verb of saying is hung back on it (:mod:`.clauses_fr`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.parse_labels import (
    FRENCH_SUBJECT_DEPS,
    NOUN_TAGS,
    PERSON_LABELS,
    VERB_TAGS,
)
from newswire.nlp.quotes.fr_parse.active_subjects_fr import is_active_subject
from newswire.nlp.quotes.fr_parse.aside_subjects_fr import subjects_before_asides
from newswire.nlp.quotes.fr_parse.bare_subjects_fr import give_bare_subjects
from newswire.nlp.quotes.fr_parse.clauses_fr import (
    appose_closing_names,
    appose_names_after_roles,
    appose_names_to_roles,
    give_lost_subjects,
    give_on_its_source,
    give_sides_their_on,
    hang_que_clauses,
    is_pronominal,
    unsubject_stressed_pronouns,
    widen_said_states,
)
from newswire.nlp.quotes.fr_parse.clitic_y_fr import lift_over_clitic_y
from newswire.nlp.quotes.fr_parse.colon_verbs_fr import verbs_before_colons
from newswire.nlp.quotes.fr_parse.conjoined_quotes_fr import join_verb_after_a_quotation
from newswire.nlp.quotes.fr_parse.contacted_fr import subject_after_contact
from newswire.nlp.quotes.fr_parse.implied_fr import laisser_of_entendre
from newswire.nlp.quotes.fr_parse.incise_openings_fr import CLOSING_MARKS, opens_incise
from newswire.nlp.quotes.fr_parse.incise_places_fr import subject_past_incise_places
from newswire.nlp.quotes.fr_parse.infinitive_claims_fr import InfinitiveClaims
from newswire.nlp.quotes.fr_parse.nominal_adjectives_fr import noun_of_an_adjective_subject
from newswire.nlp.quotes.fr_parse.nouns_read_as_verbs_fr import is_paper, nouns_after_articles
from newswire.nlp.quotes.fr_parse.own_part_asides_fr import verbs_past_own_part_asides
from newswire.nlp.quotes.fr_parse.que_clauses_fr import join_que_clauses
from newswire.nlp.quotes.fr_parse.reflexive_incises_fr import subject_reflexive_incises
from newswire.nlp.quotes.fr_parse.said_verbs_fr import (
    NAME_DEPS,
    speaking_of_a_quotation,
    verb_before_a_quotation,
    verb_before_its_infinitive,
    verb_before_its_object,
    verb_of_a_verbless_sentence,
    verb_of_the_sentence,
)
from newswire.nlp.quotes.fr_parse.sentences_fr import join_cut_sentences
from newswire.nlp.quotes.lexicon_fr import AUXILIARIES, FRENCH, INVERTED_PERSONS, QUE, SPEECH_FORMS
from newswire.nlp.quotes.unnamed.one_of_fr import is_one_of_them

__all__ = ["COMPONENT", "mark_inverted_subjects"]

COMPONENT = "newswire_french_inversion"
_INVERTED = INVERTED_PERSONS | {"-on"}  # "dit-on": a subject all the same
_EUPHONIC_T = "-t"
_PARTICIPLE_TAGS = frozenset(("VERB", "ADJ"))  # "a-t-elle soutenu": ADJ to the model
_ELIDED_ARTICLES = frozenset(("l’", "l'"))
#: "Me" (maître), a lawyer's title, which the model reads as a common noun.
_LAWYER_TITLES = frozenset(("Me", "Maître"))
#: "faire valoir que", "faire savoir que": a verb of saying made with "faire".
_SAID_WITH_FAIRE = frozenset(("valoir", "savoir"))
#: Nouns that may be the subject of an incise: ``précise la société``, ``a indiqué le maire``.
_SOURCE_NOUNS = FRENCH.org_nouns | FRENCH.group_nouns | FRENCH.role_nouns


@Language.component(COMPONENT)
def mark_inverted_subjects(doc: Doc) -> Doc:
    """Make every inverted subject pronoun the subject of the verb it follows."""
    join_cut_sentences(doc, SPEECH_FORMS)  # "Interrogée par Le Soir || , la ministre"
    nouns_after_articles(doc)  # "a lâché le manager": "manager" no verb
    subject_after_contact(doc)  # "Joint par téléphone, X estime": X, not "Joint"
    for token in doc:
        lift_over_clitic_y(token)  # "La Fédération y déplore que": "déplore" a word of "y"
        noun_of_an_adjective_subject(token)  # "prévient l'intersyndicale": ADJ to the tagger
        if token.lower_ == _EUPHONIC_T and token.dep_.startswith("nsubj"):
            token.dep_ = "dep"  # the "-t-" of "a-t-il" is a sound, never a subject
        elif token.lower_ in _INVERTED:
            _subject_of_verb_before(token)
        elif token.lower_ in _ELIDED_ARTICLES and token.pos_ != "DET":
            _article_of_next_noun(token)
        elif token.text in _LAWYER_TITLES and token.i + 1 < len(doc) \
                and doc[token.i + 1].ent_type_ in PERSON_LABELS:
            _title_of_name(token)
        elif token.pos_ != "VERB" and token.lower_ in SPEECH_FORMS and (
                opens_incise(token) or _says_that(token)):
            token.pos_ = "VERB"  # "», déplore Karine Dubé", "X soutient que": not a verb to it
            verb_of_the_sentence(token)
            _inverted_subject(token)
        elif token.lower_ in SPEECH_FORMS and opens_incise(token):
            _inverted_subject(token)
        elif token.lower_ in SPEECH_FORMS and token.dep_ in NAME_DEPS:
            verb_of_the_sentence(token)  # "Le syndicat ... maintient que"
            verb_of_a_verbless_sentence(token)  # "Bercy juge la demande « ... »"
            verb_before_its_object(token)  # "Le courrier évoque une proposition"
            verb_before_a_quotation(token)  # "Le texte dénonce « ... »", the mark the root
        elif token.lower_ in _SAID_WITH_FAIRE and token.i > 0 \
                and doc[token.i - 1].lemma_ == "faire":
            # "a fait valoir que", "fait savoir": "fait" says, its infinitive is part of it
            _said_with_faire(doc[token.i - 1], token)
        elif (laisser := laisser_of_entendre(token)) is not None:
            _said_with_faire(laisser, token)  # "a laissé entendre que": implies
        elif (token.dep_ == "nsubj:pass" and is_pronominal(token.head)) \
                or is_active_subject(token):
            # "Anticor s’est félicitée", "Il a toutefois averti que": no passive, they speak
            token.dep_ = "nsubj"
    subject_reflexive_incises(doc)  # "», s'indigne X": X, not "s'" or the quote's word
    subject_past_incise_places(doc)  # "", a confié à l'AFP X": X
    _mend_verbs_of_saying(doc)
    verbs_past_own_part_asides(doc)  # "X a de son côté dénoncé « ... »": X, not "côté"
    subjects_before_asides(doc)  # "X, qui ..., a indiqué que": X, not the aside, says
    hang_que_clauses(doc)
    join_que_clauses(doc)
    give_lost_subjects(doc)
    give_bare_subjects(doc)  # "Des sources au sein du CNIA indiquent": an obl:mod to it
    give_sides_their_on(doc)
    appose_closing_names(doc)
    appose_names_to_roles(doc, FRENCH.role_nouns)
    appose_names_after_roles(doc, FRENCH.role_nouns)
    give_on_its_source(doc)
    unsubject_stressed_pronouns(doc)
    widen_said_states(doc)
    verbs_before_colons(doc)  # "Sa présidente, Sylvie Carpentier, résume : « »": left a noun
    return doc


def _mend_verbs_of_saying(doc: Doc) -> None:
    """Second pass, once every inverted subject is found: incises after their clause, and a
    verb of saying the parse hung on the infinitive after it."""
    claims = InfinitiveClaims(doc)
    for token in doc:
        if token.lower_ in SPEECH_FORMS:
            if token.pos_ in VERB_TAGS:
                _incise_after_clause(token)  # "affirme-t-on": an auxiliary to the model
            verb_before_its_infinitive(token)  # "disent avoir recueilli": an adverb to it
            claims.mend(token)  # "affirment n'avoir jamais reçu"
            join_verb_after_a_quotation(token)  # "évoque « A » et recommande de « B »"
        speaking_of_a_quotation(token)  # "a parlé d'un « abandon pur et simple »"


def _title_of_name(title: Token) -> None:
    """``Son avocat, Me Thomas Ferrand,``: ``Me`` is a title, not a noun, and the name after
    it is the title's ``flat:name`` as after ``M.`` (``Selon Me Roy``: an ``nmod`` to the
    model, so ``Me`` named nobody)."""
    title.pos_ = "PROPN"
    name = title.doc[title.i + 1]
    if name.head == title:
        name.dep_ = "flat:name"


def _inverted_subject(verb: Token) -> None:
    """``», a affirmé sa porte-parole, Geneviève Lachapelle``: the source after the verb of
    an incise, which the parse takes for its object, is its subject (so a later ``elle``
    finds her as the one who spoke)."""
    subjects = [c for c in verb.children if c.dep_ in FRENCH_SUBJECT_DEPS]
    if not opens_incise(verb) or any(c.i > verb.i for c in subjects):
        return
    subject = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
    if subject is not None and _names_a_source(subject):
        for quoted in subjects:  # a word of the quotation the parse made its subject
            quoted.dep_ = "dep"
        subject.dep_ = "nsubj"


def _said_with_faire(faire: Token, infinitive: Token) -> None:
    """``fait`` of ``a fait valoir que`` is the verb of saying; the infinitive is part of it
    and what it says hangs on ``fait``."""
    faire.pos_, faire.lemma_ = "VERB", "affirmer"
    if infinitive.is_ancestor(faire):  # the parse made the infinitive the head: swap them
        faire.head, faire.dep_ = ((faire, "ROOT") if infinitive.head == infinitive
                                  else (infinitive.head, infinitive.dep_))
    for child in list(infinitive.children):
        child.head = faire
    infinitive.head, infinitive.dep_, infinitive.pos_ = faire, "aux", "AUX"
    _inverted_subject(faire)  # "», fait valoir le maire"


def _incise_after_clause(verb: Token) -> None:
    """``Aucune station ne fermera, a-t-elle assuré.``, ``Les tarifs augmenteront, précise la
    société.``: a verb of saying after a comma that closes its sentence with its subject
    after it (an inverted pronoun, or a source's noun the parse may take for an object) is
    an incise, which UD calls ``parataxis``: the clause before it is what was said (the
    parse made the verb a conjunct or a modifier of that clause)."""
    doc = verb.doc
    before = verb.i - 1
    while before > 0 and (doc[before].lower_ in AUXILIARIES or doc[before].lower_ == "-t"
                          or doc[before].lower_ in _INVERTED):
        before -= 1
    if verb.dep_ in ("ROOT", "parataxis") or verb.head.i >= verb.i or before < 1 \
            or doc[before].text != "," or doc[before - 1].text in CLOSING_MARKS:
        return
    subject = next((c for c in verb.children if c.lower_ in _INVERTED or (
        c.i > verb.i and c.dep_ in ("nsubj", "obj"))), None)
    if subject is None or any(c.lower_ in QUE or c.dep_ == "ccomp" for c in verb.subtree) \
            or not _names_a_source(subject):
        return
    subject.dep_, verb.dep_, verb.pos_ = "nsubj", "parataxis", "VERB"


def _names_a_source(word: Token) -> bool:
    """An inverted pronoun, a name (or a noun with its name: ``l’ingénieur Marc Roy``), or a
    noun of a person, group or organisation."""
    named = [word, *(c for c in word.children if c.dep_ in ("appos", "flat:name"))]
    # Labels are newswire's: the labels component (run before this one) made the model's
    # ``PER`` a ``PERSON``; a name the model tags NOUN is a source by its label alone.
    return word.lower_ in _INVERTED or word.lemma_.lower() in _SOURCE_NOUNS or any(
        t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in named) \
        or is_one_of_them(word)  # "», résume l'un d'eux": one of a group just told


def _says_that(token: Token) -> bool:
    """A form of a verb of saying with a subject or a ``que`` right after it."""
    doc = token.doc
    if is_paper(token):
        return False  # "dans un communiqué que": the paper, its verb said before it
    return (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in QUE) or any(
        c.dep_ == "nsubj" and c.i < token.i for c in token.children)


def _subject_of_verb_before(pronoun: Token) -> None:
    """Make ``pronoun`` the subject of the verb it is hyphened to (past a ``-t``)."""
    doc = pronoun.doc
    before = pronoun.i - 1
    if before >= 0 and doc[before].lower_ == _EUPHONIC_T:
        before -= 1
    if before < 0 or not doc[before].is_alpha or not doc[before].is_lower:
        return
    verb = doc[before]
    after = doc[pronoun.i + 1] if pronoun.i + 1 < len(doc) else None
    if verb.pos_ == "AUX" and after is not None and (
            after.pos_ in _PARTICIPLE_TAGS or after.lower_ in SPEECH_FORMS):
        verb = after  # "a-t-il dit": the participle after the pronoun speaks (not "y a-t-il un")
    if verb.pos_ not in VERB_TAGS:
        verb.pos_ = "VERB"  # "juge-t-il", "a-t-elle soutenu": only a verb is inverted so
    if pronoun.is_ancestor(verb):  # the parse made the pronoun the verb's head
        verb.head, verb.dep_ = ((verb, "ROOT") if pronoun.head == pronoun
                                else (pronoun.head, pronoun.dep_))
    pronoun.head, pronoun.dep_, pronoun.pos_ = verb, "nsubj", "PRON"


def _article_of_next_noun(article: Token) -> None:
    """Give the noun after a mistagged ``l’`` the article's place in the parse."""
    doc = article.doc
    if article.i + 1 >= len(doc) or article.dep_ == "ROOT":
        return
    noun = doc[article.i + 1]
    head = article.head
    if noun.pos_ not in NOUN_TAGS or head == noun or noun.is_ancestor(head):
        return
    noun.head, noun.dep_ = head, article.dep_
    article.head, article.dep_, article.pos_ = noun, "det", "DET"
