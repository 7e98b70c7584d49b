"""Transcripts printed with speaker labels: each labelled paragraph is its speaker's words.

``MAYOR ESCOBEDO: We are ready for the storm. ¶ COUNCILWOMAN DIAZ: I agree.`` (a hearing, a
broadcast, a press conference written out): no quotation mark holds the words, yet each
paragraph after a label is what the labelled person said, verbatim, so it is a ``direct``
quote, its label the cue.  A label is capitals (``SEN. MARY LOUISE KELLY, HOST:``) or a
name (``Kanemoto:``) at a paragraph's start, and its last word before any comma is the
surname of a person the article names in full (``Mayor Ana Escobedo`` for ``MAYOR
ESCOBEDO``) or a label names in full (``MAYOR DIANE ESCOBEDO:``, ``Ingrid Hale:``, a first
name then a surname); words there in quotation marks are left to the marks.
An article is read as a transcript only when two paragraphs carry such a label, each beside
another labelled paragraph, with at least three words after it: one ``Update:`` line,
headings far apart (``Jeb Bush: Student loans ...``) and tallies (``Clinton: 547.``) are no
transcript.  A turn reads as speech: its first sentence has a first- or second-person pronoun
(``I think ...``) or a subject of its own main verb (``The buses will run ...``); an explainer
list (``Biden: Wants to raise taxes ...``), results (``Clinton: won Ohio ...``, ``Clinton: 547
delegates ...``) and lines in capitals (``CLINTON: WON THE STATE``) are no turns.
Beside the named turns, a question under the press's label (``Q:``, ``REPORTER:``,
``Journalist:``) is the press's (:mod:`.askers`), and a one-word title label (``Governor:``)
is the person the article titled so (:mod:`.label_roles`); neither makes a transcript alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from newswire.nlp.entities.words.firstnames import first_name_gender, is_first_name
from newswire.nlp.quotes.base.parse_labels import FILLED_OR_CLAUSAL_SUBJECT_DEPS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.layouts.askers import press_asker
from newswire.nlp.quotes.marked.mark_sets import ALL_MARKS

__all__ = ["labelled_turns"]

#: A label: up to five capitalised words (initials, hyphens, apostrophes), an optional comma
#: and role (``, HOST``), then a colon and a space.
_LABEL = re.compile(r"[ \t]*((?:[A-Z][\w.'’\-]*[ \t]){0,4}[A-Z][\w.'’\-]*)"
                    r"(?:,[ \t][\w.'’\- ]{1,40})?:[ \t]+")
_MIN_TURNS = 2
#: Fewer words after a label are a figure or a heading (``Clinton: 547.``), not a turn.
_MIN_TURN_WORDS = 3
#: Words only a speaker uses of themselves or the person they talk to.
_SPEAKER_PRONOUNS = frozenset(("i", "we", "me", "us", "my", "our", "you", "your", "i'm", "we're"))
#: The label a court transcript gives the judge presiding (``THE COURT: What claims rate
#: are you expecting?``), in US hearings as printed by legal news.
_THE_COURT = "the court"
#: A first sentence this short (``Good evening.``, ``Thank you.``) is a greeting.
_GREETING_TOKENS = 4


def labelled_turns(tmap: TextMap, full_name: Callable[[str], str | None],
                   role_holder: Callable[[Token], str | None] | None = None,
                   outlet: Callable[[str], str | None] | None = None) -> list[Attribution]:
    """The labelled paragraphs of a transcript, each a direct quote of its labelled person;
    ``full_name`` gives the full name of the article's person a surname stands for,
    ``role_holder`` the person a one-word title label (``Governor:``) stands for, ``outlet``
    the reporter asking under the outlet's name (:mod:`.outlet_labels`)."""
    text = tmap.text
    turns: list[tuple[int, int, int, str]] = []
    asked: list[tuple[int, int, int, str]] = []
    markers = {index: m for index, (start, _) in enumerate(tmap.paragraphs)
               if (m := _LABEL.match(text, start)) is not None}
    full_name = _with_labels(full_name, [m.group(1) for m in markers.values()])
    for index, marker in markers.items():
        # A turn answers or is answered by the paragraph beside it: labels far apart are
        # headings (``Jeb Bush: Student loans``), not a conversation.
        beside = index - 1 in markers or index + 1 in markers
        label = marker.group(1)
        # a surname the model did not type a person (``Karadzhova asked the board``) is still
        # the article's person: her turns are hers, not the outlet's questions
        asker = press_asker(label) or (
            outlet(label) if outlet and _person_named(label, full_name) is None else None)
        if beside and asker is not None:
            # ``Q: Was anyone else hurt?``: the question of the press, whoever answers it
            asked.append((index, marker.start(1), marker.end(), asker))
            continue
        person = _person_named(marker.group(1), full_name) if beside else None
        if person is None and beside and role_holder is not None:
            person = _titled(tmap, marker, role_holder)
        answers = index - 1 in markers and _asks(text, tmap.paragraphs[index - 1])
        if person is not None and _is_turn(tmap, marker.end(), tmap.paragraphs[index][1],
                                           answers):
            turns.append((index, marker.start(1), marker.end(), person))
    # Two turns of three words or more make a transcript; a short line beside one long turn
    # (``Clinton: Yes.``) does not, nor do questions alone (``Q:``/``A:`` is :mod:`.interviews`).
    if len(turns) < _MIN_TURNS:
        return []
    found = []
    for index, label_start, label_end, person in sorted(turns + asked):
        said_start, said_end = tmap.trim(label_end, tmap.paragraphs[index][1])
        # a question label with no words after it (``Q:`` ending the text) is no quote
        if not tmap.has_word(said_start, said_end) or text[said_start] in ALL_MARKS:
            continue
        cue_start, cue_end = tmap.trim(label_start, label_end)
        found.append(Attribution(
            start=said_start, end=said_end, kind="direct", paragraph=index,
            cue=tmap.tokens(cue_start, cue_end), speaker_name=person,
            sentence=(said_start, said_end)))
    return found


