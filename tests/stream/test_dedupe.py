"""The dedupe table's decisions: which revision, what it replaces, which rows expire."""

from __future__ import annotations

import pytest

from newswire.stream.dedupe import (
    Expired,
    Seen,
    Undated,
    expired,
    next_revision,
    replaced_hash,
    undated,
)


@pytest.mark.parametrize(
    ("previous", "content_hash", "reprocess", "expected"),
    [
        (None, "h1", False, 1),
        (Seen(hash="h1", revision=1), "h1", False, None),
        (Seen(hash="h1", revision=1), "h2", False, 2),
        (Seen(hash="h2", revision=2), "h2", True, 2),
        (Seen(hash="h2", revision=2), "h3", True, 3),
    ],
)
def test_next_revision(previous: Seen | None, content_hash: str, reprocess: bool,
                       expected: int | None) -> None:
    """Same content is skipped (unless reprocessing); changed content is the next revision."""
    assert next_revision(previous, content_hash, reprocess=reprocess) == expected


@pytest.mark.parametrize(
    ("previous", "content_hash", "expected"),
    [
        (None, "hA", ""),  # a first revision replaces nothing
        (Seen(hash="hA", revision=1), "hB", "hA"),  # B replaces A
        (Seen(hash="hB", revision=2, replaces="hA"), "hA", "hB"),  # A again replaces B
        (Seen(hash="hA", revision=3, replaces="hB"), "hA", "hB"),  # reprocessed: as it was
        (Seen(hash="hA", revision=1), "hA", ""),  # written before 0.2.0: nothing known
    ],
)
def test_replaced_hash(previous: Seen | None, content_hash: str, expected: str) -> None:
    """A revision names the content it replaced; the same content again keeps what it named."""
    assert replaced_hash(previous, content_hash) == expected


@pytest.mark.parametrize(
    ("seen", "gone"),
    [
        (Seen(hash="h", revision=1, at=99.0, partition=0), True),
        (Seen(hash="h", revision=1, at=100.0, partition=0), False),  # enriched since
        (Seen(hash="h", revision=1, at=99.0, partition=1), False),  # another worker's
        (Seen(hash="h", revision=1), False),  # written before 0.2.0: no time, no partition
    ],
)
def test_rows_not_enriched_within_the_retention_expire(seen: Seen, gone: bool) -> None:
    """A row expires when last enriched before the cut, on a partition this worker owns."""
    rows = list(expired([("a1", seen)], before=100.0, partitions={0}))
    assert rows == ([Expired("a1", 0)] if gone else [])


@pytest.mark.parametrize(
    ("seen", "partition_of", "found"),
    [
        (Seen(hash="h", revision=1), {"a1": 0}, True),  # before 0.2.0, recovered from 0
        (Seen(hash="h", revision=1), {"a1": 1}, False),  # another worker's partition
        (Seen(hash="h", revision=1), {}, False),  # partition not known: left alone
        (Seen(hash="h", revision=1, at=5.0, partition=0), {"a1": 0}, False),  # dated
    ],
)
def test_rows_from_before_0_2_0_are_found_with_their_partition(
        seen: Seen, partition_of: dict[str, int], found: bool) -> None:
    """Rows without a time, on a partition this worker owns, are found to be dated."""
    rows = list(undated([("a1", seen)], partition_of=partition_of, partitions={0}))
    assert rows == ([Undated("a1", 0)] if found else [])
