"""A person's name written right after an office with its portfolio, with no comma between.

Copy from governments, parliaments, regulators and police forces across the English-speaking
press names an official by the full style of the office, then the name, with nothing to set
them apart: ``Commissioner of Competition Everett Lachance-Obi said`` (Canadian business
press), ``MSP for Banffshire and Buchan Coast Lorna Gillanders-Reid said`` (Scottish),
``Minister for Tourism and Civil Aviation Viliame Naupoto-Ravula said`` (Pacific),
``Union Minister of State for Ports, Shipping and Waterways Shri Haricharan Vashisth said``
(Indian), ``Assistant Superintendent of Police Roshan Jayakody told court`` (Sri Lankan
courts). The small model runs the portfolio's capitalised words into the name (the person
``Civil Aviation Viliame Naupoto-Ravula``, the organisation ``Buchan Coast Lorna
Gillanders-Reid``) or keeps only the title (``Commissioner``) and drops the name.

The name is the run's last words that English writes as names (no common word, title,
honorific or place: :func:`~newswire.nlp.entities.people.name_pieces.name_word`, or a known
first name), two or three of them, right before a verb, a comma or a possessive; the
portfolio keeps at least one word before it. When the run ends in a common word
(``the Minister for Emergency Management said``), or the name words run on for four or more
(where the portfolio ends is then unknown), nothing is read.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.people.name_pieces import name_word
from newswire.nlp.entities.roles.titles import POST_NOMINALS, ROLES
from newswire.nlp.entities.spans.mentions import Mention, Text, recalled
from newswire.nlp.entities.spans.recall import inside
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.firstnames import is_any_first_name
from newswire.nlp.entities.words.names import normalise

__all__ = ["portfolio_holders"]

_ROLE_ALT = "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True)
                     if not r.endswith("."))
#: An office's title and the ``of``/``for`` that opens its portfolio ("Minister for ",
#: "Commissioner of ", "MSP for ", "Secretary of State for ").
_OFFICE = re.compile(rf"(?<![\w'’-])(?:{_ROLE_ALT})[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")
#: A legislator's letters before a name, with no portfolio ("Western Isles MSP Murdo Iain
#: Morrison-Mackay", which the model cuts to the organisation "Morrison-Mackay"). Not "MS"
#: ("MS Amlin") nor "MHA" (India's home ministry).
_LETTERS = re.compile(r"(?<![\w'’.-])(?:MSP|MLA|MEP|MPP|MNA|MP|TD)[ \t]+(?=[A-Z\u00C0-\u00DE])")
#: An office's title opening the words after ``and``: a second office holder begins there.
_OFFICE_AFTER = re.compile(rf"[ \t]+(?:{_ROLE_ALT})\b")
#: A capitalised word of the portfolio or the name, hyphened parts and a comma allowed.
_CAPITALISED = re.compile(r"[A-Z\u00C0-\u00DE][\w'’-]*,?")
#: Lower-case words a portfolio is written with ("Ports, Shipping and Waterways",
#: "Minister of State for Ports").
_CONNECTIVES = frozenset({"and", "&", "of", "for", "the"})
#: A word of the text: the run is read word by word.
_TOKEN = re.compile(r"\S+")
#: How many words the run may hold, portfolio and name together.
_MOST_WORDS = 14
_FEWEST_NAME_WORDS, _MOST_NAME_WORDS = 2, 3


def portfolio_holders(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each name written right after an office and its portfolio made
    one person's mention that replaces the model's pieces of it (and of the portfolio words
    it ran into the name). Not in capitals or Headline-Case lines, nor where the model read
    that very person already or a mention runs on past the name."""
    cut: set[int] = set()
    found: list[Mention] = []
    for text in texts:
        mine = [m for m in mentions if m.field == text.field]
        names, alone = _offices(text.text)
        for opens, named, start, end in names:
            if inside(text.caps, start, end) or inside(text.headlines, start, end):
                continue
            over = [m for m in mine if m.start < end and opens < m.end]
            if any(m.end > end for m in over):
                continue
            # A person the model read among the portfolio's words is its place or domain
            # ("MSP for [Banffshire] and Buchan Coast").
            cut.update(id(m) for m in mine if m.label == "PERSON" and opens <= m.start
                       and m.end <= named)
            if any(m.label == "PERSON" and m.end == end and named <= m.start <= start
                   for m in over):
                continue  # the model read the name, or a longer one of name words: it stands
            over = [m for m in over if start < m.end]
            cut.update(id(m) for m in over)
            found.append(recalled(text, start, end))
            found[-1].label = "PERSON"
        # "The MSP for Dundee City East said": no name follows; a person the model read
        # there of no name's words is the constituency's ("City East").
        cut.update(id(m) for opens, end in alone for m in mine
                   if m.label == "PERSON" and opens <= m.start and m.end <= end
                   and not any(map(_may_name, m.text.split())))
    return [m for m in mentions if id(m) not in cut] + found


