"""The person a role description names by the article's titles: ``the senator`` is whoever
the article titles senator; ``Trump’s campaign manager says ...`` is the person the next
sentence introduces.  Pure lookups over a doc's :class:`~.salience.Trail`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.doc_texts import text_of
from newswire.nlp.entities.words.names import HONORIFICS
from newswire.nlp.quotes.base.noun_articles import has_indefinite_article
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.base.sentence_index import sentence_start, sentences
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.resolution.salience import Trail, pick
from newswire.nlp.quotes.roles.offices import OTHER_OFFICE_WORDS
from newswire.nlp.quotes.unnamed.phrases import party_marks

__all__ = ["bare_role_holder", "in_lead", "lede_person", "named_next", "titled",
           "titled_between", "titled_later"]

_HONORIFICS = frozenset(h.lower().rstrip(".") for h in HONORIFICS)  # "Mr", "Sir": no role
#: ... but ``the former president`` may be the one the article titles ``President Bush``.
_PAST = frozenset(("former", "ex"))
#: Role nouns a title says otherwise: ``his physician`` is the ``Dr.`` introduced next, ``a
#: judge`` the ``Justice`` (Canadian and British judges are titled so); in French
#: ``l'avocate`` is the ``Me`` (maître) named before, ``le médecin`` the ``Dr``.
_SAME_ROLE = {"physician": "doctor", "surgeon": "doctor", "judge": "justice",
              "avocat": "maître", "avocate": "maître", "médecin": "docteur",
              # court reports: ``le parquetier`` is the prosecutor named before
              "parquetier": "procureur", "parquetière": "procureure"}
#: ... and a bare one, with no word beside it: ``a soutenu le conseil`` after ``Son avocat,
#: Me Aliou Badara Cissé``, is the lawyer (``le conseil municipal`` is a council).
_BARE_SAME_ROLE = {"conseil": "maître"}
_SET_OFF_CLAUSES = frozenset(("acl:relcl", "relcl"))


def titled(head: Token, lemma: str, trail: Trail, *, earlier_only: bool = False,
           by_place: bool = True) -> Referent | None:
    """The person titled ``lemma`` (``the Wisconsin Republican``: with its place too), named
    before ``head`` if any, else (unless ``earlier_only``) after it."""
    marks = party_marks(head)  # "the Wisconsin Republican": Wisconsin must be theirs too
    office = _other_office(head)  # "the deputy mayor" is not the mayor, nor the reverse
    roles = _roles(lemma, head)
    people = [r for r in trail.referents if r.kind == "person" and roles & r.titles
              and marks <= r.titles and _same_office(r.titles & OTHER_OFFICE_WORDS, office)
              and not (r.gender == "m" and _feminine(head))]
    places = _place_marks(head) if by_place else frozenset()  # "the Florida senator"
    if places and people and not any(places <= r.titles for r in people):
        return None  # no titled one is of that place: the nearer person stands for it
    people = [r for r in people if places <= r.titles] if places else people
    earlier = [r for r in people if r.start < head.idx]
    return pick(earlier or ([] if earlier_only else people))


def bare_role_holder(head: Token, lemma: str, trail: Trail) -> Referent | None:
    """``le conseil`` alone, a word an organisation's noun too: the person titled by the role
    it stands for (``Me``) named before ``head``, else nobody (the organisation rules read it)."""
    if lemma not in _BARE_SAME_ROLE or not _bare(head):
        return None
    return titled(head, lemma, trail, earlier_only=True)


def _roles(lemma: str, head: Token) -> set[str]:
    """The titles a person holding the role ``lemma`` may bear: ``judge`` and ``Justice``;
    and the word as written (the French lemmatiser gives ``mairesse`` the lemma ``maire``)."""
    same = _SAME_ROLE.get(lemma) or (_BARE_SAME_ROLE.get(lemma) if _bare(head) else None)
    return {lemma, same or lemma, head.lower_}


def _bare(head: Token) -> bool:
    """Whether ``head`` has no word beside its determiners (``le conseil``, not ``le conseil
    municipal``): only then a :data:`_BARE_SAME_ROLE` noun stands for a role. A clause set
    off after it says what the lawyer did, not which council (``a soutenu le conseil, qui a
    rappelé que sa cliente ...``)."""
    return all(c.dep_ == "det" or (c.dep_ in _SET_OFF_CLAUSES and _set_off(c))
               or (c.text == "," and c.i > head.i) for c in head.children)


def _set_off(clause: Token) -> bool:
    """Whether a comma stands right before ``clause``'s first word."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text == ","


def _feminine(head: Token) -> bool:
    """``la réalisatrice``: a French noun of a woman's office is no man titled
    ``réalisateur`` (a masculine office noun may still be a woman's: ``le ministre``)."""
    return head.morph.get("Gender", []) == ["Fem"] and head.lower_ != head.lemma_.lower()


def _other_office(head: Token) -> frozenset[str]:
    """The words of ``head``'s description that make it another office (``former``)."""
    return frozenset(c.lemma_.lower() for c in head.children
                     if c.dep_ in ("amod", "compound")) & OTHER_OFFICE_WORDS


