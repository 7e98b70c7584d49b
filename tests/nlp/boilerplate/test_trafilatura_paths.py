"""trafilatura's costliest XPath expressions answered in Python (trafilatura_paths.py)."""

from __future__ import annotations

from importlib import import_module

import pytest
import trafilatura.xpaths
from lxml import etree

from newswire.nlp.boilerplate import trafilatura_paths
from newswire.nlp.boilerplate.html_tree import load_page, trafilatura_body
from newswire.nlp.boilerplate.trafilatura_paths import PythonPath, guard_holds, python_paths

SENTENCE = "The council approved the new budget for the coming year after a long debate."
ARTICLE = "".join(f"<p>{SENTENCE} Paragraph {i} of the report.</p>" for i in range(8))


def _expression(name: str, index: int | None) -> PythonPath:
    with python_paths():
        pass  # installs the loops
    if index is None:
        expression = getattr(import_module("trafilatura.baseline"), name)
    else:
        expression = getattr(trafilatura.xpaths, name)[index]
    assert isinstance(expression, PythonPath)
    return expression


@pytest.mark.parametrize(
    ("markup", "name", "index", "selected"),
    [
        # The consent test reads the first of id and class in source order.
        ("<div id='x' class='cookiewall'>a</div><div class='cookiewall' id='x'>b</div>",
         "OVERALL_DISCARD_XPATH", 0, 1),
        ("<span role='Navigation'>a</span><p data-lp-replacement-content=''>b</p>"
         "<div data-component='MostPopularStories'>c</div><section class='x'>d</section>",
         "OVERALL_DISCARD_XPATH", 0, 3),
        ("<div id='share-top'>a</div><div class='social widget'>b</div><a class='share-'>c</a>"
         "<div class='hare'>d</div><div id='shared'>e</div>", "OVERALL_DISCARD_XPATH", 0, 3),
        # Any element; ids before styles, classes before ids; comments are no elements.
        ("<b style='x' id='hidden-a'>a</b><b id='x' style='hidden'>b</b><!-- c -->"
         "<i class='reply-to' id='r'>d</i><i id='r' class='reply-to'>e</i>"
         "<em style='display: none'>f</em><u aria-hidden='true'>g</u>"
         "<h2 class='comments-title'>h</h2>",
         "OVERALL_DISCARD_XPATH", 1, 4),
        ("<div class='x hide'>a</div><div id='akismet-1'>b</div><div class='hidden'>c</div>",
         "OVERALL_DISCARD_XPATH", 1, 2),
        # Lists only by their own comment names; "commentary" is no comment.
        ("<div id='comments'>a</div><ol class='x'>b</ol><ul id='comment-list'>c</ul>"
         "<section class='post-comments'>d</section><div id='commentary'>e</div>",
         "REMOVE_COMMENTS_AND_LISTS_XPATH", 0, 3),
        # An infinite-scroll box goes unless it holds the headline.
        ("<div class='infinite-scroll'><h1>Title</h1></div><div class='infinitescroll'>a</div>"
         "<aside id='mvp-post-add-box'><h1>b</h1></aside>", "RAW_TREE_PRUNE_XPATH", 0, 2),
        # The first named body of each parent.
        ("<div class='entry'>a</div><div class='post'>b</div><section><article "
         "itemprop='articleBody'>c</article></section><main id='article-body'>d</main>",
         "BODY_XPATH", 0, 2),
        ("<div class='teaser'>a</div><div class='FullText'>b</div><div role='article'>c</div>",
         "BODY_XPATH", 2, 1),
        ("<div class='teaser'>a</div>", "BODY_XPATH", 2, 0),
        ("<div id='x'>a</div><section class='Main-Content'>b</section><div id='content'>c</div>",
         "BODY_XPATH", 3, 1),
        ("<div class='elementor-share-buttons x'>a</div><p class='elementor-share-buttons'>b</p>",
         "RAW_TREE_PRUNE_XPATH", 1, 1),
        ("<div id='Teaser-1'>a</div><span class='TEASER'>b</span><p class='teasers'>c</p>",
         "TEASER_DISCARD_XPATH", 0, 2),
        ("<div id='Caption'>a</div><p class='wp-caption'>b</p><figure class='caption'>c</figure>",
         "DISCARD_IMAGE_ELEMENTS", 0, 1),
        # Page text: asides, footers (a div's by its first of class and id), scripts, banners.
        ("<aside>a</aside><div class='x' id='footer'>b</div><div id='footer' class='x'>c</div>"
         "<script>d</script><p id='CookieBanner'>e</p><svg><g/></svg><!-- f -->",
         "BASIC_CLEAN_XPATH", None, 5),
        # Bylines: the root element counts for //*; <author> elements in document order.
        ("<p rel='author'>a</p><author>b</author><span class='authorName'>c</span>"
         "<div><rel>me</rel>d</div><h2 class='author'>e</h2>", "AUTHOR_XPATHS", 0, 4),
        ("<h4 class='byl'>a</h4><p itemprop='author'>b</p><div id='bianji'>c</div>"
         "<b class='author'>d</b>", "AUTHOR_XPATHS", 1, 3),
        ("<b class='Byline'>a</b><i data-component='Byline'>b</i><u id='Author'>c</u>"
         "<em class='writer'>d</em><s class='byline'>e</s>", "AUTHOR_XPATHS", 2, 5),
        ("<div class='date'>a</div><span id='comment-list'>b</span><a class='print-me'>c</a>"
         "<section data-component='Figure'>d</section><p class='date'>e</p>",
         "AUTHOR_DISCARD_XPATHS", 0, 4),
    ],
)
def test_loop_selects_what_the_xpath_selects(markup: str, name: str, index: int | None,
                                             selected: int) -> None:
    """Each loop gives the elements its XPath gives, in the same order."""
    expression = _expression(name, index)
    tree = load_page(f"<html><body>{markup}</body></html>")
    assert tree is not None
    expected = expression.xpath(tree)
    with python_paths():
        found = expression(tree)
    assert [id(e) for e in found] == [id(e) for e in expected]
    assert len(found) == selected