def _asks(text: str, paragraph: tuple[int, int]) -> bool:
    """Whether a paragraph ends with a question mark (a labelled question)."""
    return text[paragraph[0]:paragraph[1]].rstrip().endswith("?")


def _titled(tmap: TextMap, marker: re.Match[str],
            role_holder: Callable[[Token], str | None]) -> str | None:
    """The person a one-word title label stands for (``Governor:`` after ``the Governor, Dr.
    Kwabena Owusu-Ansah, said``), as the word would as a subject; ``THE COURT:`` the judge."""
    label = marker.group(1)
    first, last = tmap.tokens(marker.start(1), marker.end(1))
    if label.casefold() == _THE_COURT and last - first == 2:
        return role_holder(tmap.doc[first + 1])  # a court transcript's judge
    if " " in label or label.isupper() or is_first_name(label):
        return None
    return role_holder(tmap.doc[first]) if last - first == 1 else None


def _is_turn(tmap: TextMap, start: int, end: int, answers: bool = False) -> bool:
    """Whether the words after a label are a turn: three words or more, read as speech;
    an answer to a labelled question may open with a fragment (``Some roads, yes. But many
    villages ...``, ``Warm clothes, blankets ... And I would say ...``), as people answer."""
    said_start, said_end = tmap.trim(start, end)
    words = sum(1 for w in tmap.text[said_start:said_end].split() if w.isalpha())
    return words >= _MIN_TURN_WORDS and _reads_as_speech(tmap, said_start, said_end, answers)


def _with_labels(full_name: Callable[[str], str | None],
                 labels: list[str]) -> Callable[[str], str | None]:
    """``full_name`` that also knows the people labels name in full: a news conference's
    ``MAYOR DIANE ESCOBEDO:`` or a broadcast's ``Ingrid Hale:`` (the host, named nowhere
    else) is Diane Escobedo, and so is a later ``ESCOBEDO:``."""
    by_surname = {name.split()[-1]: name for label in labels
                  if (name := _name_in_label(label)) is not None}
    return lambda surname: full_name(surname) or by_surname.get(surname)


def _name_in_label(label: str) -> str | None:
    """``Diane Escobedo`` for ``MAYOR DIANE ESCOBEDO``: the label's last two words when the
    first is a first name and the last is not (``WEST VIRGINIA`` is no one)."""
    words = [w.capitalize() if label.isupper() else w for w in label.split()[-2:]]
    if len(words) < 2 or not all(w.isalpha() and w[:1].isupper() for w in words):
        return None
    first, last = words
    if first_name_gender(first) is None or is_first_name(last):
        return None
    return f"{first} {last}"


def _person_named(label: str, full_name: Callable[[str], str | None]) -> str | None:
    """The full name of the article's person whose surname ends ``label``, else none."""
    words = label.split()
    if not label.isupper() and not all(w[:1].isupper() for w in words):
        return None
    return full_name(words[-1].capitalize() if label.isupper() else words[-1])


def _reads_as_speech(tmap: TextMap, start: int, end: int, answers: bool = False) -> bool:
    """Whether the words after a label are someone talking: not a figure or a line in
    capitals, and a first sentence (the second after a greeting) with ``I``/``we``/``you``
    or a subject of its own main verb (``We have asked ...``, ``The cost is ...``); a bare
    verb (``Wants to raise taxes``, ``won Ohio``) or a phrase (``547 delegates``) is an entry
    of a list. An ``answers`` turn may say it in its second sentence too."""
    start, end = tmap.trim(start, end)
    said = tmap.text[start:end]
    if not said or said[0].isdigit() or (said.isupper() and len(said.split()) > 1):
        return False
    first, last = tmap.tokens(start, end)
    if last <= first:
        return False
    doc = tmap.doc
    opening = doc[first:min(last, doc[first].sent.end)]
    # A greeting first (``Good evening. I want to start ...``): the next sentence says it.
    second = doc[opening.end:min(last, doc[opening.end].sent.end)] if opening.end < last \
        else None
    if len(opening) <= _GREETING_TOKENS and second is not None:
        return _speaks(second)
    return _speaks(opening) or (answers and second is not None and _speaks(second))


def _speaks(words: Span) -> bool:
    """Whether a sentence has ``I``/``we``/``you`` or a subject of its own main verb."""
    if any(t.lower_ in _SPEAKER_PRONOUNS for t in words):
        return True
    return any(t.dep_ in FILLED_OR_CLAUSAL_SUBJECT_DEPS and _is_main_verb(t.head, words)
               for t in words)


def _is_main_verb(token: Token, words: Span) -> bool:
    """Whether ``token`` heads the words (its head lies outside them), not a clause inside:
    ``he`` in ``Wants to extend the tax cuts he signed`` is no subject of the turn."""
    head = token.head
    inside = words.start <= token.i < words.end
    return inside and (head.i == token.i or not words.start <= head.i < words.end
                       or (token.dep_ == "conj" and _is_main_verb(head, words)))
