"""`newswire reprocess`: the bound it hands the worker, and that bound read on Tansu."""

from __future__ import annotations

import pytest

from newswire.kafka.reprocess import format_bounds, parse_bounds


@pytest.mark.parametrize(("bounds", "text"), [
    ({0: 12, 1: 7}, "0:12,1:7"),
    ({3: 0, 1: 5}, "1:5,3:0"),
    ({}, ""),
])
def test_bounds_travel_to_the_worker_as_text_and_back(bounds: dict[int, int], text: str) -> None:
    """The partitions' ends reach a worker child as `--reprocess-until P:O,...` unchanged."""
    assert format_bounds(bounds) == text
    assert parse_bounds(text) == bounds


@pytest.mark.parametrize("text", ["0=12", "a:1", "0:x"])
def test_a_malformed_bound_is_a_value_error(text: str) -> None:
    """A bound that is not `P:O,...` is refused, not read as an empty one."""
    with pytest.raises(ValueError, match="is not PARTITION:OFFSET"):
        parse_bounds(text)
