"""What says a name is a company's: the nouns news calls organisations by, and the words a
company's own name is made of.

One list of organisation nouns (:data:`ORG_NOUNS`: "the miner", "German retailer Rewe",
"Chipmaker Veltrix", "Unifor, the union representing") serves the three places that read
them: the workplace cue before a name (:mod:`.cues`), the apposition after it
(:mod:`.retype`) and the describing word opening it (:mod:`.descriptors`). Each leaves out
the few nouns that mislead it, named here beside the list. A single CamelCase word (``WestJet``,
``BlackRock``) is a company's name, never a person's (:func:`camel_case`).
"""

from __future__ import annotations

import re

__all__ = ["COMPANY_LAST_WORDS", "OPENS_NAMES", "ORG_NOUNS", "PERSONS_TRADES",
           "camel_case", "nouns_pattern", "word_set"]


def word_set(block: str) -> frozenset[str]:
    """The whitespace-separated words of ``block``: how this package writes its word lists."""
    return frozenset(block.split())


#: Nouns of what an organisation is, in lower case; "-maker" words are read apart.
ORG_NOUNS = word_set("""
    company firm group bank insurer reinsurer lender retailer grocer supermarket chain
    airline railway railroad utility telecom broadcaster publisher newspaper daily weekly
    magazine miner refiner shipper supplier manufacturer wholesaler bookseller distiller
    developer homebuilder brokerage conglomerate consortium startup start-up regulator
    automaker carmaker chipmaker drugmaker planemaker steelmaker toymaker
    union charity non-profit nonprofit
""") | {"think tank", "lobby group", "advocacy group"}
#: Nouns that also name a person's trade ("Sarah Lee, a software developer for the city"):
#: an apposition ending with one says nothing of a company.
PERSONS_TRADES = word_set("""
    broadcaster publisher developer grocer bookseller distiller
""")
#: Nouns that open companies' own names ("Daily Mail", "Bank Leumi", "Union Carbide",
#: "Group Lotus") or are surnames ("Miner"): never a describing word to leave out.
OPENS_NAMES = word_set("""
    company firm group bank chain union daily weekly magazine newspaper charity consortium
    brokerage miner
""")
#: Last words a company's name ends with and a person's never does ("Cyclica Metals",
#: "Northgate Mining", "Aurora Pharmaceuticals").
COMPANY_LAST_WORDS = word_set("""
    Metals Mining Mines Minerals Resources Energy Petroleum Oil Gas Pharmaceuticals
    Pharma Therapeutics Biotech Biosciences Technologies Technology Systems Solutions
    Industries Manufacturing Motors Foods Brands Capital Ventures Investments Logistics
    Communications Telecom Software Semiconductor Semiconductors Robotics Aerospace
    Airlines Airways Insurance Financial Securities Properties Realty Media Entertainment
    Labs Laboratories Networks Enterprises
""")

#: A CamelCase word: capitalised, then a capital after lower-case letters ("WestJet",
#: "BlackRock", "PayPal"), not a surname's prefix ("McDonald", "MacLeod", "DeSantis",
#: "LeBlanc", "DiCaprio", "VanderZalm", "FitzGerald").
_CAMEL = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St)[A-Z])"
                    r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def camel_case(word: str) -> bool:
    """Whether ``word`` is one CamelCase word, as companies write their names."""
    return _CAMEL.fullmatch(word) is not None


def nouns_pattern(nouns: frozenset[str], *, plural: bool = False) -> str:
    """A regex alternation of ``nouns`` (longest first; blanks between words; ``plural``:
    an "s" may follow)."""
    spelled = sorted((re.escape(n).replace(r"\ ", r"[ \t]+") for n in nouns),
                     key=len, reverse=True)
    return "(?:" + "|".join(spelled) + ")" + ("s?" if plural else "")
