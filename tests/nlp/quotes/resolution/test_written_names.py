"""Full names found by their words (``written_in_full``): the runs passed by before any of
their words is read are the ones the whole reading would not keep (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.tokens import Doc

from newswire.nlp.entities.roles.titles import ROLES
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.gender import gender_of
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.resolution.written_names import (
    MAX_NAME_WORDS,
    _first_name,
    _lone_unlabelled,
    is_common,
    proper_noun_runs,
    written_in_full,
)


def _every_run_read(docs: list[Doc], counts: Counter[str], full: dict[str, int],
                    lone_orgs: set[str]) -> dict[str, int]:
    """The reading of every run, titles taken off first (the rule as written before the
    runs were sifted by their last word)."""
    lone = {n.lower() for n in counts if " " not in n}
    known = {n.split()[-1].lower() for n in full}
    lone_subjects = _lone_unlabelled(docs)
    found: dict[str, set[str]] = {}
    for written in (r for doc in docs for r in proper_noun_runs(doc)):
        run = written
        while run and (run[0].lower_ in ENGLISH.honorifics or run[0].text in ROLES
                       or is_common(run[0].lower_, ENGLISH)) \
                and gender_of([run[0].text], ENGLISH) is None:
            run = run[1:]
        last = run[-1].lower_ if run else ""
        untagged = not any(t.ent_type_ for t in run)
        unseen = last in lone_orgs and untagged
        missed = last in lone_subjects and untagged and _first_name(run[0].text)
        if 2 <= len(run) <= MAX_NAME_WORDS and (last in lone or unseen or missed) \
                and last not in known:
            found.setdefault(last, set()).add(" ".join(w.text for w in run))
    return {next(iter(names)): 1 for names in found.values() if len(names) == 1}


@pytest.mark.parametrize(("body", "lone", "full", "orgs", "expected"), [
    # A surname the model tagged alone: its full form in proper nouns is a name.
    ("Naureen Jahangir runs the clinic. Jahangir said the clinic would stay open.",
     ["Jahangir"], [], [], {"Naureen Jahangir": 1}),
    # A title before the name is taken off, the last word kept: still found.
    ("Councillor Naureen Jahangir runs the clinic. Jahangir said it would stay open.",
     ["Jahangir"], [], [], {"Naureen Jahangir": 1}),
    # The surname of a full name already known: passed by.
    ("Naureen Jahangir runs the clinic. Jahangir said the clinic would stay open.",
     ["Jahangir"], ["Naureen Jahangir"], [], {}),
    # A run whose last word is no lone name nor organisation: passed by.
    ("Naureen Jahangir runs the Westside Clinic in Regina. The clinic will stay open.",
     [], [], [], {}),
    # The last word an organisation elsewhere, but the model tagged the run: none.
    ("Resident Owen MacLean spoke first. MacLean said the rink was closing.",
     [], [], ["maclean"], {}),
    # A surname alone heading a subject, both missed by the model, after a first name.
    ("Doreen Meekis, a grandmother, lives on the reserve. Meekis said the water was bad.",
     [], [], [], {"Doreen Meekis": 1}),
])
def test_runs_passed_by_are_the_ones_not_kept(pipeline: Pipeline, body: str, lone: list[str],
                                              full: list[str], orgs: list[str],
                                              expected: dict[str, int]) -> None:
    """Sifting the runs by their last word first keeps what reading every run keeps."""
    docs = [pipeline.nlp("Headline"), pipeline.nlp(body)]
    counts = Counter({**dict.fromkeys(lone, 1), **dict.fromkeys(full, 1)})
    known = dict.fromkeys(full, 1)
    found = written_in_full(docs, counts, known, ENGLISH, set(orgs))
    assert found == _every_run_read(docs, counts, known, set(orgs))
    assert found == expected
