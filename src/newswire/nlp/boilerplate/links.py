"""URLs found in boilerplate, and what kind of link each one is.

A link removed with boilerplate is kept as data (:class:`~newswire.models.Link`), so a
reader can still tell "this article had a survey and five social profiles" without the
lines cluttering the body.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from newswire.models import Link, LinkKind

__all__ = ["MAX_LABEL_CHARS", "URL_RE", "find_urls", "has_url", "host_of", "joined_url",
           "label_of_line", "link_kind", "links_in_line", "make_link", "short_label"]

#: Longest label kept on a link. A label is the words around a URL; a line of thousands of
#: URLs and no words would otherwise label each of its links with the whole line, and both
#: the time to classify them and the event's size would grow with the square of the line.
MAX_LABEL_CHARS = 300

#: A URL in running text; the last character excludes the punctuation that ends a sentence.
URL_RE = re.compile(
    r"(?:https?://|www\.|\b(?:[a-z0-9-]+\.)+(?:com|org|net|ly|co|io|me|tv|gle|to)/)"
    r"[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?…]",
    re.IGNORECASE,
)

_SOCIAL_HOSTS = frozenset({
    "twitter.com", "x.com", "facebook.com", "fb.com", "fb.me", "instagram.com",
    "linkedin.com", "tiktok.com", "pinterest.com", "reddit.com", "t.me", "telegram.me",
    "whatsapp.com", "wa.me", "snapchat.com", "threads.net", "tumblr.com", "vk.com",
    "weibo.com", "bsky.app", "mastodon.social", "flipboard.com",
})
_VIDEO_HOSTS = frozenset({"youtu.be", "vimeo.com", "dailymotion.com", "twitch.tv"})
_SURVEY_HOSTS = frozenset({
    "surveymonkey.com", "typeform.com", "forms.gle", "cor.us", "qualtrics.com",
    "jotform.com", "docs.google.com",
})
_SHORTENER_HOSTS = frozenset({
    "bit.ly", "ow.ly", "buff.ly", "tinyurl.com", "goo.gl", "t.co", "lnkd.in", "po.st",
    "amzn.to", "dlvr.it", "trib.al", "ift.tt", "shorturl.at", "rebrand.ly",
})

_SURVEY_WORDS = re.compile(r"\b(?:survey|poll|questionnaire|feedback form)s?\b", re.IGNORECASE)
_SUBSCRIBE_WORDS = re.compile(
    r"\b(?:subscri(?:be|ption)|newsletters?|sign[ -]?up|inbox|mailing list)\b", re.IGNORECASE
)
_VIDEO_WORDS = re.compile(r"\b(?:watch|video|live ?stream|episode)s?\b", re.IGNORECASE)
_TRACKING_QUERY = re.compile(r"(?:^|&)(?:utm_[a-z]+|fbclid|gclid|mc_[a-z]+|cmpid|ref_src)=")
_SPACES = re.compile(r"\s+")
_TRACKING_PATH = re.compile(r"/(?:click|track|trk|pixel|redirect|aclk)\b", re.IGNORECASE)
#: A plain web address: its host (ASCII letters, digits, dots, hyphens: no user, port or
#: IPv6 brackets) ends where its path, query or fragment starts. ``urlsplit`` (and its
#: ``hostname``) reads it as its host in lower case and its query as what follows the first
#: ``?`` before any ``#``; links are classified by the hundreds on a page, and most are such.
_PLAIN_URL = re.compile(r"https?://([A-Za-z0-9.-]+)(?=[/?#]|\Z)")


#: An absolute http(s) address, with a host, of characters that ``urljoin`` gives back as
#: they are: no query, fragment, parameters, brackets, spaces, controls or other letters
#: (it parses those and writes them out again, not always the same).
_PLAIN_ABSOLUTE = re.compile(
    r"https?://[A-Za-z0-9\-._~!$&'()*+,=%@:]+(?:/[A-Za-z0-9\-._~!$&'()*+,=%@:/]*)?\Z")


def joined_url(base: str, href: str) -> str:
    """``urljoin(base, href)``. A plain absolute ``href`` is its own answer: ``urljoin``
    parses it and writes it out unchanged, about 11 µs for each (60% of a page's links on
    WCXB dev are such)."""
    if _PLAIN_ABSOLUTE.match(href):
        urlsplit(base)  # raises where urljoin does (a broken IPv6 host); cached by urllib
        return href
    return urljoin(base, href)


def find_urls(text: str) -> list[str]:
    """Every URL in ``text``, in order, without sentence punctuation stuck to its end."""
    return URL_RE.findall(text) if _may_hold_url(text) else []


def has_url(text: str) -> bool:
    """Whether ``text`` holds a URL (:data:`URL_RE`)."""
    return _may_hold_url(text) and URL_RE.search(text) is not None


def _may_hold_url(text: str) -> bool:
    """False when :data:`URL_RE` cannot match: each of its URLs has a slash or ``www.``. A
    test of the text spares the search of most lines (a search tries every word)."""
    return "/" in text or "www." in text.lower()


def host_of(url: str) -> str:
    """The host name of ``url`` without ``www.``/``m.``; empty when it cannot be parsed."""
    return _split(url)[0]


def _split(url: str) -> tuple[str, str | None]:
    """The host of ``url`` (as :func:`host_of`) and, when the same parse gives it (a URL
    with its scheme), its query; ``""`` for what cannot be parsed."""
    plain = _PLAIN_URL.match(url)
    if plain and "\t" not in url and "\r" not in url and "\n" not in url:
        # What urlsplit gives such a URL (it drops tabs and line breaks first), in a tenth
        # of its time.
        host: str = plain.group(1).lower()
        query: str | None = url.partition("#")[0].partition("?")[2]
    else:
        query = None
        if "://" not in url[:12]:  # "www.x.com/a" or "bit.ly/a", as URL_RE finds them in text
            url = "http://" + url
        else:
            query = ""
        try:
            parts = urlsplit(url)
            host = parts.hostname or ""
        except ValueError:
            return "", None
        if query is not None:
            query = parts.query
    for prefix in ("www.", "m.", "mobile."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host, query


def _host_in(host: str, hosts: frozenset[str]) -> bool:
    """True when ``host`` is one of ``hosts`` or a subdomain of one."""
    # "a.b.x.com" is looked up as itself, "b.x.com", "x.com" and "com": one set lookup each.
    while host:
        if host in hosts:
            return True
        host = host.partition(".")[2]
    return False


_YOUTUBE = frozenset({"youtube.com"})


def link_kind(url: str, label: str = "") -> LinkKind:  # noqa: PLR0911 - a return a check
    """Classify a link by where it points and what its label or line says about it.

    The checks run in order and stop at the first that holds (a link is classified by the
    hundreds on a page: each check costs a search)."""
    host, query = _split(url)
    lowered = url.lower()
    if _host_in(host, _SURVEY_HOSTS) or _SURVEY_WORDS.search(label) or "/survey" in lowered:
        return "survey"
    if _SUBSCRIBE_WORDS.search(label) or _SUBSCRIBE_WORDS.search(url):
        return "subscribe"
    if _host_in(host, _VIDEO_HOSTS) or "youtube.com/watch" in lowered:
        return "video"
    if _host_in(host, _SOCIAL_HOSTS) or _host_in(host, _YOUTUBE):
        return "social"
    if _VIDEO_WORDS.search(label):
        return "video"
    if _is_tracking(url, host, query):
        return "tracking"
    return "other"


def _is_tracking(url: str, host: str, query: str | None) -> bool:
    """Shorteners and click-trackers hide the destination; that is what tracking means here.
    ``query``: the URL's query, when known."""
    if query is None:
        try:
            query = urlsplit(url).query
        except ValueError:
            query = ""
    return (
        _host_in(host, _SHORTENER_HOSTS)
        or bool(_TRACKING_QUERY.search(query))
        or bool(_TRACKING_PATH.search(url))
    )


