"""The author's card at the end of an article: their name, job title and biography.

Blogs and company sites close a post with a box about its writer ("Mirel Zaman is the
health and fitness director at PS. She has over 15 years...", "Ludo Fourrage" / "Founder
and CEO"). trafilatura keeps it when the box sits inside the article's container and its
class does not say ``author`` (those go earlier: ``collapsed.drop_kept_boxes``). The reader
and WCXB's gold see no article text there. A block among the last :data:`TAIL_BLOCKS` kept
ones goes when it is the name of one of the page's authors (as its metadata gives them, two
words or more), with the short title line under it, or when it opens with that name, or its
first name, followed by a verb of biography ("is", "has", "joined", "writes"...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newswire.nlp.boilerplate.line_rules import is_sentence, words

__all__ = ["BIO_VERBS", "TAIL_BLOCKS", "TITLE_WORDS", "author_bio"]

#: Blocks at the end of the article searched for the card: a card is name, title, biography
#: and perhaps a link or two.
TAIL_BLOCKS = 4
#: A job title under the name ("Founder and CEO") is a short line that is no sentence.
TITLE_WORDS = 6
#: What follows a writer's name in a biography.
BIO_VERBS = (r"is|was|has|holds|writes|covers|serves|joined|works|leads|brings|received|"
             r"earned|graduated|specializes|specialises|began|started")


def author_bio(texts: Sequence[str], candidates: Sequence[int], authors: Sequence[str]
               ) -> set[int]:
    """Indices among the last :data:`TAIL_BLOCKS` of ``candidates`` (indices of ``texts``,
    in order) that are the card of one of ``authors``."""
    names = [name for name in authors if len(name.split()) >= 2]
    if not names:
        return set()
    tail = list(candidates)[-TAIL_BLOCKS:]
    found: set[int] = set()
    for at, index in enumerate(tail):
        text = texts[index].strip()
        if text in names:
            found.add(index)
            below = tail[at + 1] if at + 1 < len(tail) else None
            if below is not None and _title_line(texts[below]):
                found.add(below)
        elif any(_opens_bio(text, name) for name in names):
            found.add(index)
    return found


def _opens_bio(text: str, name: str) -> bool:
    """Whether ``text`` opens with :func:`_bio_start` of ``name``. The pattern is compiled
    only for a text that opens with the name, its first word or "Dr" (each page names new
    authors, so compiling every one cost 1% of a page's cleaning time)."""
    first = name.split(maxsplit=1)[0]
    return text.startswith(("Dr", name, first)) and bool(_bio_start(name).match(text))


def _bio_start(name: str) -> re.Pattern[str]:
    """The start of a biography: "<name>, <role>, is ...", "<first name> has ..."."""
    first = re.escape(name.split(maxsplit=1)[0])
    return re.compile(
        rf"(?:Dr\.? )?(?:{re.escape(name)}|{first})(?:,[^,]{{1,80}},)? (?:{BIO_VERBS})\b")


def _title_line(text: str) -> bool:
    return 0 < len(words(text)) <= TITLE_WORDS and not is_sentence(text)
