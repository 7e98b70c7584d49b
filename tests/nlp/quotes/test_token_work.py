"""Passes of the quotes stage that make no Token for every word (issue 14's speed bound): each
finds what its per-word reading found, without walking the doc (``Doc.__iter__``). Texts are
written for these tests; the real spaCy models."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.layouts.datelines import _marked, mark_dateline
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.marked.incises_fr import split_at_incises
from newswire.nlp.quotes.marked.mark_sets import marks_for
from newswire.nlp.quotes.marked.marks import find_marked_quotes
from newswire.nlp.quotes.resolution.named import NOBODY, Speaker
from newswire.nlp.quotes.resolution.pairs import person_pairs
from newswire.nlp.quotes.roles.kin import relatives_and_parents
from newswire.nlp.quotes.stances.held import free_verbs


def doc_walks(run: Callable[[], object]) -> int:
    """How many words ``Doc.__iter__`` handed out while ``run`` ran (a walk over a doc, or a
    read of ``doc.text``, which joins a Token for every word); spans' own walks not counted."""
    profiler = cProfile.Profile()
    profiler.runcall(run)
    stats: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return sum(int(row[0]) for (path, _, name), row in stats.items()
               if name == "__iter__" and path.endswith("doc.pyx"))


@pytest.mark.parametrize(("read", "walks"), [
    (list, True),
    (lambda doc: doc.text, True),  # the join walks every word
    (lambda doc: [t for t in doc if t.pos_ == "VERB"], True),
    (lambda doc: doc[1:3].text, False),  # a span's own walk is not the doc's
    (lambda doc: doc[2], False),
])
def test_doc_walks_sees_a_walk_over_the_doc(pipeline: Pipeline, read: Callable[[Doc], object],
                                             walks: bool) -> None:
    """The probe the tests below rely on counts every word a walk over the doc (or a join of
    its text) hands out, so their ``== 0`` can fail (it would not if spaCy's ``Doc`` were
    built without profiling hooks)."""
    doc = pipeline.nlp("The minister said the bill was dead.")
    assert (doc_walks(lambda: read(doc)) >= len(doc)) is walks


@pytest.mark.parametrize(("body", "end", "bounds"), [
    ("By Ann Lee\nOTTAWA — The minister said the bill was dead.", 19, (11, 19)),
    ("OTTAWA — The minister said the bill was dead.", 8, (0, 8)),
    ("The minister said the bill was dead.", 0, (0, 0)),
])
def test_dateline_marked_from_the_text_handed_in(pipeline: Pipeline, body: str, end: int,
                                                 bounds: tuple[int, int]) -> None:
    """A dateline starts on the line it ends on, found in the text the caller joined (no
    second join of the doc's words); the same bounds as from the doc alone."""
    doc = pipeline.nlp(body)
    assert doc_walks(lambda: mark_dateline(doc, end, text=body)) == 0
    assert _marked(doc) == bounds
    mark_dateline(doc, end)
    assert _marked(doc) == bounds


@pytest.mark.parametrize(("body", "parts"), [
    ("« On a regardé chaque ligne, a-t-elle ajouté. Ce qui reste, ce sont des services. »",
     ["On a regardé chaque ligne", "Ce qui reste, ce sont des services."]),
    ("« On peut discuter des détails, a affirmé M. Roy. Mais les chiffres restent. » "
     "« Nous avons tout essayé, dénoncé les abus », a dit Isabelle Rondeau.",
     ["On peut discuter des détails", "Mais les chiffres restent.",
      "Nous avons tout essayé, dénoncé les abus"]),
])
def test_incises_cut_in_the_text_handed_in(pipeline: Pipeline, body: str,
                                           parts: list[str]) -> None:
    """A quotation is cut at each incise inside it, read in the text the caller joined once
    (not joined again for each quotation); the same parts as from the doc alone."""
    doc = pipeline.models.full("fr")(body)
    quotes = find_marked_quotes(body, "double", marks_for("fr"))
    assert FRENCH.incise is not None
    found: list[Any] = []
    assert doc_walks(lambda: found.extend(
        split_at_incises(doc, quotes, FRENCH.incise, text=body))) == 0
    assert [body[q.start:q.end] for q in found] == parts
    assert split_at_incises(doc, quotes, FRENCH.incise) == found


