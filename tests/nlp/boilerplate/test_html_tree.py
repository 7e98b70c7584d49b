"""Tree helpers of html_tree.py."""

from __future__ import annotations

import pytest
from lxml import etree, html

from newswire.nlp.boilerplate.html_tree import (
    head_meta,
    load_page,
    main_element,
    node_count,
    posts_container,
    repaired,
    text_of,
)


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


@pytest.mark.parametrize(
    ("metas", "limit", "expected"),
    [
        (0, 3, 0),
        (3, 3, 3),
        (4, 3, 3),
        (5_000, 200, 200),
    ],
)
def test_head_meta_holds_at_most_limit_meta_tags(metas: int, limit: int, expected: int) -> None:
    """The first ``limit`` meta tags in a copy, or the page itself; the page is not changed."""
    head = "".join(f"<meta name='m{i}' content='c{i}'>" for i in range(metas))
    tree = html.fromstring(f"<html><head>{head}</head><body><p>a</p></body></html>")
    view = head_meta(tree, limit)
    assert [m.get("name") for m in view.iterfind(".//head/meta")] == [
        f"m{i}" for i in range(expected)]
    assert (view is tree) == (metas <= limit)
    assert len(tree.findall(".//head/meta")) == metas


@pytest.mark.parametrize(
    ("markup", "tag"),
    [
        ("<html><body><main><p>a</p></main><div>b</div></body></html>", "main"),
        ("<html><body><article><p>a</p></article><div>b</div></body></html>", "article"),
        ("<html><body><article>a</article><article>b</article></body></html>", "body"),
        ("<html><body><main>a</main><main>b</main></body></html>", "body"),
        ("<html><body><div><p>a</p></div></body></html>", "body"),
    ],
)
def test_main_element_falls_back_to_the_body(markup: str, tag: str) -> None:
    """One <main>, else one <article>, else the <body> is the page's main element."""
    element = main_element(html.fromstring(markup))
    assert element is not None
    assert element.tag == tag


POSTS = (
    "<article class='message message--post'><div class='bbWrapper'>{}</div></article>")


@pytest.mark.parametrize(("markup", "expected"), [
    ("<body><div class='p-body'><div class='block-body'>"
     + POSTS.format("Bought the 4070 last week.") + POSTS.format("Which brand?")
     + "</div><aside><article>Latest threads</article></aside></div></body>", "block-body"),
    ("<body><main class='thread'><article><p>One post only.</p></article></main></body>", None),
    ("<body><div class='posts'><div class='post'>No article elements.</div>"
     "<div class='post'>Still none.</div></div></body>", None),
])
def test_posts_container_is_the_parent_of_sibling_articles(markup: str,
                                                           expected: str | None) -> None:
    """The parent of two or more sibling <article> elements holds a thread's posts; a lone
    article or posts without <article> markup give none."""
    found = posts_container(html.fromstring(markup))
    assert (found.get("class") if found is not None else None) == expected


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>T</title></head><body><p>a <b>b</b></p><!-- c --></body></html>",
        "<!DOCTYPE html>\n<html><body><form><input value='x'><label>L</label></form></body></html>",
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>é</p></body></html>',
        "<html/>\n<body><p>self-closed html</p></body>",
        "<p>a fragment</p>",
        "plain words, no markup",
        "",
    ],
)
def test_page_is_read_as_trafilatura_reads_it(page: str) -> None:
    """load_page gives trafilatura's load_html tree (or its None), lxml.html's classes."""
    from trafilatura.utils import load_html

    ours, theirs = load_page(page), load_html(page)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert isinstance(ours, html.HtmlElement)
        assert html.tostring(ours) == html.tostring(theirs)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>plain, nothing to repair: “quoted”</p></body></html>",
        "<html><body><p>a\x00b\x08c\x0bd\x1fe\ufffef\uffffg \t\n\r kept</p></body></html>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" />\n<html><body>x</body></html>",
        "<!doctype html>\n<html/>\n<body><p>self-closed html</p></body>",
        "<html lang='en' />\x01<body>both</body>",
        "",
    ],
)
def test_repaired_is_trafilaturas_repair(page: str) -> None:
    """``repaired`` returns what trafilatura's ``repair_faulty_html`` returns (XML's
    forbidden characters deleted, the doctype and ``<html/>`` repairs), also after an
    upgrade of trafilatura, or this fails."""
    from trafilatura.utils import repair_faulty_html

    beginning = page[:50].lower()
    assert repaired(page, beginning) == repair_faulty_html(page, beginning)


@pytest.mark.parametrize(
    ("page", "searched"),
    [
        ("<html><body><p>“no forbidden character” \t\n\r</p></body></html>", False),
        ("<html><body><p>a\x0cb</p></body></html>", True),
        ("<html><body><p>a\uffffb</p></body></html>", True),
    ],
)
def test_repair_searches_the_page_only_where_a_forbidden_character_is(
    monkeypatch: pytest.MonkeyPatch, page: str, searched: bool,
) -> None:
    """The pattern deleting XML's forbidden characters runs over the page only when the page
    holds one (the search of a whole page is what the repair cost)."""
    import trafilatura.utils

    calls: list[str] = []
    real = trafilatura.utils.INVALID_XML_CHARS

    class Spy:
        def sub(self, replacement: str, text: str) -> str:
            calls.append(text)
            return real.sub(replacement, text)

    monkeypatch.setattr(trafilatura.utils, "INVALID_XML_CHARS", Spy())
    repaired(page, page[:50].lower())
    assert bool(calls) is searched


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<div> a <b>b</b>\n c </div>", "a b c"),
        ("<div>a<!-- c -->b<?pi x?>d<p>e</p>f</div>", "abdef"),
        ("<div><script>x = 1</script>y</div>", "x = 1y"),
    ],
)
def test_text_of_is_the_joined_text_single_spaced(markup: str, expected: str) -> None:
    """text_of is the element's itertext joined, runs of spaces made one, tail left out."""
    element = etree.fromstring(f"<root>{markup}tail</root>")[0]
    assert text_of(element) == expected == " ".join("".join(element.itertext()).split())
