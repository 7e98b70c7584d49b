"""CoNLL-2003 files read as articles: one sentence a line, with the gold entities' offsets.

Tokens are joined with one space, except before closing punctuation (``, . : ; ) ? ! %`` and
``'s``/``n't``) and after ``(`` and ``$``, with straight double quotes glued to what they
enclose; one line per sentence, the headline first (:func:`layout`). IOB1 and IOB2 tags.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Document", "Sentence", "join_tokens", "layout", "read_documents"]

_NO_SPACE_BEFORE = {",", ".", ":", ";", ")", "?", "!", "%", "'s", "’s", "n't", "'"}
_NO_SPACE_AFTER = {"(", "$"}

Sentence = list[tuple[str, str]]


@dataclass
class Document:
    """One CoNLL document as plain text, one sentence a line, with its gold entities."""

    text: str
    lines: list[tuple[str, list[tuple[int, int, str]]]] = field(default_factory=list)


def read_documents(path: Path) -> Iterator[list[Sentence]]:
    """Documents as lists of sentences of (token, tag)."""
    doc: list[Sentence] = []
    sentence: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            if doc or sentence:
                yield [*doc, sentence] if sentence else doc
            doc, sentence = [], []
        elif cols:
            sentence.append((cols[0], cols[-1]))
        elif sentence:
            doc.append(sentence)
            sentence = []
    if sentence:
        doc.append(sentence)
    if doc:
        yield doc


def layout(sentences: list[Sentence]) -> Document:
    """The document's text, one sentence a line, with each line's gold spans."""
    lines = [join_tokens(sentence) for sentence in sentences]
    return Document("\n".join(text for text, _ in lines), lines)


def join_tokens(tokens: Sentence) -> tuple[str, list[tuple[int, int, str]]]:
    """One sentence as text, with (start, end, type) of its gold entities (IOB1 or IOB2)."""
    text, spans, open_quote = "", [], False
    current: list[int | str] | None = None  # [start, end, type] of the entity being read
    previous = "O"
    for token, tag in tokens:
        glue = not text or token in _NO_SPACE_BEFORE or text[-1:] in _NO_SPACE_AFTER
        if token == '"':
            glue, open_quote = not text or open_quote, not open_quote
        elif text.endswith('"') and open_quote:
            glue = True
        text += ("" if glue else " ") + token
        start, end = len(text) - len(token), len(text)
        kind = tag[2:] if tag != "O" else None
        begins = kind and (tag.startswith("B-") or previous == "O" or previous[2:] != kind)
        if current and (kind is None or begins):
            spans.append((int(current[0]), int(current[1]), str(current[2])))
            current = None
        if kind and begins:
            current = [start, end, kind]
        elif kind and current:
            current[1] = end
        previous = tag
    if current:
        spans.append((int(current[0]), int(current[1]), str(current[2])))
    return text, spans
