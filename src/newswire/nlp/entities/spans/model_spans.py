"""The model's entity spans as mentions, cleaned: trimmed to the name, titles split off
(``Chair Jerome Powell``), retyped where the words say otherwise (``Surrey RCMP``, ``City
of Hamilton``, ``the Romanian health ministry``), and, in re-cased capitals, kept only where
they can be trusted.

Every mention keeps exact offsets into its field (see :mod:`.mentions`).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newswire.nlp.entities.roles.descriptors import descriptor, is_nationality
from newswire.nlp.entities.roles.honoured import honoured_person
from newswire.nlp.entities.roles.titles import (
    NOT_ONLY_PEOPLE,
    ends_a_role,
    legislator_name_start,
    lone_post_nominal,
    lone_title,
    office_words_end,
    post_nominal_start,
    role_before,
    split_leading_title,
)
from newswire.nlp.entities.spans.cues import cues, scored
from newswire.nlp.entities.spans.mentions import Mention, Text, label_of
from newswire.nlp.entities.spans.recall import inside
from newswire.nlp.entities.spans.recase import Found
from newswire.nlp.entities.spans.retype import (
    ends_in_acronym,
    is_municipal,
    is_storm,
    lettered_person,
    municipal_start,
    titled_name_start,
)
from newswire.nlp.entities.words.firstnames import is_first_name
from newswire.nlp.entities.words.names import is_date, is_time_zone, looks_like_name, trim

__all__ = ["caps_mentions", "model_mentions"]

_PLACES = frozenset(("GPE", "LOC", "FAC"))
#: Labels a nationality's adjective never has ("Romanian" read as an organisation); a
#: language ("speaks Spanish") keeps its own.
_NOT_A_PEOPLE = frozenset(("ORG", "PERSON", "GPE", "LOC", "FAC"))
#: Words from which the model's span in re-cased capitals is no longer trusted: there it
#: runs names and words together ("Pollock Concludes Warwickshire", "India v Sri Lanka").
_MOST_WORDS_IN_CAPS = 3


def model_mentions(text: Text, doc: Doc, trust_caps: bool) -> list[Mention]:
    """The model's entities in ``doc`` that survive cleaning, as mentions."""
    found = []
    for ent in doc.ents:
        if (label := label_of(ent.label_)) and (mention := _from_model(text, ent, label,
                                                                      trust_caps)):
            found.append(mention)
    # "City of Hamilton" widened over the model's own "City": one mention is left.
    wide = [m for m in found if is_municipal(m.text)]
    return [m for m in found if not any(w.start <= m.start and m.end <= w.end and w is not m
                                        for w in wide)]


def caps_mentions(text: Text, found: list[Found]) -> list[Mention]:
    """The entities the model found in the re-cased capitals, as mentions of the original."""
    mentions = []
    for hit in found:
        label = label_of(hit.label)
        if hit.dateline and label in (None, "PERSON", "ORG", "NORP"):
            label = "GPE"  # a dateline names the place the story was filed from
        if not label or not (hit.dateline or len(hit.recased.split()) < _MOST_WORDS_IN_CAPS):
            continue
        mention = _clean(text, hit.start, hit.end, label, _abbreviation(hit.recased))
        if mention and (hit.dateline or _trusted_in_caps(mention)):
            mention.recased = text.recased[mention.start:mention.end]
            mentions.append(mention)
    return mentions


def _trusted_in_caps(mention: Mention) -> bool:
    """Whether the model's person in re-cased capitals is one: only after a title
    ("PRESIDENT KLAUS IOHANNIS").

    In a re-cased headline the model takes verbs and nouns for people ("Mitchell
    Upstages", "Jockey Weaver"); a person a story is about is named in its body too, and
    the recall pass then finds the name in the capitals. Both this and
    :data:`_MOST_WORDS_IN_CAPS` were measured on CoNLL eng.train and confirmed on eng.testa.
    """
    return mention.label != "PERSON" or mention.role is not None


def _from_model(text: Text, ent: SpacySpan, label: str, trust_caps: bool) -> Mention | None:
    if inside(text.caps, ent.start_char, ent.end_char) and not trust_caps:
        return None
    if any(s < ent.end_char and ent.start_char < e for s, e in text.caps) and not trust_caps:
        return None  # half in capitals: the re-cased pass or the recall pass decides
    return _clean(text, ent.start_char, ent.end_char, label, _abbreviation(ent[-1].text),
                  lower_ends=ent.doc.lang_ != "en")