def _place_marks(head: Token) -> frozenset[str]:
    """``Florida`` in ``the Florida senator``: capitalised words before an office noun."""
    if head.text[:1].isupper():
        return frozenset()  # "the Wisconsin Republican": party_marks reads those
    return frozenset(c.lemma_.lower() for c in head.children
                     if c.dep_ in ("compound", "amod") and c.text[:1].isupper()
                     and c.ent_type_ in ("GPE", "LOC", "NORP"))


def _same_office(title: frozenset[str], described: frozenset[str]) -> bool:
    return not title - described and not described - _PAST - title


def titled_between(head: Token, lemma: str, start: int, trail: Trail) -> bool:
    """Whether a person titled ``lemma`` is named between ``start`` and ``head``."""
    return bool(trail.before(head.idx, head.idx - start, lambda r: (
        r.kind == "person" and bool(_roles(lemma, head) & r.titles))))


def named_next(head: Token, lemma: str, trail: Trail, *,
               past_marks: bool = False) -> Referent | None:
    """``Trump’s campaign manager says ... ¶ Corey Lewandowski, in a statement, said``: the
    person the next sentence names first, when the article names them there for the first
    time and gives them no other role. ``past_marks``: past a sentence of marks only (the
    lede's closing mark, ``"\n``); not for a role noun, whose quote ending its paragraph
    is followed as often by another source (``a teacher said "..." ¶ X, a parent, said``)."""
    doc = head.doc
    if head.sent.end >= len(doc):
        return None
    following = doc[head.sent.end].sent
    while past_marks and not any(t.is_alpha for t in following) and following.end < len(doc):
        following = doc[following.end].sent  # a closing mark the parser set apart ('"\n')
    if not any(t.pos_ in ("VERB", "AUX") for t in following):
        return None  # a byline ("Danielle Ferrand-Okafor · CBC News") introduces nobody
    people = trail.before(following.end_char, following.end_char - following.start_char,
                          lambda r: r.kind == "person")
    if not people:
        return None
    first = people[0]
    if first.lone:
        return None  # a vox pop's first name (:mod:`.first_named_fr`) holds no role
    # Any description of their own ("Michael Morton, an analyst at MoffettNathanson") that
    # is not this role says the next person is someone else, not the one unnamed.
    described = first.titles - _HONORIFICS
    if (described and not _roles(lemma, head) & described) or trail.before(
            head.idx, head.idx + 1, lambda r: r.name == first.name):
        return None  # someone else's role, or a person named before: not introduced here
    return first


def lede_person(head: Token, trail: Trail, lexicon: Lexicon) -> Referent | None:
    """``A retired schoolteacher ... told a Brampton courtroom ... ¶ Lucia Fernandes, 68,
    was the first buyer to testify``: the anonymous lede. A news story may open on one
    unnamed person (an indefinite article, a singular noun no role list holds) and name
    them in full at the start of the next paragraph; that person (:func:`named_next`). Only
    in the lead (the body's first sentence, or its second after a deck): further down, ``a
    driver said`` is often someone the article never names."""
    if head.tag_ != "NN" or not has_indefinite_article(head, lexicon):
        return None
    person = named_next(head, head.lemma_.lower(), trail, past_marks=True) \
        if in_lead(head) else None
    # The lede's convention: the next paragraph names them in full ("a man yelled ...
    # Boos got louder" names nobody), and says who they are (``_introduces``).
    if person is None or len(person.name.split()) < 2 \
            or "\n" not in text_of(head.doc)[head.sent.end_char:person.start] \
            or not _introduces(head.doc, person):
        return None
    return person


def _introduces(doc: Doc, person: Referent) -> bool:
    """Whether ``person`` opens its paragraph in a sentence that says who they are (``Lucia
    Fernandes, 68, was the first buyer to testify``: ``be`` its root). A crime or court
    report's next paragraph as often names someone else first: the suspect (``Police named
    the suspect as X``, ``X, 42, was charged``), the victim (``X died at the scene``) or
    another witness (``X, whose son attends the school, said``)."""
    text = text_of(doc)
    if text[text.rfind("\n", 0, person.start) + 1:person.start].strip():
        return False
    name = next((t for t in doc if t.idx >= person.start), None)
    return name is not None and name.sent.root.lemma_ == "be"


def in_lead(head: Token) -> bool:
    """Whether at most one sentence with a verb (a deck) comes before ``head``'s."""
    verbed, own = 0, sentence_start(head)
    for sent in sentences(head.doc):
        if sent.start >= own or verbed > 1:  # past two such sentences, no more to count
            break
        verbed += any(t.pos_ in ("VERB", "AUX") for t in sent)
    return verbed <= 1


def titled_later(head: Token, lemma: str, trail: Trail) -> Referent | None:
    """``... after a judge said ...`` in the lead, ``Judge Miranda Ashworth`` further on:
    the one person the article titles ``lemma`` after ``head`` (nobody when it titles
    several).  Only in the lead, which names a role first and the person later; an ``a
    spokesman said`` further down is often someone the article never names."""
    # English: also a lede after a deck ("after a judge said", below a standfirst).
    if sentence_start(head) != 0 and not (head.lang_ == "en" and in_lead(head)):
        return None
    later = [r for r in trail.referents if r.kind == "person" and r.start > head.idx
             and _roles(lemma, head) & r.titles]
    return later[0] if len({r.name for r in later}) == 1 else None
