"""The lxml side of page extraction: trafilatura's body, the page's main element, repairs.

Functions here know markup (an article cut into boxes by adverts:
:mod:`newswire.nlp.boilerplate.continuations`); the decisions about what is boilerplate live in
:mod:`newswire.nlp.boilerplate.html`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from copy import deepcopy
from itertools import islice

from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html

from newswire.nlp.boilerplate.fallbacks import skipping_idle_fallbacks
from newswire.nlp.boilerplate.trafilatura_paths import python_paths

__all__ = [
    "MAX_FALLBACK_ELEMENTS",
    "MAX_META_TAGS",
    "drop",
    "drop_blocks_where",
    "head_meta",
    "iter_blocks",
    "load_page",
    "main_element",
    "node_count",
    "normalise_body",
    "page_anchors",
    "paragraph",
    "posts_container",
    "repaired",
    "text_of",
    "trafilatura_body",
]

#: Above this many elements trafilatura runs without its fallbacks: jusText's revision of
#: short paragraphs is quadratic (10,000 empty divs took 5 s, 40,000 took 100 s). The
#: largest WCXB dev page has 15,800 elements, 99% have fewer than 7,400 (3 have more).
MAX_FALLBACK_ELEMENTS = 10_000
#: Meta tags of a page's head read for its metadata. trafilatura merges every author meta
#: tag with all the authors before it (cubic: 2,500 of them took minutes); real pages have
#: a few dozen meta tags.
MAX_META_TAGS = 200
#: lxml.html's element classes, looked up by libxml2's side of lxml: lxml.html's own lookup
#: is a Python call for every element object made (2.5 million for 300 WCXB pages, a tenth
#: of the cleaning time under a profiler). Its form-field classes, the only others it
#: gives, are read neither here nor by trafilatura, htmldate or jusText.
_PAGE_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity)


def _page_parser() -> etree.HTMLParser:
    """trafilatura's HTML parser (``trafilatura.utils.HTML_PARSER``: same options) with
    :data:`_PAGE_CLASSES`."""
    parser = etree.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                              remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(_PAGE_CLASSES)
    return parser


_PARSER = _page_parser()
#: What ``trafilatura.utils.INVALID_XML_CHARS`` matches, one character each.
_INVALID_XML_CHARS = tuple(
    chr(code) for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF))


def load_page(html: str) -> etree._Element | None:
    """The page's tree, read as trafilatura's ``load_html`` reads a string (its repairs, its
    fallback on bytes, its rejection of what is no HTML), by :func:`_page_parser`."""
    from trafilatura.utils import is_dubious_html

    beginning = html[:50].lower()
    html = repaired(html, beginning)
    tree: etree._Element | None = None
    read_as_bytes = False
    try:
        tree = lxml_html.fromstring(html, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree, read_as_bytes = _from_bytes(html), True
    except Exception:  # noqa: BLE001, S110 - as trafilatura: read as bytes next
        pass
    if (tree is None or len(tree) < 1) and not read_as_bytes:
        tree = _from_bytes(html)
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


def repaired(html: str, beginning: str) -> str:
    """``trafilatura.utils.repair_faulty_html(html, beginning)``: the same string. Its first
    step deletes the characters XML forbids with a search of the whole page (1.8 ms a page);
    no WCXB page holds one, and looking for each of them is three times faster, so the search
    is made only where one is there."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS

    if any(char in html for char in _INVALID_XML_CHARS):
        html = INVALID_XML_CHARS.sub("", html)
    # As trafilatura: a doctype lxml misreads (libxml2 bug 1955915), a self-closing <html/>.
    if "doctype" in beginning:
        firstline, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return str(FAULTY_HTML.sub(r"\1>", html, count=1))
    return html


def _from_bytes(html: str) -> etree._Element | None:
    try:
        tree: etree._Element = lxml_html.fromstring(html.encode("utf8", "surrogatepass"),
                                                    parser=_PARSER)
    except Exception:  # noqa: BLE001 - as trafilatura: a page lxml cannot read is no page
        return None
    return tree


def node_count(tree: etree._Element) -> int:
    """How many elements, comments and processing instructions ``tree`` holds (what
    ``tree.iter()`` yields), counted by libxml2: half the cost of iterating in Python. Three
    counts, not one of a union: libxml2 sorts and deduplicates a union's node sets, quadratic
    on large pages."""
    return sum(int(tree.xpath(f"count({axis})")) for axis in (
        "descendant-or-self::*", "descendant::comment()", "descendant::processing-instruction()"))


def head_meta(tree: etree._Element, limit: int = MAX_META_TAGS) -> etree._Element:
    """``tree`` itself, or when its head holds more than ``limit`` meta tags, a copy of its
    first ``limit`` ones in an otherwise empty page (``tree`` is left as it is)."""
    metas = list(islice(tree.iterfind(".//head/meta"), limit + 1))
    if len(metas) <= limit:
        return tree
    page = etree.Element("html")
    head = etree.SubElement(page, "head")
    for meta in metas[:limit]:
        head.append(deepcopy(meta))
    return page


