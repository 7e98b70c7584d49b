"""A page's cleaning does not depend on the pages a worker cleaned before it (clean.py)."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.clean import Cleaned, clean_html

_SHARED = ("<p>The harbour board meets on the first Monday of every month in the old customs "
           "house, and its meetings are open to the public.</p>")


def _page(title: str, paragraphs: list[str], items: list[str]) -> str:
    """A story page of one site: its own paragraphs and list, a paragraph every story of the
    site repeats (a stream carries many such pages), menus and a footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    listed = "".join(f"<li><strong>{head}:</strong> {rest}</li>" for head, rest in
                     (item.split(": ", 1) for item in items))
    return (f"<html><head><title>{title} | Coast Herald</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
            f"<article><h1>{title}</h1>{body}<ul>{listed}</ul>{_SHARED}</article>"
            "<footer><p>Copyright 2026 Coast Herald</p></footer></body></html>")


_DREDGING = _page(
    "Harbour to be dredged at last",
    ["Dredging of the inner harbour will begin in May after twelve years of delay, the "
     "harbour board said on Tuesday.",
     "The work will remove about 40,000 tonnes of silt from the berths used by the ferry and "
     "the fishing fleet, and is expected to take eleven weeks.",
     "Skippers have complained for years that boats can only leave the inner berths for two "
     "hours either side of high tide."],
    ["Advantages: Ferries can sail at any state of the tide.",
     "Drawbacks: The berths will be closed for most of the summer season.",
     "Potential for delays: Silt may have to be shipped further than planned."])
_FERRY = _page(
    "Ferry timetable cut for the summer",
    ["The island ferry will run four crossings a day instead of six from June, the operator "
     "said, while the inner harbour is dredged.",
     "Passengers booked on the cancelled sailings will be moved to the nearest crossing or "
     "refunded in full.",
     "Dredging of the inner harbour will begin in May after twelve years of delay, the "
     "harbour board said on Tuesday."],
    ["Advantages: Ferries can sail at any state of the tide.",
     "Drawbacks: Fewer crossings on summer weekends.",
     "Potential for delays: Silt may have to be shipped further than planned."])
_URLS = {_DREDGING: "https://coastherald.example/news/2026/04/02/harbour-to-be-dredged",
         _FERRY: "https://coastherald.example/news/2026/04/03/ferry-timetable-cut"}


def _seen(cleaned: Cleaned) -> tuple[object, ...]:
    return (cleaned.body, cleaned.title, cleaned.page_kind,
            [(r.text, r.rule) for r in cleaned.boilerplate.removed_lines])


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (_DREDGING, _FERRY),  # two stories of one site that share a paragraph and list items
        (_FERRY, _DREDGING),  # the other order
        (_DREDGING, _DREDGING),  # the same page twice (a story sent again, updated or not)
    ],
)
def test_cleaning_does_not_depend_on_the_page_before(first: str, then: str) -> None:
    """The second page cleans as it does alone, whatever ran before it in the process: no
    cache or duplicate filter (trafilatura's ``deduplicate`` LRU) carries text between
    pages, so a paragraph or item a site repeats is kept in every story."""
    alone = _seen(clean_html(then, _URLS[then]))
    clean_html(first, _URLS[first])
    after = _seen(clean_html(then, _URLS[then]))
    assert after == alone
    body = str(alone[0])
    assert "Dredging of the inner harbour will begin in May" in body
    assert "Potential for delays: Silt may have to be shipped further than planned." in body
    assert "The harbour board meets on the first Monday" in body
