"""A page's FAQ that trafilatura left out goes back at the end of the body (faq.py): the
heading, each question and each answer the body lacks, and nothing else."""

from __future__ import annotations

import pytest
from lxml import html

from newswire.nlp.boilerplate.faq import restore_faq
from newswire.nlp.boilerplate.html_tree import text_of
from tests.nlp.boilerplate.test_page_language import body as body_holding

KEPT = "The council voted on Monday to approve the new budget for schools and roads."
Q1, A1 = "How much does it cost?", "Prices start at ten dollars a month for most readers."
Q2, A2 = "Is it worth it?", "For those who read a lot, it is well worth the price."
ACCORDION = (f"<div class='accordion'><details><summary>{Q1}</summary><div>{A1}</div></details>"
             f"<details><summary>{Q2}</summary><div>{A2}</div></details></div>")
HEADINGS = f"<h3>{Q1}</h3><p>{A1}</p><h3>{Q2}</h3><p>{A2}</p>"


def after_decoys(count: int) -> str:
    """An FAQ beside the kept text after ``count`` FAQ headings in a box of their own."""
    return (f"</article><section>{'<h4>FAQ</h4>' * count}</section>"
            f"<article><p>{KEPT}</p><h2>FAQ</h2>{HEADINGS}")


def page(faq: str) -> str:
    return (f"<html><body><nav><ul><li><a href='/faq'>FAQ</a></li></ul></nav>"
            f"<article><p>{KEPT}</p>{faq}</article><footer>Contact us</footer></body></html>")


@pytest.mark.parametrize(
    ("faq", "kept", "expected"),
    [
        # An accordion of <details> under an FAQ heading: all of it comes back.
        (f"<h2>Frequently asked questions</h2>{ACCORDION}", (KEPT,),
         ["Frequently asked questions", Q1, A1, Q2, A2]),
        # Questions as h3 with answer paragraphs; the next section's heading ends the FAQ.
        (f"<h2>FAQs about budgets</h2>{HEADINGS}<h2>Why you should trust us</h2><p>We test.</p>",
         (KEPT,), ["FAQs about budgets", Q1, A1, Q2, A2]),
        # The answers were kept: only the heading and the questions come back.
        (f"<h2>FAQ</h2>{HEADINGS}", (KEPT, A1, A2), ["FAQ", Q1, Q2]),
        # All of it was kept: nothing is added.
        (f"<h2>FAQ</h2>{HEADINGS}", (KEPT, "FAQ", Q1, A1, Q2, A2), []),
        # Only the heading is missing: it is not put back alone.
        (f"<h2>FAQ</h2>{HEADINGS}", (KEPT, Q1, A1, Q2, A2), []),
        # An FAQ in a box of its own below the article is an appendix: left out.
        (f"</article><section><h2>FAQ</h2>{HEADINGS}</section><article>", (KEPT,), []),
        # One question is no FAQ.
        (f"<h2>FAQ</h2><h3>{Q1}</h3><p>{A1}</p>", (KEPT,), []),
        # A heading that is no FAQ's.
        (f"<h2>Questions from readers</h2>{HEADINGS}", (KEPT,), []),
        # A menu link to the FAQ page is no heading.
        ("", (KEPT,), []),
        # Twenty FAQ headings are tried a page (each walks its box: thousands would cost
        # their square): the FAQ after 19 others comes back, after 20 it is not looked at.
        (after_decoys(19), (KEPT,), ["FAQ", Q1, A1, Q2, A2]),
        (after_decoys(20), (KEPT,), []),
    ],
)
def test_restore_faq(faq: str, kept: tuple[str, ...], expected: list[str]) -> None:
    """The FAQ's lines the body lacks are appended in page order."""
    source = page(faq)
    body = body_holding(*kept)
    added = restore_faq(source, html.fromstring(source), body)
    lines = [text_of(e) for e in body][len(kept):]
    assert lines == expected
    assert added == len(expected)
