"""The page's JSON-LD of json_ld.py: its blocks and the objects in them."""

from __future__ import annotations

import pytest
from lxml import html

from newswire.nlp.boilerplate.json_ld import (
    MAX_DEPTH,
    MAX_OBJECTS,
    json_ld_documents,
    json_ld_objects,
)

_LD = '<script type="application/ld+json">{}</script>'


@pytest.mark.parametrize(
    ("scripts", "expected"),
    [
        ([], []),
        (['{"@type": "NewsArticle"}'], [{"@type": "NewsArticle"}]),
        (['{"a": 1}', "{broken", '[{"b": 2}]'], [{"a": 1}, [{"b": 2}]]),
        (["", '"just a string"'], ["just a string"]),
        (["[" * 100_000 + "]" * 100_000, '{"c": 3}'], [{"c": 3}]),
        (['{"description": "Line one\nline two\tend", "@type": "NewsArticle"}'],
         [{"description": "Line one\nline two\tend", "@type": "NewsArticle"}]),
    ],
)
def test_json_ld_documents_are_the_parsed_blocks_in_order(
    scripts: list[str], expected: list[object]
) -> None:
    """Every JSON-LD block parsed, in page order (raw line breaks and tabs in strings read);
    broken and hostile deep ones left out."""
    page = "<html><head>" + "".join(_LD.format(s) for s in scripts) + "</head><body></body></html>"
    assert json_ld_documents(html.fromstring(page)) == expected


def _nested(depth: int) -> object:
    node: object = {"@type": "Deepest"}
    for _ in range(depth):
        node = {"child": node}
    return node


@pytest.mark.parametrize(
    ("documents", "expected"),
    [
        ([], []),
        (["text", 3], []),
        ([{"a": 1}], [{"a": 1}]),
        ([{"@graph": [{"b": 1}, {"c": {"d": 2}}]}],
         [{"@graph": [{"b": 1}, {"c": {"d": 2}}]}, {"b": 1}, {"c": {"d": 2}}, {"d": 2}]),
        ([[{"e": 1}], {"f": [[{"g": 1}]]}], [{"e": 1}, {"f": [[{"g": 1}]]}, {"g": 1}]),
    ],
)
def test_json_ld_objects_each_before_what_it_holds(
    documents: list[object], expected: list[object]
) -> None:
    """Every object of every document, in document order, each before the ones it holds."""
    assert json_ld_objects(documents) == expected


def test_json_ld_objects_are_bounded() -> None:
    """Objects nested deeper than MAX_DEPTH are not read, nor more than MAX_OBJECTS."""
    assert {"@type": "Deepest"} in json_ld_objects([_nested(MAX_DEPTH)])
    assert {"@type": "Deepest"} not in json_ld_objects([_nested(MAX_DEPTH + 1)])
    many = [{"@graph": [{"n": i} for i in range(MAX_OBJECTS * 2)]}]
    assert len(json_ld_objects(many)) == MAX_OBJECTS
