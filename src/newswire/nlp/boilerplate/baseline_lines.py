"""trafilatura's last resort, a whole article in one line: split back where its blocks end.

When its own extraction and the fallbacks find too little, trafilatura's ``baseline`` takes
the text of the page's ``<article>`` element as one paragraph: a live blog's entries, a
guide's headings and steps, its byline and its disclaimer run together in one line (WCXB dev
tune: 5 of 742 pages, of 5 sites; a live blog and two long guides among them). Every stage
after reads lines: the line rules cannot take a byline or a disclaimer out of one, and the
quote rules read across a live blog's entries. The line is split back where the
``<article>``'s block elements end, keeping only the text trafilatura kept, in its order;
when the blocks do not give that text back (another element was read), it stays as it was.

Lives here: :func:`split_article_line`. Imports lxml only.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["split_article_line"]

#: Elements a line ends at (a ``<br>`` too); inline ones (``a``, ``b``, ``time``, ``span``)
#: stay inside their line.
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl",
    "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr",
    "ul"})
_UNREAD_TAGS = frozenset({"script", "style", "noscript", "template"})
#: Share of the one line's characters its blocks must give back, in order, to replace it.
_MIN_COVERED = 0.95


def split_article_line(body: etree._Element | None, tree: etree._Element) -> bool:
    """Replace ``body``'s only paragraph, when it is the text of one of the page's
    ``<article>`` elements run together, by one paragraph per block of that element;
    whether it did."""
    if body is None or len(body) != 1 or body[0].tag != "p" or len(body[0]):
        return False
    text = " ".join((body[0].text or "").split())
    if not text:
        return False
    for article in tree.iterfind(".//article"):
        lines = _kept_lines(_block_lines(article), text)
        if lines:
            body.remove(body[0])
            for line in lines:
                etree.SubElement(body, "p").text = line
            return True
    return False


def _block_lines(element: etree._Element) -> list[str]:
    """The text of ``element``, one line per block (scripts and styles unread)."""
    lines: list[str] = []
    pieces: list[str] = []

    def end_line() -> None:
        line = " ".join("".join(pieces).split())
        pieces.clear()
        if line:
            lines.append(line)

    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else None
        if event == "start":
            if tag in _UNREAD_TAGS or tag is None:
                walker.skip_subtree()
                continue
            if tag in _BLOCK_TAGS:
                end_line()
            pieces.append(node.text or "")
            continue
        if tag in _BLOCK_TAGS:
            end_line()
        if node is not element:
            pieces.append(node.tail or "")
    end_line()
    return lines


def _kept_lines(lines: list[str], text: str) -> list[str]:
    """The ``lines`` that make up ``text`` in order (a line trafilatura's cleaning dropped is
    passed over), when they give back nearly all of it and are two or more; else none."""
    kept: list[str] = []
    at = 0
    for line in lines:
        start = at + 1 if text.startswith(" ", at) else at
        if text.startswith(line, start):
            kept.append(line)
            at = start + len(line)
    covered = sum(len(line) for line in kept) / len(text)
    return kept if len(kept) >= 2 and covered >= _MIN_COVERED else []
