"""Acronyms an article defines: ``the Public Health Agency of Canada (PHAC)``.

A name followed by a bracketed acronym its capitals spell is how news writing defines an
acronym; every later ``PHAC`` is that organisation. The model often cuts such a name
(``Public Health Agency`` without ``of Canada``): the name is extended over the capitalised
and small linking words up to the bracket when, and only when, the extended name spells the
acronym exactly. Offsets stay the text's: a mention is only ever re-sliced from its text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from newswire.nlp.entities.spans.mentions import Mention, Text, recalled
from newswire.nlp.entities.words.aliases import initials
from newswire.nlp.entities.words.names import normalise

__all__ = ["read_definitions", "spells"]

#: Small words a name runs over on its way to the bracket ("Bank of Canada (BoC)").
_LINKS = frozenset({"of", "and", "for", "the", "on", "in", "&", "de", "du", "des", "et"})
_LINK_WORDS = "|".join(map(re.escape, sorted(_LINKS)))  # the same words in a pattern
#: French articles and prepositions, whose letters an acronym leaves out.
_FRENCH_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "et", "d'", "l'", "à", "au",
                           "aux", "pour", "sur", "en"})
#: The words after a mention up to a bracketed acronym: capitalised words and small words.
_TO_BRACKET = re.compile(rf"((?:[ \t]+(?:[A-Z][\w'’.-]*|{_LINK_WORDS}))*)[ \t]+\(([A-Z]{{2,8}})\)")
#: The same, over any words (lower case too), for a French name the model cut at its first
#: word in lower case ("Réseau des observateurs [citoyens du Togo] (ROCT)"): taken only when
#: the name spells the acronym the French way (:func:`_french`).
_TO_BRACKET_ANY = re.compile(r"((?:[ \t]+[\w'’.-]+){0,10}?)[ \t]+\(([A-Z]{2,8})\)")
#: Labels of names that define acronyms: people's initials are no such definition.
_DEFINING = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "PRODUCT"})


def spells(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is the capitals of ``name``'s words, each small word's first
    letter taken or skipped: "Canadian Union of Public Employees" spells "CUPE", "Ministry
    of Health" "MOH", "Department of Justice" "DOJ"."""
    return (_capitals(name) == acronym or initials(name) == acronym
            or _with_links(name).fullmatch(acronym) is not None or _french(name, acronym))


def _french(name: str, acronym: str) -> bool:
    """A French name with words in lower case spells an acronym of some of its words'
    initials, its first and last words' among them ("Fédération interprofessionnelle de la
    santé du Québec" spells "FIQ", "Centre hospitalier de l'Université de Montréal"
    "CHUM"); a small word inside may give its letter too ("Mères au volant contre l'alcool"
    spells "MAVA": the A of ``au``)."""
    words = [(unicodedata.normalize("NFKD", re.sub(r"^[dl]['’]", "", p)).encode(
        "ascii", "ignore").decode(), p.casefold() in _FRENCH_LINKS) for p in name.split()]
    parts = [w for w, link in words if not link]
    if len(parts) < 2 or not any(p[:1].islower() for p in parts) or not all(parts):
        return False
    first, last = words.index((parts[0], False)), len(words) - 1 - words[::-1].index(
        (parts[-1], False))
    pattern = "".join(f"{re.escape(w[0].upper())}{'' if i in (first, last) else '?'}"
                      for i, (w, _) in enumerate(words[first:last + 1], first) if w)
    return re.fullmatch(pattern, acronym) is not None


def _with_links(name: str) -> re.Pattern[str]:
    """The acronyms ``name`` may make: its words' capitals, each small word's first letter
    (in capitals) optional; a name with a word in lower case makes none."""
    pattern = ""
    for word in name.split():
        if word.casefold() in _LINKS:
            pattern += f"(?:{re.escape(word[0].upper())})?"
        elif word[:1].isupper():
            pattern += re.escape("".join(p[0] for p in word.split("-") if p[:1].isupper()))
        else:
            return re.compile("(?!)")
    return re.compile(pattern)


def _capitals(name: str) -> str:
    """The first capital of each word and of each capitalised part of a hyphenated word;
    empty when a word other than a small one is in lower case (no name's word)."""
    capitals = ""
    for word in name.split():
        parts = word.split("-")
        if word.casefold() in _LINKS:
            continue
        if not parts[0][:1].isupper():
            return ""
        capitals += "".join(p[0] for p in parts if p[:1].isupper())
    return capitals


def read_definitions(texts: Sequence[Text],
                     mentions: list[Mention]) -> tuple[list[Mention], dict[str, str]]:
    """The mentions, each defining name extended to what it spells and its bracketed acronym
    a mention too; and each defined acronym (normalised) -> the name it spells (normalised)."""
    by_field = {t.field: t for t in texts}
    defined: dict[str, str] = {}
    added: list[Mention] = []
    extended: list[Mention] = []
    for mention in mentions:
        text = by_field.get(mention.field)
        if text is None or mention.shaky or mention.label not in _DEFINING:
            continue
        found = _defining(text.text, mention)
        if found is None:
            continue
        name_end = mention.end + len(found.group(1))
        name = text.text[mention.start:name_end]
        acronym = found.group(2)
        if defined.get(normalise(acronym), "") not in ("", normalise(name)):
            continue
        mention.end, mention.text = name_end, name
        extended.append(mention)
        defined[normalise(acronym)] = normalise(name)
        added.append(recalled(text, found.start(2), found.end(2)))
    return _without_inner(mentions, extended, added), defined


def _defining(text: str, mention: Mention) -> re.Match[str] | None:
    """The words from ``mention``'s end to a bracketed acronym the extended name spells: over
    capitalised and small words, else (a French name) over any words."""
    for pattern, spelled in ((_TO_BRACKET, spells), (_TO_BRACKET_ANY, _french)):
        found = pattern.match(text, mention.end)
        if found is not None and spelled(text[mention.start:mention.end + len(found.group(1))],
                                         found.group(2)):
            return found
    return None


def _without_inner(mentions: list[Mention], extended: list[Mention],
                   added: list[Mention]) -> list[Mention]:
    """The mentions less those an extended name now covers ("Canada" inside "Public Health
    Agency of Canada"); a bracketed acronym added unless the model found it already."""
    kept = [m for m in mentions
            if not any(e.overlaps(m) for e in extended if e is not m)]
    return kept + [a for a in added if not any(m.overlaps(a) for m in kept)]
