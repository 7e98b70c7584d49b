"""Menus of a whole page pasted as text: runs of short labels, mostly section names.

A list in an article ("Donald Trump", "Ted Cruz", "Marco Rubio") is a run of short lines too;
what tells a menu is its words: "Home", "World", "Sport", "Contact us", "Newsletters".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newswire.nlp.boilerplate.line_rules import is_sentence, words

__all__ = [
    "LABEL_MAX_WORDS",
    "SECTION_SHARES",
    "SECTION_WORDS",
    "is_menu_run",
    "is_section_name",
    "is_short_label",
]

#: Longest label of a menu, in words.
LABEL_MAX_WORDS = 4
#: A run is a menu with two section names making half of it, or three making a quarter.
SECTION_SHARES = ((2, 0.5), (3, 0.25))

_DIGIT = re.compile(r"\d")
#: Words of section names and site links; glue words ("and", "us") count with them.
SECTION_WORDS = frozenset({
    "about", "account", "advertise", "advertising", "all", "analysis", "and", "archive",
    "archives", "arts", "autos", "blog", "blogs", "books", "business", "careers", "cars",
    "channels", "climate", "columnists", "columns", "comment", "commerce", "contact", "cookies",
    "crime", "culture", "data", "economy", "edition", "editorial", "education", "elections",
    "entertainment", "environment", "español", "estate", "events", "explore", "faq", "fashion",
    "features", "film", "food", "football", "games", "gaming", "graphics", "health", "help",
    "home", "horoscope", "horoscopes", "information", "international", "investigations", "jobs",
    "latest", "life", "lifestyle", "live", "local", "log", "login", "markets", "media", "menu",
    "more", "movies", "music", "national", "news", "newsletter", "newsletters", "obituaries",
    "opinion", "our", "partners", "photos", "podcast", "podcasts", "policy", "politics",
    "popular", "premium", "privacy", "property", "puzzles", "radio", "real", "register",
    "releases", "reviews", "rss", "science", "search", "sections", "services", "shop", "sign",
    "sitemap", "society", "sport", "sports", "store", "style", "subscribe", "subscriptions",
    "support", "tech", "technology", "television", "terms", "the", "today", "topics", "travel",
    "trending", "tv", "us", "video", "videos", "watch", "weather", "world", "your",
})


def is_short_label(line: str) -> bool:
    """A line of a few words, no digits, that does not end like a sentence or a lead-in."""
    stripped = line.strip()
    n_words = len(words(stripped))
    return (0 < n_words <= LABEL_MAX_WORDS and not is_sentence(stripped)
            and not stripped.endswith(":") and not _DIGIT.search(stripped))


def is_section_name(line: str) -> bool:
    """A label made only of section words: "World", "Contact Us", "Arts & Culture"."""
    return all(w.casefold() in SECTION_WORDS for w in words(line))


def is_menu_run(labels: Sequence[str]) -> bool:
    """Whether a run of short labels is a menu: enough of them are section names."""
    sections = sum(is_section_name(label) for label in labels)
    return any(sections >= least and sections >= share * len(labels)
               for least, share in SECTION_SHARES)
