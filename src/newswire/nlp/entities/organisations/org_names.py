"""An organisation's written name that the model cut into pieces.

The small English model stops an organisation's name early in these shapes news writes
often:

- a union local's number (``[Unifor Local] 2289``, ``[CUPE Local] 1989``, ``[Amalgamated
  Transit Union Local] 1505``): a local is named by its number, never by ``Local`` alone;
- an ``and`` inside the name (``[Department of Higher Education] and [Training]``, ``[Kenya
  Medical Practitioners] and [Dentists Council]``): a ministry of two portfolios, a council
  of two professions. The words after ``and`` are common words written with capitals (no
  person, place or other name), and either the name before is ``Body of ...`` (the
  portfolio is coordinated inside its ``of``) or they end on a body's head noun
  (``Council``); two bodies side by side are written with their own names (``the
  Senate and House``: ``House`` is no body's head noun here, ``the NDP and Unifor``: no
  common word), and so is a whole name before ``and``: an acronym or one word (``the FBI
  and Secret Service``, ``the Senate and House Judiciary Committee``), or ``Body of ...``
  before a body's own head noun (``the Ministry of Education and Teachers Union``) or a
  force's (``the Department of Homeland Security and Border Patrol``);
- a common word written with a capital between ``the`` and the name (``the Airline
  [Carriers Council]``): after ``the``, English capitalises a common word only inside a
  name.
- a list of capitalised words with commas and ``and`` between ``the`` and the name (``The
  Philippine Atmospheric, Geophysical and [Astronomical Services Administration]``, ``The
  Shop, Distributive and [Allied Employees' Association]``): names of agencies and unions
  list what they cover, and the model starts the name after the last comma. The listed
  words must be common words (a demonym may open the list) the model read as no name of
  its own, so ``the Fiat, Renault and [Peugeot]`` (three names) stays three; and a list of
  parties (``the Liberal, Conservative and [Green Party]``) or of bodies sharing a plural head
  after the name (``the Army, Navy and [Air Force] chiefs``) stays a list;
- ``of`` or ``for`` and capitalised words after a body's head noun (``[Tea Board] of Kenya``,
  ``The [U.S. Chamber] of Commerce``, ``The [New Brunswick Coalition] for Tenants' Rights``,
  ``[Ukraine's Coordination Headquarters] for the Treatment of Prisoners of War``): a board,
  chamber, coalition or headquarters is named by what or where it is for; no person, title,
  weekday or month among the words, and no name of the model's running past them.

:func:`whole_org_names` grows the model's organisation mentions over these pieces (and
drops the model's mentions it took in), so the speaker and every later ``the union``
resolve to the whole name.
"""

from __future__ import annotations

import re

from newswire.nlp.entities.roles.titles import ADDRESS_TITLES, ROLES
from newswire.nlp.entities.spans.mentions import Mention, Text
from newswire.nlp.entities.spans.recall import inside
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.names import is_date

__all__ = ["whole_org_names"]

#: A union local's number after a name ending in ``Local`` ("Local 1505", "Local 1006A").
_LOCAL_NUMBER = re.compile(r"[ \t]+(\d{1,5}[A-Z]?)\b")
#: A capitalised word of a name ("Training", "Dentists").
_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
#: ``and`` and one to three capitalised words after an organisation's mention.
_AND_WORDS = re.compile(rf"[ \t]+and[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}})(?![\w'’-])")
#: ``the`` and one or two capitalised words before an organisation's mention.
_THE_WORDS = re.compile(rf"(?:^|(?<=\s))[Tt]he[ \t]+({_WORD}(?:[ \t]+{_WORD})?)[ \t]+$")
#: ``the``, capitalised words listed with commas and ``and`` right before an organisation's
#: mention ("The Philippine Atmospheric, Geophysical and [Astronomical Services
#: Administration]", "The Shop, Distributive and [Allied Employees' Association]").
_THE_LIST = re.compile(
    rf"(?:^|(?<=\s))[Tt]he[ \t]+({_WORD}(?:[ \t]+{_WORD})?(?:,[ \t]+{_WORD}(?:[ \t]+{_WORD})?)+"
    rf",?[ \t]+and) $")  # one space before the mention: the shape _list_before's cheap test asks
#: A plural noun right after the name, the head several listed bodies share ("the Liberal,
#: Conservative and Green Party leaders", "the Army, Navy and Air Force chiefs").
_SHARED_HEAD = re.compile(
    r"[ \t]+(?:leaders|candidates|nominees|members|MPs|MLAs|MSPs|TDs|governments|ministers|"
    r"ministries|chiefs|heads|officials|representatives|delegates|delegations|spokespeople|"
    r"spokespersons|bosses|commanders|caucuses|branches|unions|councils|parties|groups|"
    r"teams|staff|staffs|benches|whips)\b")
