"""The blocks of an extracted article and the page links each holds (blocks.py)."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.blocks import anchors_by_block


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Read the full report here", "Nothing"], [["full report"], []]),
        (["full report and full report again"], [["full report"]]),
        (["the full", "report"], [[], []]),  # an anchor's text never spans two blocks
        (["Jane Doe wrote the full report"], [["full report", "Jane Doe"]]),  # anchors' order
        ([], []),
    ],
)
def test_block_links_are_the_anchors_each_holds(texts: list[str], expected: list[list[str]]
                                                ) -> None:
    """Each block gets the page links whose text it holds, once, in the page's order."""
    anchors = {"full report": "/report", "Jane Doe": "/jane", "Home page": "/"}
    found = anchors_by_block(texts, anchors)
    assert [[label for label, _ in block] for block in found] == expected
