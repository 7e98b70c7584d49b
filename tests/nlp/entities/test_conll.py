"""bench/ner_eval.py: its CoNLL reader, and the F1 our entities reach on the shipped samples."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from newswire.nlp import prepare as prepare_module
from newswire.nlp.pipeline import Pipeline
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def ner_eval() -> ModuleType:
    """The benchmark script, imported as a module (its folder on the path, as when run)."""
    if str(ROOT / "bench") not in sys.path:
        sys.path.append(str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("ner_eval", ROOT / "bench" / "ner_eval.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["ner_eval"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("tokens", "text", "spans"),
    [
        ([("Jens", "B-PER"), ("Stoltenberg", "I-PER"), ("met", "O"), ("NATO", "B-ORG")],
         "Jens Stoltenberg met NATO", [("Jens Stoltenberg", "PER"), ("NATO", "ORG")]),
        ([("Jens", "I-PER"), ("Stoltenberg", "I-PER"), ("Oslo", "I-LOC"), (",", "O")],
         "Jens Stoltenberg Oslo,", [("Jens Stoltenberg", "PER"), ("Oslo", "LOC")]),
        ([("NATO", "B-ORG"), ("'s", "O"), ("(", "O"), ("EU", "B-ORG"), (")", "O")],
         "NATO's (EU)", [("NATO", "ORG"), ("EU", "ORG")]),
        ([("said", "O"), ('"', "O"), ("We", "O"), ('"', "O"), (".", "O")],
         'said "We".', []),
    ],
)
def test_conll_tokens_become_text_with_gold_offsets(
    ner_eval: ModuleType, tokens: list[tuple[str, str]], text: str,
    spans: list[tuple[str, str]]
) -> None:
    """IOB1 and IOB2 tags both read; detokenised text keeps each gold span's characters."""
    joined, found = ner_eval.join_tokens(tokens)
    assert joined == text
    assert [(joined[s:e], t) for s, e, t in found] == spans


@pytest.mark.parametrize("name", ["ner_sample.conll", "ner_heldout.conll"])
def test_our_entities_beat_raw_ner_and_reach_the_target(
    ner_eval: ModuleType, pipeline: Pipeline, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the hand-annotated samples, sent as plain-text articles with every line kept, our
    F1 is at least 0.75 and above raw spaCy's on the same text."""
    monkeypatch.setattr(prepare_module, "clean_text", ner_eval.keep_every_line)
    scored = ner_eval.evaluate(pipeline, list(ner_eval.read_documents(DATA / name)))
    raw_f1 = ner_eval.score(scored.gold, scored.columns["raw spaCy"])["ALL"][2]
    our_f1 = ner_eval.score(scored.gold, scored.columns["newswire"])["ALL"][2]
    assert scored.lost_gold == 0, "the cleaner keeps every line of these articles"
    assert our_f1 >= 0.75
    assert our_f1 > raw_f1 + 0.05
