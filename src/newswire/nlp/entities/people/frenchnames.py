"""French names in English text, which the English model cuts.

Canadian news in English names Quebec's bodies in French (``the Fédération
interprofessionnelle de la santé du Québec (FIQ) said``) and its people by hyphenated first
names (``France-Élaine Duranceau``). The English model reads the French words as none of a
name's (only ``Québec`` is left, a place) and cuts a name at its hyphen (``Élaine
Duranceau``, or ``France`` alone, a place). The written form is enough to mend both:
:func:`french_bodies` and :func:`hyphenated_first_names`.
"""

from __future__ import annotations

import re
import unicodedata

from newswire.nlp.entities.spans.mentions import Mention, Text, recalled, replace_with_spans
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import is_first_name

__all__ = ["french_bodies", "hyphenated_first_names"]

#: First words of French bodies' names ("Fédération", "Confédération des syndicats
#: nationaux", "Société de transport de Montréal"); not "Union", "Alliance", "Association",
#: "Commission", "Centre": English names open with them too.
_BODY_WORDS = ("Fédération", "Confédération", "Syndicat", "Regroupement", "Société", "Institut",
               "Conseil", "Collège", "Université", "École", "Ordre", "Caisse", "Régie",
               "Comité", "Chambre", "Ministère", "Secrétariat", "Mouvement", "Fondation",
               "Observatoire", "Centre hospitalier", "Commission scolaire", "Agence")
#: French articles and prepositions inside a name; never its last word.
_LINKS = r"(?:de|du|des|la|le|les|et|pour|sur|en|au|aux|à)"
#: One word of a French name after its first: a link, a lower-case word ("interprofessionnelle",
#: "syndicats"), a link glued by an apostrophe ("d'information", "l'Université") or a
#: capitalised word after a link ("du Québec").
_WORD = r"(?:[dl]['’][\w-]+|[a-zà-ÿ][\w-]*|[A-ZÀ-Ý][\w-]*)"
_BODY = re.compile(
    r"(?<![\w-])(?:" + "|".join(_BODY_WORDS) + r")"
    rf"(?:[ \t]+{_WORD}){{1,10}}")
#: English words that end a French name ("the Fédération ... said", "of", "and").
_ENGLISH = frozenset((
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "for", "with", "to", "from", "by",
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "said", "says", "told",
    "which", "who", "that", "this", "its", "their", "his", "her", "as", "but", "not"))
#: A bracketed acronym right after a name ("(FIQ)").
_ACRONYM_AFTER = re.compile(r" \([A-Z]{2,8}\)")
#: A French link, with or without its glued word.
_LINK_WORD = re.compile(rf"{_LINKS}$|[dl]['’]")
#: Two capitalised words joined by a hyphen ("France-Élaine", "Marie-Claude"), then a
#: capitalised surname.
_HYPHENATED = re.compile(r"(?<![\w-])([A-ZÀ-Ý][a-zà-ÿ]+)-([A-ZÀ-Ý][a-zà-ÿ]+)"
                         r"((?:[ \t]+[A-ZÀ-Ý][\w'’-]+){1,2})(?![ \t]+[A-ZÀ-Ý])")


def french_bodies(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each French body's name (:func:`_body_spans`) made one
    organisation's mention, replacing the model's pieces inside it; not where a mention runs
    past it, nor in capitals."""
    return replace_with_spans(texts, mentions,
                              lambda text: _body_spans(text.recased or text.text), "ORG",
                              lambda m, start, end: (m.start, m.end) == (start, end))


def _body_spans(text: str) -> list[tuple[int, int]]:
    """Where a French body is named: its first word, then French words up to an English one
    or a mark; the name ends with a capitalised word after a link ("du Québec"), or before a
    bracketed acronym ("(FIQ)"). It holds at least one link."""
    spans = []
    for match in _BODY.finditer(text):
        ends = _name_ends(text, match)
        if ends and re.search(rf"[ \t]{_LINKS}[ \t]|[ \t][dl]['’]", text[match.start():ends[-1]]):
            spans.append((match.start(), ends[-1]))
    return spans


def _name_ends(text: str, match: re.Match[str]) -> list[int]:
    """Where the French name ``match`` opens may end: after a capitalised word that follows
    a link ("du Québec", "de l'Université"), or before a bracketed acronym; never past an
    English word."""
    ends: list[int] = []
    after_link = False
    for i, word in enumerate(re.finditer(r"\S+", match.group())):
        token = word.group()
        end = match.start() + word.end()
        if i == 0:
            continue
        if token.casefold() in _ENGLISH:
            break
        glued = token.startswith(("d'", "l'", "d’", "l’")) and token[2:3].isupper()
        if (token[:1].isupper() and after_link) or glued or _ACRONYM_AFTER.match(text, end):
            ends.append(end)
        after_link = _LINK_WORD.match(token) is not None
    return ends


def hyphenated_first_names(texts: list[Text], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a person's name the model cut at the hyphen of its first name
    ("Élaine Duranceau" or "France", a place, of "France-Élaine Duranceau") made whole: two
    capitalised words joined by a hyphen, one of them a first name, then a surname (no word
    English writes in lower case: not "Dodd-Frank Act"), no capitalised word after it; a
    mention of the model's starts or ends at the hyphen. The whole is a person's."""
    cut: set[int] = set()
    found: list[Mention] = []
    for text in texts:
        mine = [m for m in mentions if m.field == text.field and not m.shaky]
        for match in _HYPHENATED.finditer(text.recased or text.text):
            start, end = match.start(), match.end()
            if not (_first_name(match.group(1)) or _first_name(match.group(2))) or any(
                    w.casefold() in casing().lower for w in match.group(3).split()):
                continue  # "Dodd-Frank Act", "Dodd-Frank Wall Street Reform": no surname
            hyphen = match.end(1)
            surname = end - len(match.group(3).lstrip())
            over = [m for m in mine if m.start < end and start < m.end]
            if not any(m.end == hyphen or m.start in (hyphen + 1, surname) for m in over) \
                    or any(m.start < start or m.end > end for m in over):
                continue
            cut.update(id(m) for m in over)
            found.append(recalled(text, start, end))
            found[-1].label = "PERSON"
    return [m for m in mentions if id(m) not in cut] + found


def _first_name(word: str) -> bool:
    """A first name, its accents left out ("Élaine" is "Elaine")."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return is_first_name(word) or is_first_name(plain)
