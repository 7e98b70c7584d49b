"""Rules that recognise one boilerplate line on sight, whatever surrounds it.

Each rule answers "is this line promotion, navigation or a widget?" from the line alone;
the decisions that need the lines around it (a footer's run, a menu, what follows a comment
thread's heading) live in :mod:`newswire.nlp.boilerplate.text_lines`. The patterns are
anchored at the start of the line or limited to short lines, so that a body paragraph that
merely mentions a newsletter, a URL, a survey of the US or Twitter is never taken for
boilerplate; dates, tables and scores are text unless a line is one date alone. The
patterns of lines that credit someone (bylines, sources, photo credits, captions, copyright)
live in :mod:`newswire.nlp.boilerplate.credit_lines`.

On a page not in English (``english=False``) the rules whose English words may stand
anywhere in a line (``anywhere``: "newsletter", "terms and conditions", "click here") do not
run: there such a word is a loan inside a sentence; a line that opens with an English phrase
or label ("Tags:", "Read more:", "Share") is English, and goes as on an English page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newswire.nlp.boilerplate.credit_lines import (
    BYLINE,
    CAPTION,
    CLAUSE_AFTER_BY,
    COPYRIGHT,
    CREDITS,
    FOOTER,
    PHOTO_CREDIT,
    SOURCE,
)
from newswire.nlp.boilerplate.dates import PUBLISHED, READING_TIME, DateOnly
from newswire.nlp.boilerplate.line_words import foreign_rule_for
from newswire.nlp.boilerplate.links import (
    URL_RE,
    find_urls,
    has_url,
    label_of_line,
    link_kind,
)
from newswire.nlp.boilerplate.shape_rules import WORD_RE, Breadcrumbs, is_sentence, words

if TYPE_CHECKING:
    from newswire.nlp.boilerplate.page_language import PageEnglish

__all__ = [
    "OPENING_RULES", "RULES", "WORD_RE", "Rule", "is_comments_heading", "is_sentence",
    "is_teaser_heading", "rule_for", "words",
]

_I = re.IGNORECASE

#: A line that opens with one of these is promotion whatever follows ("Read more: ...").
_PROMO_START = re.compile(
    r"^[\W_]*(?:read (?:more|also|next|the full (?:story|article))|see (?:more|also)|"
    r"also read|more\s*:|"
    r"related(?:\s+\w+){0,2}\s*[:|]|related(?:\s+\w+){0,2}\s*$|also on \S+|don['’]?t miss|"
    r"recommended(?: for you| stories| reading)?\s*[:|]?\s*$|popular on|"
    r"most (?:read|popular|viewed)|"
    r"you (?:may|might) (?:also )?(?:like|enjoy)|more from|more on this|trending(?: now)?\s*:?$|"
    r"(?:watch|listen|download|itunes|spotify|stream)(?: now| here)?\s*:|click here|tap here|"
    r"explore further|advertisement|sponsored(?: content)?\s*$|story continues below|"
    r"continue reading|more stories|top stories\s*$|latest news\s*$|editor'?s picks|"
    r"leggi anche|lesen sie auch|lire aussi|leia também|veja também|lea también|"
    r"get (?:the|our) [\w ]{0,30}app\b|download (?:the|our) [\w ]{0,30}app\b|"
    r"if you (?:enjoyed|liked|value|appreciate) (?:this|our|reading)|"
    r"subscribe (?:to|now|today|for)\b|sign up (?:for|to|now|today)\b)",
    _I,
)
#: A call to action at the start of a line that also carries a URL.
_CTA_START = re.compile(
    r"^[\W_]*(?:to (?:watch|read|listen|see|learn|find|get|sign|subscribe|download|join)|visit|"
    r"watch|listen|download|click|tap|go to|head (?:over )?to|subscribe|follow|sign up|fill out|"
    r"check out|for more|more at|read|get|join|find us|like us|have a (?:story|tip))\b",
    _I,
)
#: Not "subscription(s)" alone: a noun of prose ("No subscriptions or yearly fees", "your
#: channel's subscriptions"; WCXB dev articles: tune +0.0001, check +0.0001 without it).
_SUBSCRIBE = re.compile(
    r"\b(?:subscri(?:be|bing)|newsletters?|sign(?:ing)?[ -]?up|inbox|mailing list)\b", _I
)
#: "us" in lower case only: "US" is the country ("next month's US election ... survey").
_SECOND_PERSON = re.compile(r"\b(?:(?i:you|your|our)|[uU]s)\b")
_SURVEY = re.compile(r"\b(?:survey|questionnaire)s?\b", _I)
#: A quotation with its cue (``"You cannot outsource safety to a questionnaire," she said``):
#: someone quoted in the story, not a prompt to the reader.
_ATTRIBUTED_QUOTE = re.compile(
    r"[,.!?][\"”’]\s+(?:\S+\s+){0,4}?(?:said|says|told|tells|added|adds|wrote|writes)\b"
    r"|\b(?:said|says|told|added|wrote)(?:\s+\S+){0,3}?:\s*[\"“]")
_SOCIAL_START = re.compile(
    r"^[\W_]*(?:(?:follow|connect with) (?:us|me|him|her|them|@\w+)\b|"
    r"(?:like|find|join) (?:us|@\w+)\b|"
    r"follow [\w ]{1,30} on\W*$|"
    r"(?:twitter|facebook|instagram|youtube|linkedin|tiktok|pinterest|whatsapp|telegram|"
    r"threads|bluesky|mastodon)\s*[:@]|share (?:this|it|on)\b|like this (?:story|article)\b|"
    r"click to (?:share|email|print|tweet|pin))",
    _I,
)
_SOCIAL_ANYWHERE = re.compile(
    r"(?:(?:^|[.!?]\s+)follow (?:us|me|him|her|them|@?[\w.]+(?: [\w.]+){0,5}) "
    r"on (?:twitter|facebook|instagram|x)\b|"
    r"\b(?:reach|find|contact) (?:\w+ ){0,3}on (?:twitter|facebook|instagram)\b|"
    r"click to tweet\b)",
    _I,
)
_HANDLES_ONLY = re.compile(r"^(?:\s*[@#]\w+[\s,;|·•]*)+$")
#: The heading of a comment thread: "34 Comments", "Leave a reply", "Join the discussion".
_COMMENTS_HEADING = re.compile(
    r"^[\W_]*(?:\d+\s*)?(?:comments?|responses?|replies|reactions|discussion)\s*(?:\(\d+\))?\W*$|"
    r"^[\W_]*(?:leave a (?:comment|reply)|add (?:a|your) comment|post a comment|"
    r"tell us what you think|join the (?:conversation|discussion)|(?:show|view|load|read) "
    r"(?:\d+ )?comments|comments are closed|be the first to comment|"
    r"\d+ (?:comments|responses|replies|thoughts) (?:to|on)\b)",
    _I,
)
#: A comment counter in a short line ("by India Post News Weekly 0 Comments").
_COMMENTS = re.compile(rf"{_COMMENTS_HEADING.pattern}|\b\d+ comments\b", _I)
#: Cookie and consent banners, and the legal links of a page footer.
_CONSENT = re.compile(
    r"\b(?:(?:uses?|accept|allow|enable|these|necessary|functional|analytics|third[- ]party) "
    r"cookies|cookie (?:policy|settings|preferences|consent)|privacy (?:policy|overview|settings)|"
    r"terms (?:of (?:use|service)|and conditions|& conditions)|do not sell my)\b",
    _I,
)
#: What makes a long line with consent words a banner, not an article about terms of service.
_BANNER = re.compile(r"\bcookies?\b|\b(?:you|your|we|our)\b", _I)
_CLICK_HERE = re.compile(r"\b(?:click|tap)(?:ing)? here\b", _I)
_CONTACT_ONLY = re.compile(r"^\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+)\s*$")
_TAGS = re.compile(
    r"^[\W_]*(?:tags?|filed under|categor(?:y|ies)|topics?|keywords)\s*(?::|\|)|^[\W_]*tags\s*$", _I
)
_SHARE_BUTTON = re.compile(
    r"^[\W_]*(?:share|tweet|e-?mail|print|pin(?: it)?|whatsapp|facebook|twitter|linkedin|"
    r"reddit|copy link|save|comment|flipboard|messenger)(?: (?:this|the) (?:article|story|page))?"
    r"\W*$",
    _I,
)
#: Style sheets pasted with the text: "width:100%;", ".gmobile {", "}", "@media ... {".
_CODE = re.compile(r"^\s*(?:[{}]\s*\.?|[^{}]*\{|[a-z-]+\s*:\s*[^;{}]+;\s*\.?)\s*$")


#: A bare heading over a box of teasers or tags, with nothing of its own after it.
_TEASER_HEADING = re.compile(
    r"^[\W_]*(?:related(?: \w+)?|read (?:more|also|next)|more(?: stories| news)?|see also|"
    r"don['’]?t miss|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you)?|"
    r"more (?:from|on) [\w ]{1,30}|most (?:read|popular|viewed)[\w ]{0,20}|tags|topics|"
    r"popular (?:on|in) [\w ]{1,30}|trending(?: now)?|top stories|latest(?: news)?|"
    r"leggi anche|lesen sie auch|lire aussi|leia também|veja também)[\W_]*$",
    _I,
)


def is_teaser_heading(line: str) -> bool:
    """True for "Related", "You may also like...", "Tags": a heading over a box of links."""
    return bool(_TEASER_HEADING.match(line))


def is_comments_heading(line: str) -> bool:
    """True for the heading of a comment thread ("34 Comments", "Leave a reply").

    A comment counter inside a byline ("by India Post News Weekly 0 Comments") is no heading.
    """
    return bool(_COMMENTS_HEADING.search(line))


def rule_for(line: str, english: bool | PageEnglish = True,
             n_words: int | None = None) -> str | None:
    """The name of the boilerplate rule that ``line`` matches on its own, or None; on a page
    not in English (``english`` false), not the rules of English words anywhere in a line.

    ``english`` is read only when such a rule hits (its value may be costly to learn).
    ``n_words``: the line's word count (:func:`words`), when the caller has counted it.
    """
    stripped = line.strip()
    if not stripped:
        return None
    if has_url(stripped):  # the test spares most lines a search
        return "link" if _is_url_only(stripped) else _rule_for_line_with_url(stripped, english)
    n_words = len(words(stripped)) if n_words is None else n_words
    # RULES on an English page, OPENING_RULES elsewhere: the same order either way.
    for rule, anywhere in _RULES_ANYWHERE:
        if rule.hits(stripped, n_words) and (not anywhere or english):
            return rule.name
    return foreign_rule_for(stripped, n_words)


def _is_url_only(line: str) -> bool:
    """A line of URLs and nothing else, however long they are."""
    return not URL_RE.sub("", line).strip(" \t:|-–—,;.<>()[]")


def _rule_for_line_with_url(line: str, english: bool | PageEnglish = True) -> str | None:
    """A URL behind a call to action is promotion; inside real prose it is kept."""
    label = label_of_line(line)
    label_words = len(words(label))
    if _SURVEY.search(label) and english:
        return "survey"
    if label_words <= 6 or _HANDLES_ONLY.match(label):
        kinds = {link_kind(url, label) for url in find_urls(line)}
        return next((k for k in ("subscribe", "social") if kinds == {k}), "link")
    promo_start = _CTA_START.match(label) or _PROMO_START.match(label)
    if label_words <= 40 and (promo_start or _SOCIAL_START.match(label)):
        return _promo_kind(label)
    if SOURCE.match(label):
        return "source"
    anywhere = _SUBSCRIBE.search(label) or _SOCIAL_ANYWHERE.search(label)
    return _promo_kind(label) if label_words <= 20 and anywhere and english else None


def _promo_kind(label: str) -> str:
    if _SUBSCRIBE.search(label):
        return "subscribe"
    if _SOCIAL_START.match(label) or _SOCIAL_ANYWHERE.search(label):
        return "social"
    return "promo"


@dataclass(frozen=True)
class Rule:
    """A named pattern, searched in lines of at most ``max_words`` words."""

    name: str
    pattern: re.Pattern[str]
    max_words: int = 10_000
    also: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    #: Whether its English words may stand anywhere in the line (not only open it): such
    #: a rule runs on English pages only.
    anywhere: bool = False
    #: Lines of at most this many words need no ``also``: one rule, one search of
    #: ``pattern``, where two rules would search it twice.
    also_above: int = -1

    def hits(self, line: str, n_words: int) -> bool:
        """True when ``line`` (of ``n_words`` words) is this kind of boilerplate."""
        if n_words > self.max_words or not self.pattern.search(line):
            return False
        if self.unless is not None and self.unless.search(line):
            return False
        return (self.also is None or n_words <= self.also_above
                or bool(self.also.search(line)))


#: Checked in order; the first rule that hits names the line.
RULES: tuple[Rule | Breadcrumbs | DateOnly, ...] = (
    Rule("comments", _COMMENTS_HEADING, 12),
    Rule("comments", _COMMENTS, 12, anywhere=True),
    Rule("survey", _SURVEY, 30, _SECOND_PERSON, unless=_ATTRIBUTED_QUOTE, anywhere=True),
    # Up to 10 words, any line; up to 30, one that speaks to the reader.
    Rule("subscribe", _SUBSCRIBE, 30, _SECOND_PERSON, anywhere=True, also_above=10),
    Rule("social", _HANDLES_ONLY),
    Rule("social", _SOCIAL_START, 20),
    Rule("social", _SOCIAL_ANYWHERE, 40, anywhere=True),
    Rule("promo", _PROMO_START, 30),
    Rule("promo", _CLICK_HERE, 30, anywhere=True),
    Rule("credits", CREDITS, 40, unless=CLAUSE_AFTER_BY, anywhere=True),
    # Up to 8 words, any line; up to 80, one that reads as a banner.
    Rule("consent", _CONSENT, 80, _BANNER, anywhere=True, also_above=8),
    Rule("contact", _CONTACT_ONLY),
    Rule("copyright", COPYRIGHT, 40, FOOTER),
    Rule("photo-credit", COPYRIGHT, 40),
    Rule("photo-credit", PHOTO_CREDIT, 25),
    Rule("caption", CAPTION, 60, anywhere=True),
    Rule("tags", _TAGS),
    Rule("share", _SHARE_BUTTON, 4),
    Rule("date", PUBLISHED, 12),
    DateOnly(),
    Rule("reading-time", READING_TIME, 8),
    Rule("byline", BYLINE, 12),
    Rule("code", _CODE, 12),
    Breadcrumbs(),
)
#: The rules that run on pages not in English: not those of English words anywhere in a line.
OPENING_RULES = tuple(rule for rule in RULES if not (isinstance(rule, Rule) and rule.anywhere))
#: Each rule of :data:`RULES` with whether it is one of English words anywhere in a line
#: (read once here, not for every line).
_RULES_ANYWHERE = tuple((rule, isinstance(rule, Rule) and rule.anywhere) for rule in RULES)