def test_guard_holds_for_the_installed_trafilatura() -> None:
    """The loops stand in with the trafilatura installed: an upgrade that changes one of
    the expressions fails here (rewrite its loop, then its hash)."""
    _expression("OVERALL_DISCARD_XPATH", 0)
    assert guard_holds()


def _calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    expression = _expression("OVERALL_DISCARD_XPATH", 0)
    select = expression.select

    def counted(tree: etree._Element) -> list[etree._Element]:
        calls.append(1)
        return select(tree)

    monkeypatch.setattr(expression, "select", counted)
    return calls


def test_newswire_call_uses_the_loops(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura's body, read for newswire, goes through the loops."""
    calls = _calls(monkeypatch)
    tree = load_page(f"<html><body><article>{ARTICLE}</article></body></html>")
    assert trafilatura_body(tree, None) is not None
    assert calls


def test_trafilatura_alone_keeps_its_xpath(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura called outside newswire's call evaluates its own XPath."""
    calls = _calls(monkeypatch)
    html = f"<html><body><article>{ARTICLE}</article></body></html>"
    assert trafilatura.extract(html)
    assert not calls
    assert trafilatura_paths._ACTIVE.get() is False


def test_installing_again_keeps_one_loop_per_expression(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second install (another thread's, at start) stands in for trafilatura's XPath
    once: no loop wraps another loop."""
    first = _expression("OVERALL_DISCARD_XPATH", 0)
    monkeypatch.setattr(trafilatura_paths, "_INSTALLED", [])
    with python_paths():
        pass
    again = trafilatura.xpaths.OVERALL_DISCARD_XPATH[0]
    assert again is first
    assert isinstance(again.xpath, etree.XPath)
