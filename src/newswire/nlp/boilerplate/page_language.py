"""Whether a page is in English: the rules whose evidence is English words run there only.

Most line rules, and the forum widget lines, recognise boilerplate by English words
("subscribe", "terms and conditions", "Read more", "Reply"). On a German or French page such
a word is a loan inside a sentence ("Newsletter", "Cookies"), not a banner, so those rules do
not run there (:func:`~newswire.nlp.boilerplate.line_rules.rule_for`); the rules that read a
line's shape and the phrases of :mod:`.line_words` still do. The page's language is the one
the pipeline will give the article (:func:`newswire.nlp.language.identify`): the input's
claim, else the page's own (``<html lang>``), weighed against the text trafilatura kept. A
text too short or too mixed to tell (``und``) counts as English, as every page did before.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.language import UNDETERMINED, identify

__all__ = ["ENGLISH", "SAMPLE_CHARS", "PageEnglish", "reads_english"]

#: What :func:`identify` may answer for the English rules to run.
ENGLISH = frozenset({"en", UNDETERMINED})
#: The text read for it: the body's first characters tell its language as well as the whole
#: (the same answer on WCXB dev's and Zyte's pages), for 1-2 ms a page instead of ~8.
SAMPLE_CHARS = 1500


def reads_english(title: str, body: etree._Element | None, claimed: str | None) -> bool:
    """True when the page whose headline is ``title`` and whose extracted text is ``body``
    is in English, or cannot be told; ``claimed``: the language it says it is in."""
    return bool(PageEnglish(title, body, claimed))


class PageEnglish:
    """:func:`reads_english`, its text sampled now and its language identified the first
    time it is read as a bool: only a line that an English-words rule recognises asks, and
    most pages have none (py3langid costs 1-2 ms a page, 5% of a page's cleaning)."""

    __slots__ = ("_claimed", "_english", "_sample", "_title")

    def __init__(self, title: str, body: etree._Element | None, claimed: str | None) -> None:
        # Sampled now: the body is changed after this (blocks restored, dropped).
        self._title, self._sample, self._claimed = title, _sample(body), claimed
        self._english: bool | None = None

    def __bool__(self) -> bool:
        if self._english is None:
            found = identify(self._title, self._sample, self._claimed).language
            self._english = found in ENGLISH
        return self._english


def _sample(body: etree._Element | None) -> str:
    """The first :data:`SAMPLE_CHARS` or so of the body's text, a line per text node."""
    parts: list[str] = []
    size = 0
    for text in body.itertext() if body is not None else ():
        if size >= SAMPLE_CHARS:
            break
        if stripped := text.strip():
            parts.append(stripped)
            size += len(stripped)
    return "\n".join(parts)
