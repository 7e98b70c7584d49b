"""Running workers: the exit status of a set of worker processes."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("returncode", "status"), [(0, 0), (69, 69), (75, 75), (-15, 143),
                                                    (-9, 137), (-2, 130)])
def test_worker_children_statuses_read_as_a_shell_reads_them(returncode: int,
                                                             status: int) -> None:
    """`worker --processes N` exits with 128+N when a child was killed by signal N (a SIGTERM
    while the children load), not with sys.exit(-N)'s 256-N (241 for SIGTERM)."""
    from newswire.stream.worker import shell_status

    assert shell_status(returncode) == status
