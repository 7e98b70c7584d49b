"""People's full names in one article, so a surname or a first name finds the person.

``Stoltenberg`` -> ``Jens Stoltenberg``: the most frequent full name of the article ending
with that word (before a ``Jr.`` or ``IV``: ``Pate`` -> ``Luther Stan Pate IV``); with a
gender hint (``Mrs. Clinton``) only a name of that gender counts (else one of none known).
``Ban`` -> ``Ban Ki-moon``: a word that starts exactly one full name, when no name ends
with it.  A name the model read with a common word in front (``Team Clinton``, a
sentence's ``Neither Cruz``) is no full name when the article names a person with that
surname for sure.  Namesakes of different gender (Hillary and Bill Clinton) are told apart
by the first ``he``/``she``/``her`` after the surname in its sentence.  A namesake the
article brings in as someone's relative (``his father, Pierre Trudeau``, ``His wife,
Marlene``) leaves the lone surname to the other, unless just named in full.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from newswire.models import Entity
from newswire.nlp.doc_texts import text_of
from newswire.nlp.entities.clustering.clusters import not_a_person
from newswire.nlp.entities.organisations.land_bodies import is_land_body
from newswire.nlp.entities.organisations.officers import officered_in
from newswire.nlp.entities.spans.retype import ends_in_acronym
from newswire.nlp.quotes.base.gender import Gender, gender_of, name_gender, pronoun_gender
from newswire.nlp.quotes.base.mention_spans import word_at
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS
from newswire.nlp.quotes.base.word_arrays import lower_case_words
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.marked.mark_sets import DOUBLE_MARK_TOKENS
from newswire.nlp.quotes.resolution.namesakes import (
    age_before,
    honorific_genders,
    relative_speaking,
)
from newswire.nlp.quotes.resolution.written_names import (
    MAX_NAME_WORDS,
    entity_names_written,
    is_common,
    written_in_full,
)
from newswire.nlp.quotes.roles.kin import relatives_and_parents

__all__ = ["PersonNames", "owned_person"]

_STRIP_PREFIXES = ("the ", "The ")


class PersonNames:
    """The full person names of an article, by their last and first words."""

    def __init__(self, docs: Sequence[Doc], entities: Sequence[Entity],
                 lexicon: Lexicon = ENGLISH) -> None:
        self.lexicon = lexicon
        counts: Counter[str] = Counter()
        # Where each doc writes a full name, for a lone surname to take the latest before it.
        self._written: dict[int, list[tuple[int, str]]] = {}
        by_entities = entity_names_written(docs, entities)
        for doc in docs:
            people = [(e.start_char, _bare(e.text)) for e in doc.ents if e.label_ == "PERSON"]
            counts.update(name for _, name in people)
            self._written[id(doc)] = sorted({(at, name) for at, name in [
                *people, *((at, _bare(n)) for at, n in by_entities.get(id(doc), []))]
                if " " in name})
        for entity in entities:
            if entity.type == "PERSON" or _looks_personal(entity.name, lexicon):
                counts[_bare(entity.name)] += max(entity.count, 1)
            elif (owned := owned_person(entity.name, lexicon)) is not None:
                counts[owned] += max(entity.count, 1)  # "Fox News’ Sean Hannity", one ORG
        texts = [text_of(doc) for doc in docs]  # joined once, not once an organisation
        bodies = {e.name for e in entities if e.type == "ORG" and (is_land_body(e.name.split())
                  or officered_in(e.name, texts))}  # bodies: "Creative Scotland", "X founder Y"
        full = {n: c for n, c in counts.items()
                if len(n.split()) >= 2 and all(w[:1].isupper() for w in n.split())
                and not not_a_person(n.split()) and n not in bodies  # "Dublin Bus"
                and not ends_in_acronym(n)}  # "Surrey RCMP"
        lone_orgs = {e.name.lower() for e in entities if e.type == "ORG" and " " not in e.name
                     and not e.name.isupper()}
        full.update(written_in_full(docs, counts, full, lexicon, lone_orgs))
        nobody = _no_ones(full, lexicon)
        full = {n: c for n, c in full.items() if n not in nobody}
        relatives, parents = relatives_and_parents(docs, lexicon)  # one read of the kin nouns
        self._relatives, in_passing = _relatives(relatives, full, lexicon)
        self._parents = _relatives(parents, full, lexicon)[0]
        # A relative named in passing ("his father, Pierre Trudeau,") is no fresh full name.
        self._written = {doc: [(at, n) for at, n in written
                               if n not in nobody and (doc, at) not in in_passing]
                         for doc, written in self._written.items()}
        self._full = {n.lower() for n in full}
        self._people = {_bare(e.name).lower() for e in entities if e.type == "PERSON"}
        self._honoured = honorific_genders(docs, lexicon)
        # With no table of the language's lower-case words (English has one), the article's
        # own: "Hôpital :" heads a French headline, "l'hôpital voisin" is in its body.
        self._lower = set() if lexicon is ENGLISH else lower_case_words(docs)
        self._by_last: dict[str, list[tuple[int, str, Gender | None]]] = {}
        self._by_first: dict[str, list[str]] = {}
        for name, count in full.items():
            words = name.split()
            # Only the short list here: a namesake's rarer first name (``Freddy Trump``) made
            # known would take ``Mr. Trump`` from the one the hint meant (bench, train 1-400).
            gender = gender_of(words[:1], lexicon)
            self._by_last.setdefault(self._surname(words), []).append((count, name, gender))
            self._by_first.setdefault(words[0].lower(), []).append(name)

    def _surname(self, words: list[str]) -> str:
        """The last word of a name before ``Jr.`` or ``IV``, lower-cased."""
        while len(words) > 2 and words[-1].lower().rstrip(".,") in self.lexicon.name_suffixes:
            words = words[:-1]
        return words[-1].lower()

    def gender(self, name: str) -> Gender | None:
        """What the article says of a person's gender: a first name, or ``Mrs. Surname``."""
        words = _bare(name).split()
        if not words:
            return None
        return (name_gender(" ".join(words), (), self.lexicon)
                or self._honoured.get(self._surname(words)))

    def is_person(self, name: str) -> bool:
        """Whether ``name`` is a person of the article, whatever type the entity got.

        ``Mark Cuban`` stays a person when most of his mentions (``Cuban``) were read as a
        nationality.
        """
        bare = _bare(name)
        return (bare.lower() in self._full or _looks_personal(bare, self.lexicon)
                or (" " not in bare and self.full_name(bare) != bare))

    def is_named_person(self, name: str) -> bool:
        """:meth:`is_person`, or a person the entities stage named so whole (``Catriona Mac
        an t-Sagairt``: a particle's lower case keeps such a name out of the full names)."""
        return self.is_person(name) or _bare(name).lower() in self._people

    def is_common(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a word of the language rather than a name."""
        return is_common(word, self.lexicon) or word in self._lower

    def knows(self, surface: str) -> bool:
        """Whether ``surface`` is a full name of the article or a word that finds one."""
        return self.full_name(surface) != _bare(surface) or any(
            name == surface for names in self._by_first.values() for name in names)

    def full_name(self, surface: str, gender: Gender | None = None,
                  at: tuple[Doc, int] | None = None) -> str:
        """The article's full form of a person's name: ``Mrs. Clinton`` -> ``Hillary Clinton``.

        When several people share the surname, the one written in full last before ``at``
        (a doc and a character of it) is meant: ``Bill Clinton spoke ... Clinton said``;
        else the one written most often.
        """
        words = _bare(surface).split()
        while len(words) > 1 and words[0].lower().rstrip(".") in self.lexicon.honorifics:
            gender = gender or gender_of(words[:1], self.lexicon)
            words = words[1:]
        name = " ".join(words)
        if len(words) != 1:
            return name
        key = name.lower()
        named = self._by_last.get(key, [])
        if gender is None and at is not None and len({c[2] for c in named}) > 1:
            gender = self._pronoun_after(*at)  # "Clinton has to keep her support": Hillary
        if gender is not None:  # "Mr. Trump": Donald before Ivana, a first name not known
            named = [c for c in named if c[2] == gender] or [c for c in named if c[2] is None]
        if len(named) > 1 and at is not None and (age := age_before(*at)) is not None:
            # "the elder Quintal" after "His father, Eduardo Quintal": the parent; "the
            # younger Quintal": not the parent.
            named = [c for c in named if (c[1] in self._parents) == (age == "elder")] or named
        if len(named) > 1:  # "his father, Pierre Trudeau": the surname stays the son's
            named = [c for c in named if c[1] not in self._relatives
                     or (at is not None and self._just_written(c[1], *at))] or named
        if len(named) > 1 and at is not None:
            latest = self._latest({c[1] for c in named}, *at)
            if latest is not None:
                return latest
        if named:
            return max(named, key=lambda c: (c[0], c[1]))[1]
        firsts = self._by_first.get(key, [])
        return firsts[0] if len(firsts) == 1 and not self._by_last.get(key) else name

    def _pronoun_after(self, doc: Doc, char: int) -> Gender | None:
        """The gender of the first personal pronoun after the name at ``char`` in its
        sentence, before any other person or quotation mark: the name's own."""
        name = word_at(doc, char)
        if name is None:
            return None
        for token in doc[name.i + 1:name.sent.end]:
            if token.text in DOUBLE_MARK_TOKENS or (
                    token.ent_iob_ == "B" and token.ent_type_ in PERSON_LABELS):
                return None
            gender = pronoun_gender(token.lower_, self.lexicon)
            if gender is not None:
                return gender
        return None

    def _just_written(self, name: str, doc: Doc, char: int) -> bool:
        """Whether ``name`` is written in full in the sentence of ``char`` or the one before
        (``Bill Clinton spoke with voters ... Clinton said``)."""
        word = word_at(doc, char)
        if word is None:
            return False
        sentence = word.sent
        since = doc[sentence.start - 1].sent.start_char if sentence.start else 0
        return any(since <= at < char and written == name
                   for at, written in self._written.get(id(doc), []))

    def _latest(self, names: set[str], doc: Doc, char: int) -> str | None:
        written = self._written.get(id(doc), [])
        return next((name for start, name in reversed(written)
                     if start < char and name in names), None)


def _relatives(spans: list[Span], full: dict[str, int], lexicon: Lexicon
               ) -> tuple[set[str], set[tuple[int, int]]]:
    """Full names of people the article brings in as someone's relative (``spans``, its
    relatives' or parents' names: :func:`relatives_and_parents`): when they share a surname
    with another person, the lone surname is that other person's unless the relative was
    just named in full.  Also where (doc id, character) those mentions are."""
    found = {_bare(span.text) for span in spans}
    by_first: dict[str, list[str]] = {}
    for name in full:
        by_first.setdefault(name.split()[0], []).append(name)
    return ({name if name in full else by_first[name][0] for name in found
             if name in full or len(by_first.get(name, ())) == 1},
            {(id(span.doc), span.start_char) for span in spans
             if not relative_speaking(span, lexicon)})






def _no_ones(full: dict[str, int], lexicon: Lexicon) -> set[str]:
    """Full names that name no one: a word usually written in lower case before the surname
    of a person the article names for sure (``Team Clinton``, ``Neither Cruz`` beside
    Hillary Clinton and Ted Cruz); a known first name is a name (``Bill Clinton``)."""

    def no_name(name: str) -> bool:
        # An initial is a name: "B. Hussein Obama".
        first = name.split(maxsplit=1)[0].lower().rstrip(".")
        return len(first) > 1 and gender_of([first], lexicon) is None and is_common(
            first, lexicon)

    sure = {n.split()[-1].lower() for n in full if not no_name(n)}
    return {n for n in full if no_name(n) and n.split()[-1].lower() in sure}




def _looks_personal(name: str, lexicon: Lexicon) -> bool:
    """``Carly Fiorina`` typed as an organisation: a known first name and a surname."""
    words = name.split()
    return len(words) >= 2 and gender_of(words[:1], lexicon) is not None and all(
        w[:1].isupper() for w in words)


def owned_person(name: str, lexicon: Lexicon = ENGLISH) -> str | None:
    """``Sean Hannity`` of ``Fox News’ Sean Hannity``, a name the model ran into its
    employer's: the person after a possessive, when their first name is a known one."""
    for mark in ("’s ", "'s ", "’ ", "' "):
        _, found, tail = name.partition(mark)
        if found and 2 <= len(tail.split()) <= MAX_NAME_WORDS and _looks_personal(tail, lexicon):
            return tail
    return None


def _bare(surface: str) -> str:
    name = surface.strip()
    for prefix in _STRIP_PREFIXES:
        name = name.removeprefix(prefix)
    return name.removesuffix("’s").removesuffix("'s").strip()
