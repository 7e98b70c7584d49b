"""Tree helpers of html_tree.py."""

from __future__ import annotations

import pytest
from lxml import html

from newswire.nlp.boilerplate.html_tree import node_count


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<div></div>", 1),
        ("<div><p>a</p><p>b</p></div>", 3),
        ("<div><!-- c --><p>a<!-- d --></p></div>", 4),
        ("<div><?php echo 1; ?><p>a</p></div>", 3),
        ("<div>" + "<p>x<!-- c --></p>" * 20_000 + "</div>", 40_001),
    ],
)
def test_node_count_is_what_iter_yields(markup: str, expected: int) -> None:
    """Elements, comments and processing instructions are counted, each once."""
    tree = html.fromstring(markup)
    assert node_count(tree) == len(list(tree.iter())) == expected
