"""Full names the model did not tag as names, found by their words: ``Naureen Jahangir``
written in proper nouns whose surname the model tagged alone, ``Doreen Meekis`` whose
surname alone heads a later subject (``Meekis said``), both missed by the model.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newswire.models import Entity
from newswire.nlp.doc_texts import text_of
from newswire.nlp.entities.roles.titles import ROLES
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import first_name_gender, is_first_name
from newswire.nlp.quotes.base.gender import gender_of
from newswire.nlp.quotes.base.parse_labels import ENGLISH_SUBJECT_DEPS
from newswire.nlp.quotes.base.word_arrays import pos_indices, subject_indices
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH

__all__ = ["MAX_NAME_WORDS", "entity_names_written", "is_common", "is_lexicon_noun",
           "proper_noun_runs", "written_in_full"]

MAX_NAME_WORDS = 3  # "Marcel Lehel Lazar"
#: The fields of an article's docs, in the order the resolver gets them.
_FIELDS = ("title", "body")


def entity_names_written(docs: Sequence[Doc], entities: Sequence[Entity]
                         ) -> dict[int, list[tuple[int, str]]]:
    """Where each doc (by id) writes a person's full name as the entity stage read it:
    ``The chair of Bhotekoshi Rural Municipality, Ang Nima Lama,`` the model typed a
    facility, or a name it missed, is a person's full name there all the same, so a lone
    surname two people share (``Lama said``) can take the one named last before it."""
    written: dict[int, list[tuple[int, str]]] = {}
    for field, doc in zip(_FIELDS, docs, strict=False):
        text = text_of(doc)
        for entity in entities:
            if entity.type != "PERSON":
                continue
            written.setdefault(id(doc), []).extend(
                (m.start, m.text) for m in entity.mentions
                if m.field == field and " " in m.text and text[m.start:m.end] == m.text)
    return written


def written_in_full(docs: Sequence[Doc], counts: Counter[str], full: dict[str, int],
                     lexicon: Lexicon, lone_orgs: frozenset[str] | set[str] = frozenset()
                     ) -> dict[str, int]:
    """``Naureen Jahangir``: proper nouns the model tagged as no name, whose last is a person
    the article names only by that word; one spelling per surname.  Also a name the model
    saw nowhere whose last word it called an organisation elsewhere (``Resident Owen
    MacLean`` ... ``MacLean/ORG said``), and a name the model missed whose surname alone
    heads a subject it also missed (``Doreen Meekis, a grandmother,`` ... ``Meekis said``)."""
    lone = {n.lower() for n in counts if " " not in n}
    known = {n.split()[-1].lower() for n in full}
    lone_subjects = _lone_unlabelled(docs)
    found: dict[str, set[str]] = {}
    for written in (run for doc in docs for run in proper_noun_runs(doc)):
        # The titles taken off below leave the last word as it is (or no run): a run whose
        # last word no test below can keep is passed by before any word of it is read.
        end = written[-1].lower_
        if len(written) < 2 or end in known or not (
                end in lone or end in lone_orgs or end in lone_subjects):
            continue
        run = written
        while run and (run[0].lower_ in lexicon.honorifics or run[0].text in ROLES
                       or is_common(run[0].lower_, lexicon)) \
                and gender_of([run[0].text], lexicon) is None:
            run = run[1:]  # "Actress Amandla Stenberg", "MPP Callum Weatherby": a title
        last = run[-1].lower_ if run else ""
        untagged = not any(t.ent_type_ for t in run)
        unseen = last in lone_orgs and untagged
        # "Doreen Meekis ... Meekis said": both missed by the model; a first name says
        # the run is a person's name.
        missed = last in lone_subjects and untagged and _first_name(run[0].text)
        if 2 <= len(run) <= MAX_NAME_WORDS and (last in lone or unseen or missed) \
                and last not in known:
            found.setdefault(last, set()).add(" ".join(w.text for w in run))
    return {next(iter(names)): 1 for names in found.values() if len(names) == 1}


def proper_noun_runs(doc: Doc) -> list[list[Token]]:
    """The runs of capitalised alphabetic proper nouns side by side in ``doc``, in order;
    only the proper nouns make a Token (read as an array)."""
    runs: list[list[Token]] = []
    for i in pos_indices(doc, "PROPN"):
        token = doc[i]
        if not (token.is_alpha and token.text[:1].isupper()):
            continue  # it ends the run under way: the next word starts a new one
        if runs and runs[-1][-1].i == i - 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def is_common(word: str, lexicon: Lexicon) -> bool:
    """A word of the language that is no name: the lexicon's nouns and titles (``Gov``,
    ``Team``), or a word English usually writes in lower case (the re-casing table)."""
    return is_lexicon_noun(word, lexicon) or (lexicon is ENGLISH and word in casing().lower)


def is_lexicon_noun(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` (lower case) is one of the lexicon's nouns or titles (``Gov``,
    ``Team``, ``Democrats``), which name a kind of speaker rather than one."""
    return (word in lexicon.org_nouns or word in lexicon.group_nouns
            or word in lexicon.role_nouns or word in lexicon.document_nouns
            or word in lexicon.title_abbreviations)


def _lone_unlabelled(docs: Sequence[Doc]) -> set[str]:
    """Lone capitalised words heading a subject that the model named nothing (``Meekis
    said``), lower-cased."""
    subjects = (doc[i] for doc in docs for i in subject_indices(doc))  # no Token for others
    return {t.lower_ for t in subjects
            if t.dep_ in ENGLISH_SUBJECT_DEPS and t.pos_ == "PROPN" and not t.ent_type_
            and t.is_alpha and t.text[:1].isupper()
            and not any(c.dep_ in ("compound", "flat") for c in t.children)}


def _first_name(word: str) -> bool:
    """A first name of the short lists or one strongly of one gender (``Doreen``)."""
    return is_first_name(word) or first_name_gender(word) is not None
