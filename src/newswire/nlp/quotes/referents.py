"""What a doc names, in order: the people, organisations, groups and documents a later
pronoun (``she``, ``they``, ``it``) or description (``the senator``, ``the company``, ``the
same poll``) may point back to.

People and organisations come from the entities stage (its mentions carry character offsets,
so ``Stoltenberg`` at 812 is known to be ``Jens Stoltenberg``), with the model's own spans and
proper-noun subjects it missed as a fallback; groups and documents are noun-phrase subjects.
Each referent keeps its titles (``Sen.``, ``the mayor``, an appositive ``, a spokesman for``)
and the gender its first name, honorific or title suggests.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Literal

from spacy.tokens import Doc, Span, Token

from newswire.models import Entity, Field_, SpeakerKind
from newswire.nlp.quotes.gender import Gender, gender_of
from newswire.nlp.quotes.lexicon import ENGLISH, Lexicon
from newswire.nlp.quotes.mention_spans import entity_range, flat_name_end
from newswire.nlp.quotes.names import PersonNames
from newswire.nlp.quotes.phrases import phrase_kind, source_phrase

ReferentKind = Literal["person", "organization", "group", "document"]
QuotedFn = Callable[[int], bool]


#: What an entity type is as a speaker: a country or city speaks through its government.
ENTITY_KINDS: dict[str, ReferentKind] = {
    "PERSON": "person", "ORG": "organization", "GPE": "organization", "NORP": "group",
    "LAW": "document", "WORK_OF_ART": "document",
}
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "nsubj:pass"))  # the last one is French's (UD)
_TITLE_POS = frozenset(("PROPN", "NOUN", "ADJ", "PUNCT"))
_TITLE_WINDOW = 5  # words before a name that may hold its title: "NATO Secretary-General"
_HONORIFIC_WINDOW = 2
#: Tokens of a name's appositives read for its title. Longer ones are no title but a list
#: the parser chained ("Ann Lee, Bo Li, Cy Ma, ..."): only the words near their heads are
#: read, since reading the whole subtree for every name of a list of thousands is quadratic.
_APPOSITIVE_TOKENS = 40
_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp", "acl:relcl"))


@dataclass(frozen=True)
class Referent:
    """A person, organisation, group or document named at ``start`` (a character of the doc)."""

    start: int
    name: str
    kind: ReferentKind
    subject: bool
    main: bool = False  # the subject of its sentence's main clause, not of an embedded one
    entity_id: str | None = None
    titles: frozenset[str] = frozenset()
    gender: Gender | None = None
    plural: bool = False
    noun: str = ""  # the head noun's lemma of an unnamed referent: "partner" in "a partner at"
    place: bool = False  # a country or city (GPE): it speaks as an organisation, yet is none


def speaker_kind(label: str) -> SpeakerKind:
    """The speaker kind of an entity type (``unknown`` for dates, products, events ...)."""
    return ENTITY_KINDS.get(label, "unknown")


class EntityIndex:
    """The article's entities by the character offsets of their mentions, per field."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        spans: dict[str, list[tuple[int, int, Entity]]] = {}
        for entity in entities:
            for mention in entity.mentions:
                spans.setdefault(mention.field, []).append((mention.start, mention.end, entity))
        self._spans = {field: sorted(found, key=lambda s: s[:2]) for field, found in spans.items()}
        self._starts = {field: [s for s, _, _ in found] for field, found in self._spans.items()}

    def at(self, field: Field_, char: int) -> Entity | None:
        """The entity with a mention holding character ``char`` of ``field``."""
        starts = self._starts.get(field, [])
        at = bisect.bisect_right(starts, char) - 1
        while at >= 0:
            start, end, entity = self._spans[field][at]
            if start <= char < end:
                return entity
            if char - start > 200:  # no mention is that long: stop looking back
                return None
            at -= 1
        return None

    def mentions(self, field: Field_) -> list[tuple[int, int, Entity]]:
        """Every mention of ``field``, in text order."""
        return self._spans.get(field, [])


