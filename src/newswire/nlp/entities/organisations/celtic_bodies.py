"""Bodies named in Irish, Scottish Gaelic, Welsh or Māori, which the model cuts at their
lower-case words.

Copy from Ireland, Scotland, Wales and New Zealand names public bodies, charities and
campaigns in their own languages: a leading article (Irish ``An``: ``An Bord Pleanála``,
``An Garda Síochána``, ``An Post``; Māori ``Te``: ``Te Pāti Māori``, ``Te Whatu Ora``) or a
lower-case article or ``of`` inside the name (Irish and Gaelic ``na``/``nan``: ``Údarás na
Gaeltachta``, ``Muintir na Tíre``, ``Bòrd na Gàidhlig``, ``Tèatar nan Eilean``; Welsh
``y``/``yr``: ``Cynghrair y Gymraeg``, ``Cymdeithas yr Iaith``; Māori ``o``: ``Te Rūnanga o
Ngāti Porou``). The small English model, which never saw such words inside a name, keeps a
piece and types it anyhow (``Muintir`` NORP, ``Tíre`` PERSON; ``Gymraeg`` GPE; ``Údarás``
none), so the speaker is the piece or nobody. :func:`particle_bodies` makes each such name
one organisation's mention that replaces the model's pieces of it.

Not a person's name: a particle surname (``Mac an Rìgh``, ``Nic an t-Saoir``) is
:mod:`~newswire.nlp.entities.people.celtic_names`' and runs first; a name opening with a
known first name (``José Ortega y Gasset``) is left alone. Not English ``An`` before a word
said with a vowel (``An SNP spokesman``, ``An Irish Water spokesman``): the Irish article's
word opens with a consonant and is no acronym; nor an office (``An Taoiseach``). A place so
named (``Béal na Bláth``), every piece of which the model typed a place, keeps its type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newswire.nlp.entities.roles.descriptors import is_person_noun
from newswire.nlp.entities.spans.mentions import Mention, Text, recalled
from newswire.nlp.entities.spans.recall import inside
from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["particle_bodies"]

#: A capitalised word with a lower-case letter in it (accents and macrons allowed).
_WORD = r"[A-ZÀ-ÞĀ-Ž](?=[^\W\d_]*[a-zß-ÿā-ž])[^\W\d_]*+"
#: The Irish article's word: a consonant opens it (English writes ``An`` before a vowel's).
_IRISH_WORD = r"(?![AEIOUÁÉÍÓÚH])" + _WORD
#: A lower-case article or ``of`` inside the name, with Irish's mutation before the next
#: word's capital (``na hÉireann``, ``na nGael``, ``na h-Alba``).
_INSIDE = r"(?:na|nan|nam|y|yr|o)[ \t]+(?:[hnt]-?)?"
#: The word right before a name.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]+)[ \t]+$")
#: A particle inside a name (for :func:`_person_named`).
_INSIDE_WORD = re.compile(r"[ \t](?:na|nan|nam|y|yr|o)[ \t]")
_NAME = re.compile(
    rf"(?<![\w'’-])(?:(?P<article>An[ \t]+{_IRISH_WORD}|Te[ \t]+{_WORD})(?:[ \t]+{_WORD})?"
    rf"(?:[ \t]+{_INSIDE}{_WORD}(?:[ \t]+{_WORD})?)?"
    rf"|(?P<first>{_WORD})(?:[ \t]+{_WORD})?[ \t]+{_INSIDE}{_WORD}(?:[ \t]+{_WORD})?)"
    rf"(?![\w'’-])")
#: First words of particle surnames: a person's, never a body's.
_SURNAME_PARTICLES = frozenset(("Mac", "Nic", "Mhic", "NicGhill", "Ó", "Ní", "Uí", "Ua"))
#: The model's types that make a name so written a place's, when every piece it typed is one.
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
#: A place's preposition right before the name: a village or a marae so named.
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|near|outside|into)[ \t]+$")
#: Welsh nouns opening a body's name with ``y`` inside (``Cynghrair y Gymraeg``, ``Merched y
#: Wawr``, ``Menter y Fro``); ``y`` after any other word is a Spanish surname's or a place's.
_WELSH_BODY_NOUNS = frozenset(("Cymdeithas", "Cynghrair", "Urdd", "Menter", "Canolfan", "Coleg",
                               "Mudiad", "Cyngor", "Bwrdd", "Undeb", "Cwmni", "Theatr", "Merched",
                               "Clwb", "Ysgol", "Prifysgol", "Amgueddfa", "Llyfrgell",
                               "Comisiynydd"))
_IN_OR_NEAR = re.compile(r"(?<![\w-])(?:in|near)[ \t]+$")
#: Offices Irish copy writes after ``An``: ``An Taoiseach Micheál Martin`` is a person.
_IRISH_TITLES = frozenset(("Taoiseach", "Tánaiste", "Uachtarán", "Cathaoirleach", "Ceann",
                           "Leas-Cheann"))


def particle_bodies(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each body's name written with an Irish, Gaelic, Welsh or Māori
    article or particle made one organisation's mention replacing the model's pieces of it,
    where the model read some piece as a name, or an article opens it and it acts as a body
    (:func:`_acts`). Not in capitals or
    Headline-Case lines, nor where a mention runs past the name, every piece the model
    typed is a place's, a person's title or noun stands before it (``Comedian Te Radar``), or
    a place's preposition stands before a name that says nothing."""
    cut: set[int] = set()
    found: list[Mention] = []
    for text in texts:
        mine = [m for m in mentions if m.field == text.field]
        names = list(_names(text.text))
        places = _places(text.text, names)
        for start, end, article in names:
            if inside(text.caps, start, end) or inside(text.headlines, start, end) \
                    or text.text[start:end] in places or _spanish_y(text.text[start:end]):
                continue
            over = [m for m in mine if m.start < end and start < m.end]
            labels = {m.label for m in over if m.label}
            if any(m.start < start or m.end > end for m in over) \
                    or (labels and labels <= _PLACE_LABELS):
                continue
            if _person_named(text.text, start, over, article):
                continue
            body = recalled(text, start, end)
            if body.role or body.person or _person_noun_before(text.text, start) or (
                    not over and not (article and _acts(body))) or (
                    _PLACE_BEFORE.search(text.text, max(0, start - 10), start)
                    and not body.speaks):
                continue  # "schemes in An Spidéal", "the night at Te Rawheoro marae"
            cut.update(id(m) for m in over)
            body.label = "ORG"
            found.append(body)
    return [m for m in mentions if id(m) not in cut] + found


