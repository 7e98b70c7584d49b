"""bench/ner_eval.py: its CoNLL reader, and the F1 our entities reach on the shipped samples."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.tokens import Doc

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


@pytest.mark.parametrize(
    "texts",
    [
        ["Nova Scotia Premier Tim Houston said the province would pay.",
         "Coun. Tony Mancini said the bridge work would start next spring."],
        ["", "BARRICK SHARES FALL\nShares of gold miners slid on Monday."],
    ],
)
def test_cached_docs_are_the_docs_the_model_made(ner_eval: ModuleType, pipeline: Pipeline,
                                                 texts: list[str], tmp_path: Path) -> None:
    """A doc read back from the bench's disk cache has the model's tokens, tags, parse and
    entities: the bench's output is the same with or without the cache."""
    import doc_cache  # the bench's folder is on the path (fixture ner_eval)

    def read(docs: list[Doc]) -> list[list[tuple[str, ...]]]:
        return [[(t.text, t.tag_, t.dep_, t.lemma_, t.ent_iob_ + t.ent_type_, str(t.head.i))
                 for t in doc] for doc in docs]

    made = read(list(pipeline.nlp.pipe(texts)))
    uninstall = doc_cache.install(tmp_path / "docs.sqlite")
    try:
        stored = read(list(pipeline.nlp.pipe(texts)))  # computed, then stored
        cached = read([*pipeline.nlp.pipe(texts[:1]), pipeline.nlp(texts[1])])  # read back
    finally:
        uninstall()
    rows = sqlite3.connect(tmp_path / "docs.sqlite").execute("SELECT COUNT(*) FROM docs")
    assert rows.fetchone()[0] == len(set(texts))
    assert stored == made
    assert cached == made
