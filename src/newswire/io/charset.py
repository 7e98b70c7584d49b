"""Bytes of a page to text: the charset a page declares is often wrong.

Valid UTF-8 with non-ASCII characters is almost never another encoding by accident, so it
wins over any declaration (a page declared ``iso-8859-1`` but written in UTF-8 would
otherwise come out as mojibake); so does UTF-8 with a few stray bytes (a page pasted
together from two sources), read with those bytes replaced; then the HTTP header's charset,
then ``<meta charset>``, each only if the bytes decode with it; then charset-normalizer's
guess.  Files and standard input are read the same way (``newswire send page.html``).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

__all__ = ["BINARY_SHARE", "declared_charset", "decode_page", "guess_charset", "looks_binary"]

#: Share of a decoded file's characters that may be control characters (other than
#: whitespace) or undecodable bytes before it is binary content, not text: a text in any
#: charset has almost none, random bytes read as UTF-8 or cp1252 have 10-60%.
BINARY_SHARE = 0.05

#: Control characters other than whitespace, and the replacement of an undecodable byte.
_ODD = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def declared_charset(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header."""
    for part in (content_type or "").split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """``(text, encoding used)`` of a page's bytes."""
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", "replace"), "utf-8"
    meta = _META.search(body[:4096])
    candidates = ["utf-8", declared_charset(content_type),
                  meta[1].decode("ascii", "replace") if meta else None]
    for encoding in candidates:
        text = _strict(body, encoding)
        if text is not None:
            return text, _name(encoding or "utf-8")
        if encoding == "utf-8" and (text := _mostly_utf8(body)) is not None:
            return text, "utf-8"
    encoding = guess_charset(body[:200_000])
    return body.decode(encoding, "replace"), _name(encoding)


def guess_charset(sample: bytes) -> str:
    """charset-normalizer's best guess; among guesses that fit equally well, windows-1252
    (the legacy encoding pages mislabel most often, and the web's default for Western text)."""
    matches = from_bytes(sample)
    best = matches.best()
    if best is None:
        return "utf-8"
    tied = {m.encoding for m in matches
            if (m.chaos, m.coherence) == (best.chaos, best.coherence)}
    return "cp1252" if "cp1252" in tied else str(best.encoding)


def looks_binary(text: str) -> bool:
    """Whether decoded ``text`` is binary content (an image, an archive, random bytes) rather
    than text: over :data:`BINARY_SHARE` of its characters are controls or U+FFFD."""
    return bool(text) and len(_ODD.findall(text)) > BINARY_SHARE * len(text)


def _mostly_utf8(body: bytes) -> str | None:
    """``body`` read as UTF-8 with its invalid bytes replaced, when its valid multi-byte
    characters outnumber those bytes at least twice: a legacy 8-bit text has almost no valid
    UTF-8 sequences (``é`` in cp1252 is one byte followed by ASCII), a UTF-8 page with a stray
    byte has many."""
    text = body.decode("utf-8", "replace")
    invalid = text.count("\ufffd")
    valid = sum(1 for char in text if ord(char) > 127) - invalid
    return text if valid >= 2 * invalid else None


def _strict(body: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return body.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding
