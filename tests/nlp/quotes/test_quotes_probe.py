"""bench/quotes_probe.py: the probe scorer's outcomes, and its gold anchored in its articles."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conftest import bench_module


@pytest.fixture(scope="module")
def probe() -> ModuleType:
    """The probe scorer, imported as the script imports it."""
    return bench_module("quotes_probe")


TEXT = "Title\nThe mayor said “We build now,” and the union said it would sue."
QUOTES: list[dict[str, Any]] = [
    {"start": 22, "end": 34, "speaker": "Linda Baptiste"},
    {"start": 54, "end": 67, "speaker": None},
]


@pytest.mark.parametrize(("anchor", "speakers", "outcome"), [
    ("We build", ["Linda Baptiste"], ("right", "Linda Baptiste")),
    ("We build", ["the Linda baptiste"], ("right", "Linda Baptiste")),  # case, leading "the"
    ("We build", ["Tom Baird"], ("wrong", "Linda Baptiste")),
    ("it would sue", ["union"], ("none", None)),  # a quote with no speaker
    ("The mayor", ["union"], ("none", None)),  # no quote there at all
])
def test_judge(probe: ModuleType, anchor: str, speakers: list[str],
               outcome: tuple[str, str | None]) -> None:
    """A gold row is right, none or wrong by the smallest quote holding its anchor."""
    assert probe.judge(TEXT, QUOTES, anchor, speakers) == outcome


def test_every_anchor_is_in_its_article_once(probe: ModuleType) -> None:
    """Each gold anchor names one place of its article (curly marks read as straight)."""
    for article, anchor, _, _ in probe.gold_rows():
        text = (probe.PROBE / "articles" / f"{article}.txt").read_text(encoding="utf-8")
        assert text.translate(probe.STRAIGHT).count(anchor.translate(probe.STRAIGHT)) == 1, (
            article, anchor)
