"""bench/quotes_gold.py: the resolved-speaker scorer, on its rules and on the shipped sample."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ROOT, SHARED, bench_module

SAMPLE = ROOT / "bench" / "data" / "polnear-train-sample-speakers.jsonl"
POLNEAR = SHARED / "data" / "polnear"


@pytest.fixture(scope="module")
def gold() -> ModuleType:
    """The benchmark's scoring module, imported as the script imports it."""
    return bench_module("quotes_gold")


@pytest.mark.parametrize(("name", "normal"), [
    ("The New York Times", "new york times"),
    ("a source", "source"),
    ("Donald J. Trump", "donald j trump"),
    ("Gowdy’s office", "gowdys office"),
    ("these officials", "officials"),
    ("", ""),
])
def test_normalise(gold: ModuleType, name: str, normal: str) -> None:
    """Case, punctuation and leading determiners do not count."""
    assert gold.normalise(name) == normal


@pytest.mark.parametrize(("speaker", "referents", "also", "right"), [
    ("Donald Trump", ("Donald J. Trump",), ("Donald Trump",), True),
    ("the lawsuit", ("lawsuit",), (), True),
    ("Mike Pence", ("Donald Trump", "Mike Pence"), (), True),
    ("Bill Clinton", ("Hillary Clinton",), (), False),
    (None, ("officials",), (), False),
    ("he", ("Donald Trump",), (), False),
])
def test_referent_right(gold: ModuleType, speaker: str | None, referents: tuple[str, ...],
                        also: tuple[str, ...], right: bool) -> None:
    """Equal after normalising, or one of ``also``; any name of a list; no speaker is wrong."""
    resolved = gold.Resolved(referents, "person", also)
    assert gold.referent_right(speaker, resolved) is right


def _sample_scores(gold: ModuleType, speaker_of: dict[str, str | None]) -> Any:
    """Score predictions equal to the sample's gold spans, speakers from ``speaker_of``."""
    if not POLNEAR.exists():
        pytest.skip("../shared/data/polnear is not beside this checkout")
    resolved = gold.load_resolved([SAMPLE])
    result = gold.Score()
    for text_path, ann_path in gold.articles(POLNEAR, "train"):
        mine = {k[2]: v for k, v in resolved.items() if k[:2] == (text_path.stem, ann_path.name)}
        if not mine:
            continue
        text = text_path.read_text(encoding="utf-8")
        golds = gold.gold_of(text, [], gold.parse_ann(ann_path))
        preds = [gold.Pred(g.span, g.direct, speaker_of.get(g.eid, mine[g.eid].referents[0])
                           if g.eid in mine else None, None, "") for g in golds]
        gold.score(text, golds, preds, result, mine, text_path.stem)
    return result


def test_sample_perfect_and_empty(gold: ModuleType) -> None:
    """On the sample, the referents themselves score 1.0; no speaker at all scores 0 as 'none'."""
    perfect = _sample_scores(gold, {})
    assert perfect.referent_pairs > 20
    assert perfect.referent_right == perfect.referent_pairs
    empty = _sample_scores(gold, dict.fromkeys(f"E{i}" for i in range(100)))
    assert empty.referent_right == 0
    assert empty.no_speaker == empty.referent_pairs == perfect.referent_pairs


def test_resolved_files_match_polnear() -> None:
    """Every row of the shipped files points at its source words in its PolNeAR article."""
    if not POLNEAR.exists():
        pytest.skip("../shared/data/polnear is not beside this checkout")
    for path in sorted((ROOT / "bench" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = (POLNEAR / row["split"] / "text" / f"{row['article']}.txt").read_text("utf-8")
            source = row["source"]
            assert text[source["start"]:source["end"]] == source["text"], (path.name, line)
            assert row["kind"] in ("person", "organization", "group", "document", "unknown")