def referents_of(doc: Doc, field: Field_, entities: EntityIndex, naming: PersonNames,
                 quoted: QuotedFn, *, lexicon: Lexicon = ENGLISH) -> list[Referent]:
    """Everything ``doc`` names outside quotation marks, in text order."""
    found: list[Referent] = []
    covered: set[int] = set()
    for start, end, entity in entities.mentions(field):
        span = doc.char_span(start, end, alignment_mode="expand")
        kind = ENTITY_KINDS.get(entity.type)
        if span is None or kind is None or quoted(start):
            continue
        covered.update(range(span.start, span.end))
        found.append(_entity_referent(span, entity, kind, naming, lexicon))
    for token in doc:
        if token.i in covered or quoted(token.idx):
            continue
        if token.dep_ in SUBJECT_DEPS:
            referent = _subject_referent(token, naming, lexicon)
        else:
            referent = _introduced(token, lexicon)
        if referent is not None:
            found.append(referent)
    return sorted(found, key=lambda r: r.start)


def is_individual(token: Token, lexicon: Lexicon) -> bool:
    """A singular noun for one unnamed person (``partner``, ``official``), not a name's title
    (``Ann Lee, a partner``; ``Lee is a partner``)."""
    lemma = token.lemma_.lower()
    return (token.pos_ == "NOUN" and token.tag_ == "NN"
            and (lemma in lexicon.role_nouns or lemma in lexicon.group_nouns)
            and token.dep_ not in ("appos", "attr") and not _has_apposed_name(token))


def _has_apposed_name(token: Token) -> bool:
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)


def _introduced(token: Token, lexicon: Lexicon) -> Referent | None:
    """``a partner at the firm``: a person brought in unnamed, whom ``the partner`` and ``he``
    may point back to."""
    if not is_individual(token, lexicon) or not any(
            c.dep_ == "det" and c.lower_ in lexicon.indefinite for c in token.children):
        return None
    return Referent(token.idx, source_phrase(token, "group", lexicon), "group", False,
                    noun=token.lemma_.lower())


def _entity_referent(span: Span, entity: Entity, kind: ReferentKind, naming: PersonNames,
                     lexicon: Lexicon) -> Referent:
    root = span.root
    titles = titles_of(span, lexicon) | _role_words(entity.role, lexicon)
    name = entity.name
    gender: Gender | None = None
    if naming.is_person(name) or root.ent_type_ == "PERSON" or titles & lexicon.role_nouns:
        kind = "person"  # this mention reads as a person, whatever the entity's majority
    if kind == "person":
        gender = gender_of((name.split()[0], *titles, *honorifics_before(span)), lexicon)
        if " " not in name:
            name = naming.full_name(name, gender, (span.doc, span.start_char))
        gender = gender or naming.gender(name)
    plural = root.tag_ in ("NNS", "NNPS") or kind == "group"
    # "the other candidate on the stage, Hillary Clinton, drew": the name is the subject.
    clause_role = root.head if root.dep_ == "appos" and root.head.pos_ == "NOUN" else root
    topic = kind == "person" and is_fronted_viewpoint(root, lexicon)
    return Referent(span.start_char, name, kind, topic or clause_role.dep_ in SUBJECT_DEPS,
                    topic or is_main_subject(clause_role), entity.entity_id, titles, gender,
                    plural, place=kind == "organization" and entity.type == "GPE")


def _subject_referent(token: Token, naming: PersonNames, lexicon: Lexicon) -> Referent | None:
    """A subject the entities stage did not name: a proper noun, a group or a document."""
    if token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_:
        name = naming.full_name(name_text(token), at=(token.doc, token.idx))
        return Referent(token.idx, name, "person", True, is_main_subject(token),
                        gender=naming.gender(name))
    if token.pos_ != "NOUN" or _has_apposed_name(token):
        return None  # "the candidate, Hillary Clinton,": the name's referent stands for it
    kind = phrase_kind(token, lexicon)
    if kind is None:
        return None
    return Referent(token.idx, source_phrase(token, kind, lexicon), kind, True,
                    is_main_subject(token), plural=token.tag_ == "NNS" or kind == "organization",
                    noun=token.lemma_.lower())