def short_label(text: str) -> str:
    """``text`` cut to :data:`MAX_LABEL_CHARS`, at a space when there is one."""
    text = text.strip()
    if len(text) <= MAX_LABEL_CHARS:
        return text
    cut = text[:MAX_LABEL_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > 0 else cut).rstrip() + "…"


def make_link(url: str, label: str) -> Link:
    """A removed link, its label shortened, classified by where it points and its label.

    A label of URLs and nothing else (a line or anchor of bare links) gives way to the link's
    host, and the link is classified by its own URL: labelled with their line, the 10,000
    links of a line of links weighed 24 times the line in events, and one word of one URL
    (``watch``) made every link of the line a video.
    """
    label = short_label(label)
    if label and not _words_of(label):
        return Link(url=url, label=host_of(url), kind=link_kind(url, url))
    return Link(url=url, label=label, kind=link_kind(url, label))


def _words_of(text: str) -> str:
    """``text`` without its URLs, runs of spaces and dangling separators."""
    if _may_hold_url(text):
        text = URL_RE.sub(" ", text)
    return _SPACES.sub(" ", text).strip(" \t:|-–—,;")


def label_of_line(line: str) -> str:
    """A link label from a plain-text line: its words without the URLs and dangling colons
    (``""`` when it has no other words), at most :data:`MAX_LABEL_CHARS` long."""
    return short_label(_words_of(line))


def links_in_line(line: str) -> list[Link]:
    """The links of a removed plain-text line, labelled with the line's own words (each
    with its host on a line of URLs alone)."""
    label = label_of_line(line)
    return [make_link(url, label or url) for url in find_urls(line)]
