"""trafilatura's costliest XPath expressions answered in Python (trafilatura_paths.py)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from importlib import import_module

import pytest
import trafilatura.xpaths
from lxml import etree

from newswire.nlp.boilerplate import path_loops as loops
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
        # Empty attributes read as "" where present: an empty id first hides the class from
        # the consent test; an element with neither id, class nor style is tested as one
        # whose attributes are all "".
        ("<div id='' class='cookie'>a</div><div class='cookie' id=''>b</div><div>c</div>",
         "OVERALL_DISCARD_XPATH", 0, 1),
        ("<b id='' style='hidden'>a</b><b style='hidden' id=''>b</b><b class=''>c</b><b>d</b>"
         "<b aria-hidden='true'>e</b>", "OVERALL_DISCARD_XPATH", 1, 2),
        ("<div id='' class='comments'>a</div><ol id='' class=''>b</ol><div class=''>c</div>",
         "REMOVE_COMMENTS_AND_LISTS_XPATH", 0, 1),
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


def _pristine(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura's own XPath objects where the guard reads them (copies of its lists,
    the originals put back after the test), and the loops not yet installed, as at the
    start of a process."""
    _expression("OVERALL_DISCARD_XPATH", 0)
    for module, name, _ in trafilatura_paths._LOOPS:
        held = getattr(import_module(module), name)
        own = (held.xpath if isinstance(held, PythonPath)
               else [e.xpath if isinstance(e, PythonPath) else e for e in held])
        monkeypatch.setattr(import_module(module), name, own)
    monkeypatch.setattr(trafilatura_paths, "_INSTALLED", [])


def _stood_in() -> list[tuple[str, str, int | None]]:
    return [key for key in trafilatura_paths._LOOPS
            if isinstance(trafilatura_paths._get(*key), PythonPath)]


@pytest.mark.parametrize(
    ("change", "key"),
    [
        # A release that edits one expression's text.
        ("changed text", ("trafilatura.xpaths", "OVERALL_DISCARD_XPATH", 0)),
        # A release whose list is shorter (the expression is gone).
        ("missing item", ("trafilatura.xpaths", "BODY_XPATH", 3)),
        # A release where the name holds something else than an XPath.
        ("no XPath", ("trafilatura.baseline", "BASIC_CLEAN_XPATH", None)),
        # A release without the module the loops were written for.
        ("missing module", ("trafilatura.no_such_module", "BODY_XPATH", 0)),
    ],
)
def test_guard_fails_open(monkeypatch: pytest.MonkeyPatch, change: str,
                          key: tuple[str, str, int | None]) -> None:
    """Where one expression is not the one its loop was written for, no expression is
    replaced (trafilatura keeps its XPath: slower, same output) and nothing raises."""
    _pristine(monkeypatch)
    assert guard_holds()
    module, name, index = key
    if change == "changed text":
        getattr(trafilatura.xpaths, name)[index] = etree.XPath(".//aside")  # a copy
    elif change == "missing item":
        monkeypatch.setattr(trafilatura.xpaths, name, getattr(trafilatura.xpaths, name)[:3])
    elif change == "no XPath":
        monkeypatch.setattr(import_module(module), name, lambda tree: [])
    else:
        monkeypatch.setitem(trafilatura_paths._LOOPS, key, ("0" * 16, loops.share_buttons))
    assert not guard_holds()
    with python_paths():
        pass
    assert _stood_in() == []
    assert trafilatura_paths._INSTALLED == [False]


MARKUP = ("<div id='share-top'>a</div><div class='cookie-banner'>b</div>"
          "<div class='social widget'>c</div>")


@pytest.mark.parametrize(
    ("where", "selected"),
    [
        ("outside the context", 3),  # trafilatura alone, or another thread
        ("another thread", 3),  # a context does not follow a plain thread
        ("inside, with XPath variables", 3),  # a call the loops were not written for
        ("inside, the loop raising", 3),
        ("inside", 0),  # the stand-in loop, here one that finds nothing
    ],
)
def test_the_xpath_answers_where_the_loop_does_not(where: str, selected: int) -> None:
    """A stand-in answers with its loop only for newswire's own calls; everywhere else
    (and where its loop raises) with trafilatura's XPath, the same elements."""
    xpath = _expression("OVERALL_DISCARD_XPATH", 0).xpath

    def select(tree: etree._Element) -> list[etree._Element]:
        if where.endswith("raising"):
            raise ValueError(where)
        return []

    stand_in = PythonPath(xpath, select)
    tree = load_page(f"<html><body>{MARKUP}</body></html>")
    assert tree is not None
    found: list[etree._Element] = []
    if where == "outside the context":
        found = stand_in(tree)
    with python_paths():
        if where == "another thread":
            worker = threading.Thread(target=lambda: found.extend(stand_in(tree)))
            worker.start()
            worker.join()
        elif where.startswith("inside, with"):
            found = stand_in(tree, unused="x")
        elif where.startswith("inside"):
            found = stand_in(tree)
    assert [id(e) for e in found] == [id(e) for e in xpath(tree)][:selected]
    assert len(found) == selected
    assert stand_in.failed is where.endswith("raising")


def test_newswire_call_in_a_worker_thread_uses_the_loops(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The stream runs the pipeline in an executor thread: the context is entered in the
    thread that calls trafilatura, so the loops answer there."""
    calls = _calls(monkeypatch)
    tree = load_page(f"<html><body><article>{ARTICLE}</article></body></html>")
    with ThreadPoolExecutor(max_workers=1) as executor:
        assert executor.submit(trafilatura_body, tree, None).result() is not None
    assert calls


@pytest.mark.parametrize(
    ("markup", "name", "index", "selected"),
    [
        # //* reads the whole document even from a block inside it.
        ("<p class='byline'>a</p><section><span class='author'>b</span></section>",
         "AUTHOR_XPATHS", 2, 2),
        # .//* reads below the block only, its own children included.
        ("<div class='entry'>a</div><section><div class='entry'>b</div></section>",
         "BODY_XPATH", 0, 1),
        ("<div id='share'>a</div><section><span class='social'>b</span></section>",
         "OVERALL_DISCARD_XPATH", 0, 1),
    ],
)
def test_loop_reads_from_a_block_as_the_xpath_does(markup: str, name: str, index: int,
                                                   selected: int) -> None:
    """Called on a block rather than the page, each loop keeps its XPath's axis."""
    expression = _expression(name, index)
    tree = load_page(f"<html><body>{markup}</body></html>")
    assert tree is not None
    block = tree.find(".//section")
    with python_paths():
        found = expression(block)
    assert [id(e) for e in found] == [id(e) for e in expression.xpath(block)]
    assert len(found) == selected