def _offices(text: str) -> tuple[list[tuple[int, int, int, int]], list[tuple[int, int]]]:
    """In one pass over ``text``'s offices: where each portfolio written after an office
    opens, where the name words at its end open, and where the name lies (after a
    legislator's letters, the name words are all the run); and where each portfolio with no
    name after it lies."""
    spans: list[tuple[int, int, int, int]] = []
    alone: list[tuple[int, int]] = []
    for office in _OFFICE.finditer(text):
        run = _run(text, office.end())
        if not run:
            continue
        if name := _name_in(text, run):
            spans.append((office.end(), *name))
        else:
            alone.append((office.end(), run[-1][1]))
    for letters in _LETTERS.finditer(text):
        run = _run(text, letters.end())
        if run and (name := _name_in(text, run, portfolio=False)) and name[0] == run[0][0]:
            spans.append((letters.end(), *name))
    return spans, alone


def _may_name(word: str) -> bool:
    """Whether ``word`` may be a word of a person's name: a name word or a first name."""
    word = _bare(word)
    return name_word(word) or is_any_first_name(word)


def _run(text: str, at: int) -> list[tuple[int, int]]:
    """The capitalised words of the portfolio and name from ``at`` (connectives left out),
    up to the last capitalised word; empty when the run is too long, crosses a line, ends
    on a connective or is followed by no verb, comma or possessive."""
    words: list[tuple[int, int]] = []
    last_end, last_word = at, ""
    for token in _TOKEN.finditer(text, at):
        if "\n" in text[last_end:token.start()] or len(words) >= _MOST_WORDS:
            return []
        word = token.group()
        if last_word.endswith(",") and not (word[:1].isupper() or word in ("and", "&")):
            return words  # "…Lama Al-Otaibi, who": the comma after the name ends it
        if word in ("and", "&") and words and _OFFICE_AFTER.match(text, token.end()):
            return words  # "Minister for Transport X and Minister of State for ... Y": two
        if _CAPITALISED.fullmatch(word):
            words.append(token.span())
        elif word not in _CONNECTIVES:
            # The word after the name: a verb or "who" in lower case, or a possessive.
            ends = word[:1].islower() and bool(words) and not last_word.endswith(",") \
                and last_word not in _CONNECTIVES
            return words if ends else []
        last_end, last_word = token.end(), word
    return []


def _name_in(text: str, run: list[tuple[int, int]],
             portfolio: bool = True) -> tuple[int, int, int] | None:
    """Where the name words at the run's end open, and the name: their last two, or three
    when the first of three is a known first name (``Murdo Iain Morrison-Mackay``; not
    ``Pollok`` of ``Glasgow Southside and Pollok Ruaridh Kinnaird``), with at least one
    portfolio word before them; None if there are fewer, or four or more. A first name
    that is also a place's word (``Everett``) opens a name of two words only; a word that
    ends a place with the portfolio's last words (``New [Zealand]``) opens none."""
    while run and _bare(text[run[-1][0]:run[-1][1]]) in POST_NOMINALS:
        run = run[:-1]  # "Paschal Donohoe TD", "Mary Smith SC": the letters are no name's
    words = [_bare(text[s:e]) for s, e in run]
    count = 0
    for index in range(len(run) - 1, -1, -1):
        if index < len(run) - 1 and text[run[index][1]:run[index + 1][0]].strip():
            break  # a comma or a connective inside the run is the portfolio's
        if name_word(words[index]) and not _ends_a_place(words[:index + 1]):
            count += 1
        elif count == 1 and is_any_first_name(words[index]) \
                and not _ends_a_place(words[:index + 1]):
            count += 1
            break
        else:
            break
    if not _FEWEST_NAME_WORDS <= count <= _MOST_NAME_WORDS or (portfolio and count == len(run)):
        return None
    opens = run[len(run) - count][0]
    if count == _MOST_NAME_WORDS and not is_any_first_name(words[len(run) - count]):
        count -= 1
    first = len(run) - count
    if portfolio and text[run[first - 1][1]:run[first][0]].strip():
        return None  # "for Dundee City East Shona Robison and Douglas Ross": two people
    start, end = run[len(run) - count][0], run[-1][1]
    return opens, start, start + len(_bare(text[start:end]))


def _ends_a_place(words: list[str]) -> bool:
    """Whether the last of ``words`` closes a place's name of two or three words written
    before it (``New Zealand``, ``Papua New Guinea``)."""
    places = table().gazetteer
    return any(normalise(" ".join(words[-size:])) in places
               for size in (2, 3) if len(words) >= size)


def _bare(words: str) -> str:
    """Words without the comma or possessive after them."""
    return words.removesuffix(",").removesuffix("'s").removesuffix("’s")