@pytest.mark.parametrize(("body", "names"), [
    ("Justin Trudeau spoke. His father, Pierre Trudeau, led the party for years.",
     ["Pierre Trudeau"]),
    ("Asked about her daughter Chelsea Clinton's plans, Mrs. Clinton smiled.",
     ["Chelsea Clinton's"]),  # the entity's words
    ("The father of three, Pierre Martin, said the school was closing.", []),
    ("The mayor said the bridge would reopen in May.", []),
])
def test_relatives_found_without_walking_the_doc(pipeline: Pipeline, body: str,
                                                 names: list[str]) -> None:
    """A name written as someone's relative (``His father, Pierre Trudeau``) is found from
    the kin nouns alone; a kin noun of nobody (``The father of three``) names none."""
    doc = pipeline.nlp(body)
    found: list[Any] = []
    assert doc_walks(lambda: found.extend(relatives_and_parents([doc], ENGLISH)[0])) == 0
    assert [span.text for span in found] == names


@pytest.mark.parametrize(("body", "parents", "names"), [
    ("His mother, Margaret Trudeau, and his brother, Michel Trudeau, came.", False,
     ["Margaret Trudeau", "Michel Trudeau"]),
    ("His mother, Margaret Trudeau, and his brother, Michel Trudeau, came.", True,
     ["Margaret Trudeau"]),  # whom "the elder Trudeau" may mean
    ("Justin Trudeau spoke. His father, Pierre Trudeau, led the party for years.", True,
     ["Pierre Trudeau"]),
    ("His wife, Marlene Roy, came to the hearing.", False, ["Marlene Roy"]),
    ("His wife, Marlene Roy, came to the hearing.", True, []),  # a spouse is no parent
])
def test_parents_only_in_the_parents_reading(pipeline: Pipeline, body: str,
                                                    parents: bool, names: list[str]) -> None:
    """The parents' reading keeps only the names written as someone's father or mother; the
    relatives' reading counts every kin noun (the kin nouns read as an array either way)."""
    doc = pipeline.nlp(body)
    found: list[Any] = []
    assert doc_walks(lambda: found.extend(relatives_and_parents([doc], ENGLISH)[parents])) == 0
    assert [span.text for span in found] == names


@pytest.mark.parametrize(("body", "verbs"), [
    ("The minister said “we will win and we will govern” and left early.", ["said", "left"]),
    ("Officials believe the plan will fail, but the mayor expects it to pass.",
     ["believe", "fail", "expects", "pass"]),
    ("“Nobody came,” she said.", ["said"]),
])
def test_free_verbs_without_walking_the_doc(pipeline: Pipeline, body: str,
                                            verbs: list[str]) -> None:
    """The verbs outside quotation marks, in order, read from the parse as an array."""
    doc = pipeline.nlp(body)
    tmap = TextMap(doc, find_marked_quotes(body, "double", marks_for("en")), ENGLISH)
    found: list[Any] = []
    assert doc_walks(lambda: found.extend(free_verbs(tmap, []))) == 0
    assert [verb.text for verb in found] == verbs


def _people(token: Any) -> Speaker:
    """Capitalised words are people (a stand-in for the resolver)."""
    return Speaker(token.text, token.text, "person") if token.text[:1].isupper() else NOBODY


@pytest.mark.parametrize(("body", "first"), [
    ("Ann Lee and Tom Roy said the deal was done.", ["Lee"]),
    ("Lee and the union said the deal was done.", []),
    ("“Lee and Roy said nothing,” she wrote. Lee and Roy left.", ["Lee"]),
    ("The deal was done.", []),
])
def test_person_pairs_without_walking_the_doc(pipeline: Pipeline, body: str,
                                              first: list[str]) -> None:
    """A subject joining two people's names (outside quotation marks) is one plural
    referent named as its first person; subjects are read from the parse as an array."""
    doc: Doc = pipeline.nlp(body)
    tmap = TextMap(doc, find_marked_quotes(body, "double", marks_for("en")), ENGLISH)
    found: list[Any] = []
    assert doc_walks(lambda: found.extend(person_pairs(doc, _people, tmap.is_quoted))) == 0
    assert [r.name for r in found] == first