def _person_named(text: str, start: int, over: list[Mention], article: bool) -> bool:
    """A person's name so written (review52): Māori given names open with ``Te`` (``Te
    Ururoa Flavell``, the model reading the rest a person's), a Spanish double surname has
    ``y`` (``Ortega y Gasset``, its first word alone a person's); a body's name inside which
    the model read a person (``Muintir na [Tíre]``, ``Te Rūnanga o [Ngāti Porou]``, ``[Macra
    na Feirme]`` whole) stays one."""
    people = [m for m in over if m.label == "PERSON"]
    if article and text.startswith("Te", start):
        return bool(people) and not _INSIDE_WORD.search(text, start, max(m.end for m in over))
    # The model's whole name read a person's (``[Macra na Feirme]``) is the body all the same.
    return not article and any(m.start == start and not _INSIDE_WORD.search(text, m.start, m.end)
                               for m in people)


def _places(text: str, names: list[tuple[int, int, bool]]) -> set[str]:
    """Names with no article written once after ``in`` or ``near`` (``Walkers in Betws y
    Coed``, ``Residents in Baile na hAbhann``): a village's, at every mention (review53); not
    ``at`` (``staff at Údarás na Gaeltachta``), which a body's name takes too."""
    return {text[start:end] for start, end, article in names
            if not article and _IN_OR_NEAR.search(text, max(0, start - 10), start)}


def _spanish_y(name: str) -> bool:
    """A name with ``y`` inside not opened by a Welsh body's noun: a Spanish or Filipino
    person's double surname (``Pedro Reyes y Garcia``, ``Santos y Cruz``: review53) or a
    Welsh village (``Betws y Coed``), not a body (``Cynghrair y Gymraeg``)."""
    words = name.split()
    return "y" in words and words[0] not in _WELSH_BODY_NOUNS


def _person_noun_before(text: str, start: int) -> bool:
    """A person's noun right before the name (``Comedian Te Radar``): a person's name."""
    found = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return found is not None and is_person_noun(found.group(1).title())


def _acts(body: Mention) -> bool:
    """A name the model saw no piece of is a body's where the words around it say so: it
    speaks (``Te Pāti Māori said``), a body's noun stands before it (``Environmental group An
    Taisce``) or a company's or an officer's words follow; not a place (``schemes in An
    Cheathrú Rua and An Spidéal``, ``the night at Te Rawheoro marae``)."""
    return body.speaks or body.employer or body.company or body.officered


def _names(text: str) -> Iterator[tuple[int, int, bool]]:
    """Spans of bodies' names written with an article or particle of those languages, and
    whether an article opens them (such a name may be one even where the model saw no piece:
    ``Te Pāti Māori said``)."""
    for match in _NAME.finditer(text):
        first = match.group("first")
        if first is not None and (first in _SURNAME_PARTICLES or is_any_first_name(first)):
            continue
        article = match.group("article")
        if article is not None and article.split()[-1] in _IRISH_TITLES:
            continue
        yield match.start(), match.end(), article is not None
