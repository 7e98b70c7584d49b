"""Rules that recognise one boilerplate line on sight, whatever surrounds it.

Each rule answers "is this line promotion, navigation or a widget?" from the line alone;
the decisions that need context (runs at the head or tail, the main block of a page) live
in :mod:`newswire.nlp.text_lines`. The patterns are anchored at the start of the line or
limited to short lines, so that a body paragraph that merely mentions a newsletter, a URL
or Twitter is never taken for boilerplate.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newswire.nlp.links import URL_RE, label_of_line

WORD_RE = re.compile(r"\w+")
_I = re.IGNORECASE

#: A line that opens with one of these is promotion whatever follows ("Read more: ...").
_PROMO_START = re.compile(
    r"^[\W_]*(?:read (?:more|also|next|the full)|see (?:more|also)|also read|more\s*:|"
    r"related(?:\s+\w+){0,2}\s*[:|]|related(?:\s+\w+){0,2}\s*$|also on \S+|don'?t miss|"
    r"recommended(?: for you| stories| reading)?\s*[:|]?\s*$|popular on|most (?:read|popular|viewed)|"
    r"you (?:may|might) (?:also )?(?:like|enjoy)|more from|more on this|trending(?: now)?\s*:?$|"
    r"(?:watch|listen|download|itunes|spotify|stream)(?: now| here)?\s*:|click here|tap here|"
    r"explore further|advertisement|sponsored(?: content)?\s*$|story continues below|"
    r"continue reading|more stories|top stories\s*$|latest news\s*$|editor'?s picks|"
    r"leggi anche|lesen sie auch|lire aussi|leia também|veja também|lea también|"
    r"get (?:the|our) [\w ]{0,30}app\b|download (?:the|our) [\w ]{0,30}app\b)",
    _I,
)
#: A call to action at the start of a line that also carries a URL.
_CTA_START = re.compile(
    r"^[\W_]*(?:to (?:watch|read|listen|see|learn|find|get|sign|subscribe|download|join)|visit|"
    r"watch|listen|download|click|tap|go to|head (?:over )?to|subscribe|follow|sign up|fill out|"
    r"check out|for more|more at|read|get|join|find us|like us|have a (?:story|tip))\b",
    _I,
)
_SUBSCRIBE = re.compile(
    r"\b(?:subscri(?:be|bing|ption)|newsletters?|sign(?:ing)?[ -]?up|inbox|mailing list)\b", _I
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|our|us)\b", _I)
_SURVEY = re.compile(r"\b(?:survey|questionnaire)s?\b", _I)
_SOCIAL_START = re.compile(
    r"^[\W_]*(?:(?:follow|connect with|like|find|join) (?:us|me|him|her|them)\b|"
    r"(?:twitter|facebook|instagram|youtube|linkedin|tiktok|pinterest|whatsapp|telegram|"
    r"threads|bluesky|mastodon)\s*[:@]|share (?:this|it|on)\b|like this (?:story|article)\b)",
    _I,
)
_SOCIAL_ANYWHERE = re.compile(
    r"\b(?:follow (?:us|me|him|her|them|\w+) on (?:twitter|facebook|instagram|x)\b|"
    r"click to tweet\b|on (?:facebook|twitter|instagram), (?:twitter|facebook|instagram)\b)",
    _I,
)
_HANDLES_ONLY = re.compile(r"^(?:\s*[@#]\w+[\s,;|·•]*)+$")
_SOURCE = re.compile(r"^\s*source\s*:\s*(?P<name>.+)$", _I)
_COMMENTS = re.compile(
    r"^[\W_]*(?:\d+\s*)?(?:comments?|responses?|replies|reactions|discussion)\s*(?:\(\d+\))?\W*$|"
    r"^[\W_]*(?:leave a (?:comment|reply)|add (?:a|your) comment|post a comment|"
    r"tell us what you think|join the (?:conversation|discussion)|(?:show|view|load|read) "
    r"(?:\d+ )?comments|comments are closed|be the first to comment)",
    _I,
)
_COPYRIGHT = re.compile(r"^[\W_]*(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b", _I)
_TAGS = re.compile(
    r"^[\W_]*(?:tags?|filed under|categor(?:y|ies)|topics?|keywords)\s*(?::|\|)|^[\W_]*tags\s*$", _I
)
_SHARE_BUTTON = re.compile(
    r"^[\W_]*(?:share|tweet|e-?mail|print|pin(?: it)?|whatsapp|facebook|twitter|linkedin|"
    r"reddit|copy link|save|comment|flipboard|messenger)(?: (?:this|the) (?:article|story|page))?"
    r"\W*$",
    _I,
)
_DATELINE = re.compile(
    r"^[\W_]*(?:published|updated|posted|last (?:updated|modified)|first published)\b", _I
)
_READING_TIME = re.compile(
    r"\b\d+\s*(?:-\s*)?(?:min(?:ute)?s?|minutos?)\s+(?:read|de leitura)\b|"
    r"^[\W_]*(?:tempo de leitura|reading time|read time|lesezeit|temps de lecture)\s*:",
    _I,
)
_BYLINE = re.compile(
    r"^\s*(?:by|von|par|por|di)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|de|van|von))"
    r"{0,5})\s*(?:[,|/–—-].*)?$"
)
_NAV_SEPARATORS = re.compile(r"\s+(?:›|»|>|\||/|·|•|→)\s+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’»)]\s*$")


def words(text: str) -> list[str]:
    """The word tokens of ``text``."""
    return WORD_RE.findall(text)


def is_sentence(line: str) -> bool:
    """True for a line that ends the way prose does."""
    return bool(_SENTENCE_END.search(line))


def rule_for(line: str) -> str | None:
    """The name of the boilerplate rule that ``line`` matches on its own, or None."""
    stripped = line.strip()
    if not stripped:
        return None
    if URL_RE.search(stripped):
        return _rule_for_line_with_url(stripped)
    n_words = len(words(stripped))
    for rule, check in _RULES:
        if check(stripped, n_words):
            return rule
    return None


def _rule_for_line_with_url(line: str) -> str | None:
    """A URL alone or behind a call to action is promotion; inside real prose it is kept."""
    label = label_of_line(line)
    label_words = len(words(label))
    if label_words <= 6 or _HANDLES_ONLY.match(label):
        return "link"
    if _SURVEY.search(label) and _SECOND_PERSON.search(label):
        return "survey"
    if _CTA_START.match(label) or _PROMO_START.match(label) or _SOCIAL_START.match(label):
        if _SUBSCRIBE.search(label):
            return "subscribe"
        return "social" if _SOCIAL_START.match(label) else "promo"
    if _SOURCE.match(label):
        return "source"
    if label_words <= 20 and (_SUBSCRIBE.search(label) or _SOCIAL_ANYWHERE.search(label)):
        return "subscribe" if _SUBSCRIBE.search(label) else "social"
    return None


def _short(n_words: int, limit: int) -> bool:
    return n_words <= limit


def _is_subscribe(line: str, n: int) -> bool:
    if not _SUBSCRIBE.search(line):
        return False
    return n <= 6 or (n <= 30 and bool(_SECOND_PERSON.search(line)))


def _is_survey(line: str, n: int) -> bool:
    return n <= 30 and bool(_SURVEY.search(line)) and bool(_SECOND_PERSON.search(line))


def _is_social(line: str, n: int) -> bool:
    if _HANDLES_ONLY.match(line) or _SOCIAL_START.match(line):
        return True
    return n <= 40 and bool(_SOCIAL_ANYWHERE.search(line))


def _is_nav(line: str, n: int) -> bool:
    parts = _NAV_SEPARATORS.split(line)
    if len(parts) < 3 or is_sentence(line):
        return False
    return all(0 < len(words(p)) <= 4 for p in parts)


def _is_byline(line: str, n: int) -> bool:
    return n <= 12 and bool(_BYLINE.match(line))


Check = Callable[[str, int], bool]
_RULES: tuple[tuple[str, Check], ...] = (
    ("source", lambda s, n: n <= 12 and bool(_SOURCE.match(s))),
    ("comments", lambda s, n: n <= 12 and bool(_COMMENTS.match(s))),
    ("survey", _is_survey),
    ("subscribe", _is_subscribe),
    ("social", _is_social),
    ("promo", lambda s, n: n <= 30 and bool(_PROMO_START.match(s))),
    ("copyright", lambda s, n: n <= 40 and bool(_COPYRIGHT.search(s))),
    ("tags", lambda s, n: bool(_TAGS.match(s))),
    ("share", lambda s, n: _short(n, 4) and bool(_SHARE_BUTTON.match(s))),
    ("dateline", lambda s, n: _short(n, 12) and bool(_DATELINE.match(s))),
    ("reading-time", lambda s, n: _short(n, 8) and bool(_READING_TIME.search(s))),
    ("byline", _is_byline),
    ("nav", _is_nav),
)


def source_name(line: str) -> str | None:
    """The publisher a removed line names: "Source: Bloomberg Quicktake: Now" -> that name."""
    match = _SOURCE.match(line)
    if match is None:
        return None
    name = re.split(r"\s*(?::|\||\s[-–—]\s)\s*", match.group("name").strip(), maxsplit=1)[0]
    name = URL_RE.sub("", name).strip(" .,;")
    return name or None


def byline_name(line: str) -> str | None:
    """The author a byline names ("By Jane Doe, Reuters" -> "Jane Doe"), or None."""
    match = _BYLINE.match(line.strip())
    if match is None or len(words(line)) > 12:
        return None
    return match.group("name").strip()
