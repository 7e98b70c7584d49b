"""Page bytes to text: the charset a page (or a file) declares is often wrong."""

from __future__ import annotations

import pytest

from newswire.io.charset import decode_page

TEXT = ("Le président de la République a déclaré mercredi à l’Élysée que le gouvernement était "
        "« prêt à négocier » avec les syndicats, après une journée de grève très suivie à "
        "Paris, à Lyon et à Marseille. Les élèves et les cheminots ont défilé côte à côte. ")


@pytest.mark.parametrize(("body", "content_type"), [
    (TEXT.encode("utf-8"), "text/html; charset=utf-8"),
    (TEXT.encode("utf-8"), "text/html; charset=iso-8859-1"),
    (TEXT.encode("cp1252"), "text/html; charset=utf-8"),
    (("<meta charset='windows-1252'>" + TEXT).encode("cp1252"), "text/html"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "text/html; charset=latin-1"),
    (TEXT.encode("utf-8") + b"\xff\xfe" + TEXT.encode("utf-8"), "text/html"),
    (TEXT.encode("utf-8") + b"\xe9t\xe9" + TEXT.encode("utf-8"), "text/html; charset=cp1252"),
], ids=["utf8", "utf8-declared-latin1", "cp1252-declared-utf8", "meta", "bom", "stray-bytes",
        "stray-latin1-in-utf8"])
def test_wrong_charsets_decode(body: bytes, content_type: str) -> None:
    """A page decodes right whatever charset it declares."""
    text, _ = decode_page(body, content_type)
    assert TEXT.strip() in text