def _abbreviation(last_word: str) -> bool:
    """Whether a span's last word ends with the dot of an abbreviation ("Fla.")."""
    words = last_word.split()
    word = words[-1] if words else ""
    return len(word) > 2 and word[-1] == "."


def _clean(text: Text, start: int, end: int, label: str, keep_dot: bool, *,
           lower_ends: bool = False) -> Mention | None:
    """The mention at ``[start, end)`` once trimmed, or None when no name is left.

    Rules read the re-cased text (the same as the text outside capitals), so "PRESIDENT"
    is a title there as "President" is elsewhere; the mention keeps the original's text.
    ``lower_ends``: the language's names may open or end with a lower-case word (French).
    """
    cased = text.recased or text.text
    start, end = trim(cased, start, end, keep_dot, lower_ends=lower_ends)
    if not lower_ends:  # English only: French writes surnames in capitals ("Jean DUPONT")
        start, label = descriptor(cased, start, end, label)  # "Chipmaker Veltrix"
        if label in _NOT_A_PEOPLE and is_nationality(cased[start:end]) \
                and not cased.startswith(("'s", "’s"), end):
            # "the Romanian health ministry": "Romanian" is no organisation ("American's
            # flights" may be the airline's).
            label = "NORP"
        label, start = _retyped(cased, start, end, label)
    named_from = titled_name_start(cased, start)
    if named_from is not None and " " not in cased[start:end].strip():
        label, start = "PERSON", named_from  # "Coun. Raj Sandhu": the model kept "Sandhu"
    if label not in _PLACES and (named_at := office_words_end(cased, start, end)) > start:
        label, start = "PERSON", named_at  # "Minister for Housing Ciarán Mulvey"
    if label not in _PLACES and (named_at := legislator_name_start(cased, start, end)) > start:
        label, start = "PERSON", named_at  # "Bloc MP Sylvie Dufresne-Caron"
    title, skip = split_leading_title(cased[start:end])
    role = None
    if label == "PERSON" or honoured_person(cased, start, end) or (
            label not in _PLACES and title is not None
            and _titled_person(title, cased[start + skip:end])):
        # "Chair Jerome Powell" is a person with a title, whatever label the model gave it.
        label, start, role = "PERSON", start + skip, title
        end = post_nominal_start(cased, start, end)
    piece = cased[start:end]
    if not piece or "\n" in piece or not looks_like_name(piece) or is_date(piece) \
            or is_time_zone(piece):
        return None
    if any(s < end and start < e for s, e in text.urls) or ends_a_role(cased, start, end) \
            or lone_title(cased, start, end) or lone_post_nominal(cased, start, end):
        return None
    role = role or role_before(cased, start)
    return Mention(text.field, start, end, text.text[start:end], label,
                   inside(text.caps, start, end), role, inside(text.headlines, start, end),
                   scored=scored(text.text, start, end),
                   **cues(cased, start, end))


def _retyped(cased: str, start: int, end: int, label: str) -> tuple[str, int]:
    """``Surrey RCMP`` is an organisation, ``(City of) Hamilton`` the city (:mod:`.retype`)."""
    city = municipal_start(cased, start)
    if city is not None:
        return "GPE", city
    if label == "PERSON" and ends_in_acronym(cased[start:end]):
        return "ORG", start
    if label == "ORG" and lettered_person(cased[start:end]):
        return "PERSON", start  # "Declan Furlong SC": a barrister, not a sports club
    if is_storm(cased[start:end]):
        return "EVENT", start
    return label, start


def _titled_person(title: str, name: str) -> bool:
    """Whether ``name`` after ``title`` is a person's: two or more capitalised words after a
    title only people carry, or a first name ("General Motors" is not, "Gen. Mark Milley" is).
    Honorifics (``Miss Universe Inc.``) and places (``Prince William Sound``) never count."""
    names = name.split()
    if len(names) < 2 or not all(w[:1].isupper() and w.replace(".", "").isalpha()
                                 for w in names):
        return False
    return is_first_name(names[0]) or title not in NOT_ONLY_PEOPLE
