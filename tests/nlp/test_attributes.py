"""The attribute ruler's fast match: spaCy's Matcher's matches, hence the same annotations."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from newswire.nlp.attributes import FastMatch
from newswire.nlp.pipeline import DEFAULT_MODEL, Pipeline, load_model
from tests.conftest import ROOT

SEED = ROOT / "seeds" / "000_93293b0fcdc47d96.txt"  # an English article


@pytest.fixture(scope="module")
def plain() -> spacy.language.Language:
    """The English model as the pipeline loads it, but with spaCy's Matcher in the ruler."""
    nlp = load_model(DEFAULT_MODEL)
    del nlp.get_pipe("attribute_ruler").match  # the class's own match again
    return nlp


@pytest.mark.parametrize("text", [
    "He said that she would come, but it was not clear whether they had won.",
    "Y'all gonna see. Let's go, c'mon! He ain't nothin' but he's gotta win. Y all did.",
    "There is a cat. There's a dog; there were two. It gets better and it got worse.",
    "I'd say we can't. Something, anyone, nobody: those who'd care. That which is.",
    "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.\n\n  \n",
    "Le gouvernement a annoncé mardi un plan.  Tab\there.",
    "",
    SEED.read_text(encoding="utf-8"),
])
def test_fast_match_finds_what_the_matcher_finds(plain: spacy.language.Language,
                                                 text: str) -> None:
    """Every rule of the English ruler, one- and two-word rules, rules with several
    patterns and REGEX rules included: the same matches in the same order."""
    ruler: Any = plain.get_pipe("attribute_ruler")
    fast = FastMatch.of(ruler)
    assert fast is not None
    before = plain.pipe_names[:plain.pipe_names.index("attribute_ruler")]
    with plain.select_pipes(enable=before):
        doc = plain(text)
    assert fast(doc) == ruler.match(doc)


def test_pipeline_annotations_are_spacys(pipeline: Pipeline,
                                         plain: spacy.language.Language) -> None:
    """The pipeline's English model uses the fast match, and its tags, POS, features,
    lemmas and dependencies are those spaCy's Matcher gives."""
    assert isinstance(pipeline.nlp.get_pipe("attribute_ruler").match, FastMatch)
    text = SEED.read_text(encoding="utf-8")
    ours, theirs = pipeline.nlp(text), plain(text)
    def read(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
        return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.text) for t in doc]
    assert read(ours) == read(theirs)