def is_fronted_viewpoint(head: Token, lexicon: Lexicon) -> bool:
    """``For Ann Lee, the situation is new`` (``As for Ann Lee``, ``Pour Thomas Berger``): the
    name opens its sentence as whose view it gives, so the next ``he says`` is that person, as
    a subject would be."""
    doc = head.doc
    # English hangs the name on the preposition, French (UD) the preposition on the name.
    opener = head.head if head.dep_ == "pobj" else next(
        (c for c in head.children if c.dep_ == "case"), None)
    if opener is None or opener.lower_ not in lexicon.viewpoint or opener.i > head.i:
        return False
    first = opener  # "As for Trump, he said": "as" opens the sentence for "for"
    while first.i and doc[first.i - 1].lower_ in lexicon.viewpoint_leads:
        first = doc[first.i - 1]
    # The parser's sentences run on over line breaks: what precedes tells the opening.
    before = doc[first.i - 1] if first.i else None
    opens = before is None or first.is_sent_start or before.text in (".", "!", "?") \
        or "\n" in before.text_with_ws
    after = max(t.i for t in head.subtree) + 1
    return bool(opens) and after < len(doc) and doc[after].text == ","


def is_main_subject(token: Token) -> bool:
    """The subject of a sentence's main verb (or of one coordinated with it)."""
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def name_text(head: Token) -> str:
    """The name around a proper-noun head: its entity, or the head with its compound words
    (and, in French, the words of the name hung on it)."""
    doc = head.doc
    if head.ent_iob_ in ("B", "I"):
        return doc[slice(*entity_range(head))].text
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start:flat_name_end(head)].text


def honorifics_before(span: Span) -> list[str]:
    """``Mrs.`` in ``Mrs. Clinton``: the words just before a name (or its first word)."""
    doc = span.doc
    words = [doc[i].text for i in range(max(span.start - _HONORIFIC_WINDOW, 0), span.start)]
    return [*words, span[0].text]


def titles_of(span: Span, lexicon: Lexicon = ENGLISH) -> frozenset[str]:
    """Lower-cased words of a name's title: before it, or in apposition to it."""
    doc = span.doc
    root = span.root
    words: set[str] = set()
    i = span.start - 1
    while i >= 0 and span.start - i <= _TITLE_WINDOW and doc[i].pos_ in _TITLE_POS:
        if doc[i].text in (",", "(", ")", "“", "”", '"'):
            break
        words.add(doc[i].lemma_.lower())
        i -= 1
    appositives = [token for token in (root.head, *root.children)
                   if token.dep_ == "appos" or (root.dep_ == "appos" and token == root.head)]
    for appos in appositives:
        words.update(_own_words(appos, span))
    words.update(t.lower_.rstrip(".") for t in span if t.lower_.rstrip(".")
                 in lexicon.title_abbreviations)
    words.discard(root.lemma_.lower())
    return frozenset(_expanded(words, lexicon))


def _appositive(token: Token) -> Iterable[Token]:
    """The tokens of the appositive headed by ``token``; of a long one, those near its head."""
    first, last = token.left_edge.i, token.right_edge.i
    if last - first < _APPOSITIVE_TOKENS:
        return token.subtree
    half = _APPOSITIVE_TOKENS // 2
    return token.doc[max(first, token.i - half):min(last, token.i + half) + 1]


def _own_words(appos: Token, name: Span) -> set[str]:
    """The nouns of an appositive that describe the name, not another person named in it or
    a clause on it: ``a staff member for Maryland Republicans such as former Gov. Bob
    Ehrlich`` gives ``staff member ...``, not Ehrlich's ``governor``."""
    words = set()
    for token in islice(_appositive(appos), _APPOSITIVE_TOKENS):
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        node, steps = token, 0
        # A chained list is deep: the walk up is bounded like the tokens read.
        while node != appos and not _foreign(node, name) and steps < _APPOSITIVE_TOKENS:
            node, steps = node.head, steps + 1
        if node == appos and not _foreign(appos, name):
            words.add(token.lemma_.lower())
    return words


def _foreign(token: Token, name: Span) -> bool:
    """A word of another person's name, or the head of a clause (``who said ...``)."""
    return (token.dep_ in _CLAUSE_DEPS
            or (token.ent_type_ in ("PERSON", "PER") and not name.start <= token.i < name.end))


def _role_words(role: str | None, lexicon: Lexicon) -> frozenset[str]:
    if not role:
        return frozenset()
    return frozenset(_expanded({w.lower() for w in role.replace("-", " ").split()}
                               | {role.lower()}, lexicon))


def _expanded(words: set[str], lexicon: Lexicon) -> set[str]:
    """Title words with their abbreviations spelt out: ``sen.`` -> ``senator``."""
    out = set(words)
    for word in words:
        full = lexicon.title_abbreviations.get(word.rstrip("."))
        if full is not None:
            out.add(full)
    return out