#: Head nouns a body's name ends on ("Dentists Council", "Transport Board").
_BODY_HEADS = frozenset((
    "council", "commission", "board", "association", "authority", "agency", "union",
    "institute", "society", "federation", "foundation", "corporation", "committee",
    "department", "ministry", "office", "alliance", "coalition", "network", "trust",
    "tribunal", "league", "bureau", "centre", "center", "college", "university", "school",
    "service", "services"))
#: A capitalised word of a body's name after ``of``/``for``, a plural's apostrophe kept.
_OF_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?['’]?"
#: ``of`` or ``for``, maybe ``the``, then capitalised words joined by small ones ("Treatment
#: of Prisoners of War"), no word glued after.
_OF_WORDS = re.compile(
    rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    rf"({_OF_WORD}(?:[ \t]+(?:(?:of|and|the|for)[ \t]+){{0,2}}{_OF_WORD}){{0,4}})(?![\w-])")
#: Head nouns a body's name may go on from with ``of``/``for`` (its purpose or its place).
_OF_HEADS = frozenset(("board", "chamber", "coalition", "headquarters", "council", "commission",
                       "association", "institute", "society", "federation", "foundation",
                       "centre", "center", "alliance", "network", "trust", "bureau"))
#: The model's types of a body's mention that ``of``/``for`` may grow: a body's head noun
#: ends it, whatever the model read (``[Coordination Headquarters] for ...`` a product).
_GROWN_LABELS = frozenset(("ORG", "PRODUCT", "FAC"))
#: Words of a time, not of a name ("the Electoral Commission for Thursday's vote").
_TIME_WORDS = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"))
#: Head nouns that also end a portfolio after ``Department of Health and``.
_PORTFOLIO_HEADS = frozenset(("service", "services"))
#: Head nouns of a force or service that is a body of its own, never a portfolio of the
#: ministry before ``and`` (``the Department of Homeland Security and Border Patrol``,
#: ``the Ministry of Defence and Coast Guard``).
_FORCE_HEADS = frozenset(("patrol", "guard", "police", "force", "forces", "corps", "army",
                          "navy", "marshals", "gendarmerie"))
#: Words of titles: a person's title is never a piece of a body's name ("and Premier Ford").
_TITLE_WORDS = frozenset(w.rstrip(".").casefold() for t in (*ROLES, *ADDRESS_TITLES)
                         for w in t.split())


def whole_org_names(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each organisation's mention of running text grown over the pieces
    of its written name: a local's number, an ``and`` inside the name, a common word
    capitalised between ``the`` and it. Not in capitals or Headline-Case lines."""
    dropped: set[int] = set()
    for text in texts:
        mine = sorted((m for m in mentions if m.field == text.field), key=lambda m: m.start)
        for mention in mine:
            if mention.label not in _GROWN_LABELS or mention.shaky or id(mention) in dropped \
                    or inside(text.headlines, mention.start, mention.end):
                continue
            dropped.update(_of_after(text, mention, mine))
            if mention.label != "ORG":
                continue
            _local_number(text, mention)
            dropped.update(_and_inside(text, mention, mine))
            taken = _list_before(text, mention, mine)
            if taken is None:
                _capitalised_before(text, mention, mine)
            else:
                dropped.update(taken)
    return [m for m in mentions if id(m) not in dropped]


def _local_number(text: Text, mention: Mention) -> None:
    """``[Unifor Local] 2289`` -> ``Unifor Local 2289``."""
    if mention.text.split()[-1] != "Local":
        return
    found = _LOCAL_NUMBER.match(text.text, mention.end)
    if found is not None:
        _set(text, mention, mention.start, found.end(1))


def _and_inside(text: Text, mention: Mention, mine: list[Mention]) -> set[int]:
    """``[Department of Higher Education] and [Training]`` -> one name; the ids of the
    model's mentions taken in."""
    found = _AND_WORDS.match(text.text, mention.end)
    if found is None:
        return set()
    words = found.group(1).split()
    if not all(map(_common_word, words)):
        return set()
    if " of " not in mention.text and words[-1].casefold() not in _BODY_HEADS:
        return set()
    if _whole_before(mention.text, words):
        return set()  # "the FBI and Secret Service", "the Ministry of Education and Teachers Union"
    start, end = found.span(1)
    over = [m for m in mine if m is not mention and m.start < end and start < m.end]
    if any(m.start < start or m.end > end or m.label not in ("ORG", "PERSON", None)
           for m in over):
        return set()  # a name of its own runs on past the words: two bodies
    _set(text, mention, mention.start, end)
    return {id(m) for m in over}


def _of_after(text: Text, mention: Mention, mine: list[Mention]) -> set[int]:
    """``[Tea Board] of Kenya`` -> one name; the ids of the model's mentions taken in."""
    if mention.text.split()[-1].casefold() not in _OF_HEADS:
        return set()
    found = _OF_WORDS.match(text.text, mention.end)
    if found is None:
        return set()
    words = [w.rstrip("'’").casefold() for w in found.group(1).split() if w[:1].isupper()]
    if any(w in _TITLE_WORDS or w in _TIME_WORDS for w in words):
        return set()
    end = found.end(1)
    over = [m for m in mine if m is not mention and m.start < end and mention.end < m.end]
    if any(m.end > end or m.label == "PERSON" for m in over):
        return set()  # a person or a name of its own runs on past the words
    _set(text, mention, mention.start, end)
    mention.label = "ORG"  # a body's head noun and what it is for: an organisation's name
    return {id(m) for m in over}


def _whole_before(name: str, words: list[str]) -> bool:
    """Whether the name before ``and`` is a body's whole name and the words after it another
    body's: an acronym or a one-word name (``FBI``, ``Senate``) is never the first half of a
    longer name, and a ``Body of ...`` name is completed by a portfolio (``and Training``),
    not by words ending on a body's head noun (``and Teachers Union``); a ministry of
    two portfolios ending on ``Services`` is the exception (``Health and Social Services``).
    Words ending on a force's head noun (``and Border Patrol``, ``and Coast Guard``) are a
    body of their own after any name."""
    if " " not in name or name.isupper():
        return True
    last = words[-1].casefold()
    if last in _FORCE_HEADS:
        return True  # "Homeland Security and Border Patrol": a force is a body of its own
    return " of " in name and last in _BODY_HEADS and last not in _PORTFOLIO_HEADS


def _capitalised_before(text: Text, mention: Mention, mine: list[Mention]) -> None:
    """``the Airline [Carriers Council]`` -> ``Airline Carriers Council``."""
    found = _THE_WORDS.search(text.text, max(0, mention.start - 40), mention.start)
    if found is None or not all(map(_common_word, found.group(1).split())):
        return
    start, end = found.span(1)
    if any(m is not mention and m.start < end and start < m.end for m in mine):
        return  # the model read a name there ("the US [State Department]")
    _set(text, mention, start, mention.end)


def _list_before(text: Text, mention: Mention, mine: list[Mention]) -> set[int] | None:
    """``The Philippine Atmospheric, Geophysical and [Astronomical Services Administration]``
    -> the whole name, and the ids of the model's mentions taken in (``None``: not grown).
    The cheap question first: a comma and ``and`` just before the mention."""
    before = text.text[max(0, mention.start - 80):mention.start]
    if not before.endswith("and ") or "," not in before:
        return None
    if mention.text.split()[-1].casefold() in ("party", "parties") \
            or _SHARED_HEAD.match(text.text, mention.end):
        return None  # several bodies sharing one head (review56 F1)
    found = _THE_LIST.search(text.text, max(0, mention.start - 80), mention.start)
    if found is None:
        return None
    if not _fields_listed(found.group(1).replace(",", " ").split()[:-1]):
        return None
    start = found.start(1)
    over = [m for m in mine if m is not mention and m.start < mention.start and start < m.end]
    if any(m.start < start or m.end > mention.start or m.label not in ("ORG", "NORP", None)
           for m in over):
        return None  # a name of the model's own among the listed words, or one running past
        # them (a place or person, not the agency's pieces)
    _set(text, mention, start, mention.end)
    return {id(m) for m in over}  # the model's pieces of the name ("[Philippine Atmospheric,
    # Geophysical]"), taken in


def _fields_listed(words: list[str]) -> bool:
    """Whether the words before ``and`` list one name's fields: none a body's head noun ("the
    Council, Commission and [European Parliament]" are bodies of their own), each a field's
    word, the first maybe a people's (``Philippine``)."""
    if any(w.casefold() in _BODY_HEADS for w in words):
        return False
    return all(map(_listed_word, words[1:])) and (_listed_word(words[0]) or _demonym(words[0]))


def _listed_word(word: str) -> bool:
    """Whether ``word`` may be one of a name's listed words: a common word, or an adjective
    of a field (``Geophysical``, ``Pharmaceutical``), never a title or a date."""
    folded = word.casefold()
    return _common_word(word) or (folded.endswith(("al", "ic", "ive", "ary", "ory"))
                                  and folded not in _TITLE_WORDS)


def _demonym(word: str) -> bool:
    """Whether ``word`` names a people or a country's adjective (``Philippine``, ``Kenyan``):
    a national agency's name opens with it."""
    return word.endswith(("ine", "ian", "an", "ese", "ish", "ic", "i")) and word[:1].isupper()


def _common_word(word: str) -> bool:
    """Whether ``word`` is a body's head noun or English writes it in lower case too (a
    common word capitalised inside a name), and it is no title or date."""
    folded = word.casefold()
    if folded in _BODY_HEADS:  # "council": capitalised so often that no table holds it
        return True
    return folded in casing().lower and folded not in _TITLE_WORDS and not is_date(word)


def _set(text: Text, mention: Mention, start: int, end: int) -> None:
    mention.start, mention.end, mention.text = start, end, text.text[start:end]
