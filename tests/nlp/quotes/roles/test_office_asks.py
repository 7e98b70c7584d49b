"""An office's holder is found as before while the dearer tests are asked less: a plural
office noun's number is read only when an of/for/at phrase follows it, and each mention asks
for the office it holds once (real model; texts written for these tests)."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.roles.office_holders import holder_named_after
from tests.conftest import calls_to


@pytest.mark.parametrize(("text", "noun", "holder"), [
    ("A spokesperson for the bureau, Geneviève Lalonde, said the remedy would fail.",
     "spokesperson", "Lalonde"),
    ("The director of Northside Food Bank, Paul Grieve, said demand had doubled.",
     "director", "Grieve"),
    # Plural: several hold it, none is the one named (the number read after the phrase).
    ("The directors of Northside Food Bank, Paul Grieve, said demand had doubled.",
     "directors", None),
    ("Spokespeople for the bureau, Geneviève Lalonde and Tom Hart, said the remedy would fail.",
     "Spokespeople", None),
    # No of/for/at phrase: the apposition is another rule's (appositions), none here.
    ("The spokesperson, Geneviève Lalonde, said the remedy would fail.", "spokesperson", None),
])
def test_holder_named_after(pipeline: Pipeline, text: str, noun: str,
                            holder: str | None) -> None:
    """The name set off after an office's phrase holds a singular office, never a plural."""
    doc = pipeline.nlp(text)
    found = holder_named_after(next(t for t in doc if t.text == noun))
    assert (found.text if found is not None else None) == holder


@pytest.mark.parametrize(("text", "speaker"), [
    ("Demand doubles\n\nThe director of Northside Food Bank, Paul Grieve, said demand had "
     "doubled. “We have never seen lines like this,” Grieve said.", "Paul Grieve"),
    ("Deal blocked\n\nA spokesperson for the bureau, Geneviève Lalonde, said the remedy "
     "“would not preserve competition.” The bureau sued on Tuesday.", "Geneviève Lalonde"),
])
def test_each_mention_asks_its_office_once(pipeline: Pipeline, text: str, speaker: str) -> None:
    """``office_held`` is asked once for each entity mention the resolver reads (it was asked
    twice: for the titles and for the clause's role), and the holder still speaks."""
    article = RawArticle(id="office", text=text)
    offices = calls_to("office_held", lambda: pipeline.enrich(article))
    mentions = calls_to("_entity_referent", lambda: pipeline.enrich(article))
    assert 0 < offices == mentions
    assert speaker in [q.speaker for q in pipeline.enrich(article).quotes]