def trafilatura_body(
    tree: etree._Element, url: str | None, fast: bool = False
) -> etree._Element | None:
    """trafilatura's article body as XML (``p``, ``head``, ``list``...), or None.

    Its own balanced settings with fallbacks, without comments: on WCXB dev they beat
    ``fast`` (no fallbacks), ``favor_recall``, ``favor_precision`` and deduplication. The
    fallbacks run only where its own body looks deficient (:mod:`.fallbacks`). Pages larger
    than :data:`MAX_FALLBACK_ELEMENTS`, and those the caller asks ``fast`` for, go without
    fallbacks.
    """
    from trafilatura import bare_extraction

    fast = fast or node_count(tree) > MAX_FALLBACK_ELEMENTS
    # Without include_links: asking trafilatura for links changes which block it picks.
    # Format "txt": only the XML body is read; the default ("python") also writes the body
    # out as text, which nothing reads (0.4 ms a page). It changes nothing else in
    # bare_extraction.
    # Its fallbacks run only where its own text looks short (:mod:`.fallbacks`); its
    # costliest XPath expressions are answered in Python (:mod:`.trafilatura_paths`).
    with skipping_idle_fallbacks(), python_paths():
        doc = bare_extraction(
            tree, url=url, fast=fast, include_comments=False, include_tables=True,
            with_metadata=False, output_format="txt",
        )
    body: etree._Element | None = getattr(doc, "body", None)
    return body


def main_element(tree: etree._Element) -> etree._Element | None:
    """The page's one ``<main>`` (or ``role="main"``) element, else its one ``<article>``,
    else its ``<body>``: a page without a main element has the body in that role (landing
    and service pages, whose gold is the whole page less its menus and footer)."""
    mains = tree.xpath("//main|//*[@role='main']")
    if len(mains) == 1:
        return mains[0]
    articles = tree.xpath("//article") if not mains else []
    if len(articles) == 1:
        return articles[0]
    body: etree._Element | None = tree.find(".//body")
    return body


def posts_container(tree: etree._Element) -> etree._Element | None:
    """The element holding a thread's posts: the parent of the most ``<article>`` elements,
    when at least two share it."""
    parents = Counter(a.getparent() for a in tree.iter("article"))
    if not parents:
        return None
    parent, count = parents.most_common(1)[0]
    return parent if count >= 2 else None


def normalise_body(body: etree._Element) -> None:
    """One line, one element: wrap stray text in paragraphs and split paragraphs at breaks.

    trafilatura leaves text between paragraphs as element tails and joins lines with
    ``<lb/>``; a line rule can only remove what is its own element.
    """
    if body.text and body.text.strip():
        body.insert(0, paragraph(body.text))
    body.text = None
    for child in list(body):
        if child.tail and child.tail.strip():
            child.addnext(paragraph(child.tail))
        child.tail = None
    for p in [c for c in body if c.tag == "p" and c.find("lb") is not None]:
        _split_at_breaks(p)


def paragraph(text: str) -> etree._Element:
    element = etree.Element("p")
    element.text = text
    return element


def _split_at_breaks(p: etree._Element) -> None:
    """Replace ``p`` by one paragraph per ``<lb/>``-separated line."""
    parts = [paragraph(p.text or "")]
    for child in list(p):
        if child.tag == "lb":
            parts.append(paragraph(child.tail or ""))
        else:
            parts[-1].append(child)  # moves the child, with its tail
    for part in reversed(parts):
        if "".join(part.itertext()).strip():
            p.addnext(part)
    p.getparent().remove(p)


def page_anchors(tree: etree._Element) -> dict[str, str]:
    """Anchor text to URL for every link of the page with at least two words of text."""
    anchors: dict[str, str] = {}
    for a in tree.iter("a"):
        href = a.get("href") or ""
        text = text_of(a)
        if href.startswith(("http", "/")) and len(text) > 3 and " " in text:
            anchors.setdefault(text, href)
    return anchors


def text_of(element: etree._Element) -> str:
    """The words of ``element`` (its tail aside), single-spaced. libxml2 writes its text out:
    the same string as ``"".join(element.itertext())``, in a quarter of the time."""
    if not isinstance(element.tag, str):  # a comment's or processing instruction's text
        return " ".join("".join(element.itertext()).split())
    text: str = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    return " ".join(text.split())


def iter_blocks(body: etree._Element) -> Iterator[etree._Element]:
    """The top-level blocks of trafilatura's XML body; list items count as blocks."""
    for element in body:
        if element.tag == "list":
            yield from element.iter("item")
        elif isinstance(element.tag, str):
            yield element


def drop(element: etree._Element, *, keep_spaces: bool = False) -> None:
    """Remove an element but keep its tail text, which belongs to the parent (``keep_spaces``:
    a tail of spaces too, so the words on both sides stay apart)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and (keep_spaces or tail.strip()):
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def drop_blocks_where(body: etree._Element, matches: Callable[[str], bool]) -> list[str]:
    """Remove the blocks of ``body`` whose text ``matches``; their non-empty texts, in order."""
    dropped = [(block, text) for block in iter_blocks(body) if matches(text := text_of(block))]
    for block, _ in dropped:
        drop(block)
    return [text for _, text in dropped if text]
