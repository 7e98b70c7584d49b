"""A company called by the first words of its full name: ``Harvest Lane said`` after
``Harvest Lane Foods Inc. locked out 900 workers``.

News names a company once in full, with its legal form (``Inc.``, ``Corp.``, ``Ltd``) or
the word of its trade (``Foods``, ``Mining``, ``Industries``), and then by the words before
them: ``Borealis Ridge`` for ``Borealis Ridge Mining Corp.``, ``Vardhan Agro`` for ``Vardhan
Agro Industries Ltd``.  The model often reads the short form as a person (two capitalised
words) or as an organisation of its own, so the speaker was a person ``Harvest Lane``, or
a second company no ``the union`` could tell from the first.  The short form is the one
company of the article whose full name starts with its words and goes on only with such
words; one whose first word is a person's first name (``Walt Disney`` of ``Walt Disney
Co.``) stays a person.
"""

from __future__ import annotations

from collections.abc import Iterable

from newswire.models import Entity
from newswire.nlp.entities.organisations.companies import COMPANY_LAST_WORDS
from newswire.nlp.quotes.base.gender import gender_of
from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["ends_as_company", "full_company", "shortened_company"]

#: A company's legal form at the end of its name, lower case without its full stop.
_LEGAL_FORMS = frozenset(("inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc",
                          "pvt", "lp", "llp", "ag", "sa", "nv", "gmbh", "spa"))
#: The words of a company's trade a name may end with (``Foods``, ``Mining``), and ``Air`` of
#: an airline's (``Borealis Air``: ``Borealis``).
_TRADE_WORDS = frozenset(w.lower() for w in COMPANY_LAST_WORDS) | {"air"}


def full_company(short: str, entities: Iterable[Entity], lexicon: Lexicon) -> Entity | None:
    """The one organisation of ``entities`` whose name is ``short`` followed by a company's
    trade words and legal form (``Harvest Lane`` -> ``Harvest Lane Foods Inc.``), if any;
    none for a name opening with a person's first name."""
    words = short.split()
    if not words or not all(w[:1].isupper() for w in words) \
            or gender_of(words[:1], lexicon) is not None:
        return None
    found = {e.entity_id: e for e in entities
             if e.type == "ORG" and _completes(words, e.name.split())}
    return next(iter(found.values())) if len(found) == 1 else None


def shortened_company(entity: Entity, entities: Iterable[Entity], lexicon: Lexicon
                      ) -> Entity | None:
    """The company an organisation or person entity of the article is the short name of."""
    if entity.type not in ("ORG", "PERSON"):
        return None
    company = full_company(entity.name, entities, lexicon)
    return company if company is not None and company.entity_id != entity.entity_id else None


def _completes(short: list[str], full: list[str]) -> bool:
    """Whether ``full`` is ``short`` and then capitalised company words, ending in a legal
    form or a trade word (``Foods Inc.``, ``Mining Corp.``, ``Industries Ltd``)."""
    rest = full[len(short):]
    return bool(rest) and full[:len(short)] == short \
        and all(w[:1].isupper() for w in rest) and ends_as_company(rest)


def ends_as_company(words: list[str]) -> bool:
    """Whether a name's last word is a company's legal form or trade (``Mining Corp.``)."""
    last = words[-1].lower().rstrip(".,") if words else ""
    return last in _LEGAL_FORMS or last in _TRADE_WORDS
