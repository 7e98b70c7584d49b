"""Irish, Scottish Gaelic and Welsh surnames that open with a particle.

Copy from Ireland, Scotland and Wales writes surnames as their languages build them: a
patronymic particle, in Scottish Gaelic often with an article, then the name (Welsh ``Rhydian
ap Gwilym``, ``Dafydd ab Owain``; Gaelic ``Kirsty Mac a' Phearsain``, ``Eilidh Nic an
t-Saoir``, ``Catriona Mac an Tòisich``; Irish ``Seán Mac Cormaic``, ``Ruaraidh Ó
Dochartaigh``, ``Eimear Ní Shé``, ``Mac Giolla Easpaig``), and later mentions keep the
particle after the honorific (``Mr ap Gwilym``, ``Mrs Mac a' Phearsain``, ``Judge ap
Hywel``). The small English model, which never saw lower-case words or a lone ``Ó`` inside a
name, cuts them: ``[Kirsty Mac] a' [Phearsain]``, ``[Organiser Rhydian] ap [Gwilym]``, or
reads the last word alone as an organisation. Each such name is made one person's mention
(:func:`particle_surnames`), with the given names written before it (capitalised words that
are names: no title, common word or place), so the surname pieces join the full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newswire.nlp.entities.people.name_pieces import name_word
from newswire.nlp.entities.roles.descriptors import is_person_noun
from newswire.nlp.entities.roles.titles import POST_NOMINALS
from newswire.nlp.entities.spans.mentions import Mention, Text, recalled
from newswire.nlp.entities.spans.recall import inside
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["particle_surnames"]

#: A capitalised word of a name with a lower-case letter in it, hyphenated parts allowed
#: ("Rìgh-Dewar", "Shé-Hogan"). The lookahead asks for the lower-case letter and the runs
#: are possessive: two plain runs around it made a long word the pattern then refused (a
#: digit, an apostrophe after it) cost time quadratic in its length (minutes for 50,000
#: characters after "Mac "); every context after a word needs a non-letter, so no shorter
#: run could have matched anyway.
_WORD = (r"[A-Z\u00C0-\u00DE](?=[^\W\d_]*[a-z\u00DF-\u00FF])[^\W\d_]*+"
         r"(?:-[A-Z\u00C0-\u00DE][^\W\d_]*+)*+")
#: The surname after its particle: a Gaelic article first where Scottish Gaelic writes one
#: ("Mac a' ", "Nic an t-", "Mac na h-"), "Giolla" of the Irish "Mac Giolla" names.
#: Irish writes an ``h``, ``t`` or ``n`` before a surname's capital, hyphened or not
#: ("Ó hAodha", "Ní hÉalaithe", "Mac an tSaoi", "Nic an t-Saoir", "Ó nÉill").
_GAELIC = (rf"(?:Mac|Nic|Mhic|NicGhill|Ó|Ní|Uí|Ua)[ \t]+"
           rf"(?:(?:a['’]|an|na|nan)[ \t]+|(?:Giolla|Ghiolla)[ \t]+)?(?:[hnt]-?)?{_WORD}")
_WELSH = rf"(?:ap|ab|ferch|verch)[ \t]+{_WORD}"
#: A surname with its particle, not inside a longer word or after a hyphen.
_SURNAME = re.compile(rf"(?<![\w'’-])(?:{_GAELIC}|{_WELSH})(?![\w'’-])")
#: Surnames whose particle alone says a name: lower case, or a Gaelic article inside.
_SURE = re.compile(r"(?:ap|ab|ferch|verch)[ \t]|\S+[ \t]+(?:a['’]|an|na|nan)[ \t]|Ó[ \t]")
#: A capitalised word right before ``end`` (a given name, or a title or common word).
_WORD_BEFORE = re.compile(rf"(?<![\w'’.-])({_WORD})[ \t]+$")
#: An honorific or a title right before the surname ("Mr ap Rhys", "Judge ap Hywel").
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor|Judge|"
                           r"Justice|Sheriff|Sgt|Supt|Insp|Garda|Deputy|Senator)\.?[ \t]+$")
#: Letters after a name ("Eoghan Ó Dubhghaill SC", "Seán Mac Cormaic TD"): the model's span
#: over them is the name's too.
_LETTERS_AFTER = re.compile(rf"(?:,?[ \t]+(?:{'|'.join(POST_NOMINALS)}))+(?![\w'’-])")
#: How many given names a person's name may carry before its surname.
_MOST_GIVEN = 3


def particle_surnames(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each person's name whose surname opens with a Celtic particle
    made one person's mention that replaces the model's pieces of it (a title or common
    word the model ran into the name is left out). Not in capitals or Headline-Case lines,
    nor where a mention runs past the name's end."""
    cut: set[int] = set()
    found: list[Mention] = []
    for text in texts:
        mine = [m for m in mentions if m.field == text.field]
        for start, end in _names(text.text):
            if inside(text.caps, start, end) or inside(text.headlines, start, end):
                continue
            over = [m for m in mine if m.start < end and start < m.end]
            if any(m.end > _post_nominals_end(text.text, end) for m in over):
                continue  # a longer name or body runs on past it: the model's reading stands
            cut.update(id(m) for m in over)
            found.append(recalled(text, start, end))
            found[-1].label = "PERSON"
    return [m for m in mentions if id(m) not in cut] + found


def _names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of whole names with a particle surname: the given names before it, or an
    honorific or title before a bare surname. A capitalised ``Mac`` or ``Ní`` with a plain
    word after it ("Mac Users", "Big Mac Index") counts only after a given name or title."""
    for match in _SURNAME.finditer(text):
        start = match.start()
        given = 0
        while given < _MOST_GIVEN and (word := _WORD_BEFORE.search(text, max(0, start - 40),
                                                                   start)) is not None \
                and _given_name(word.group(1)):
            start, given = word.start(1), given + 1
        if given or _SURE.match(match.group()) \
                or _TITLE_BEFORE.search(text, max(0, start - 12), start):
            yield start, match.end()


def _given_name(word: str) -> bool:
    """Whether ``word`` before a surname is a given name: a known first name, or a word
    English writes only as a name (not a title, a common word or a place). A first name
    that is also a common word or a title ("Judge", a given name in old US records) is
    none here: it is the title before the name."""
    if is_person_noun(word):
        return False  # "Publican Mary Ní Chróinín": the noun opens the sentence
    return name_word(word) or (is_any_first_name(word) and word.casefold() not in casing().lower)


def _post_nominals_end(text: str, end: int) -> int:
    """Where the letters written after a name ending at ``end`` end (``end`` if none)."""
    letters = _LETTERS_AFTER.match(text, end)
    return letters.end() if letters else end
