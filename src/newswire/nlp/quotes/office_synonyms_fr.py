"""French periphrases for an office: ``le membre du gouvernement`` is a minister, ``le
représentant de l'État`` the prefect (or the governor, the wali), ``le chef de l'État`` the
president, ``l'autorité traditionnelle`` the chief or king named before.

French news, in Africa and overseas above all, names a person by office once (``le ministre
de la Santé publique, Dr ...``) and then by a periphrasis that shares no word with that
office; the titles a person bears (:mod:`.titles`) hold the office's word, so the
periphrasis is read as the offices it may stand for (:func:`.role_holders.titled`).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["periphrasis_roles"]

_PREFECTS = frozenset(("préfet", "préfète", "gouverneur", "gouverneure", "haut-commissaire",
                       "wali", "sous-préfet", "sous-préfète"))
#: (the noun's lemma, the lemma of a word it governs) -> offices it stands for.
_PERIPHRASES: dict[tuple[str, str], frozenset[str]] = {
    ("membre", "gouvernement"): frozenset(("ministre", "secrétaire")),
    ("représentant", "état"): _PREFECTS,
    ("représentante", "état"): _PREFECTS,
    ("chef", "état"): frozenset(("président", "présidente")),
    ("locataire", "élysée"): frozenset(("président", "présidente")),
    ("autorité", "traditionnel"): frozenset(("lamido", "roi", "chef", "sultan", "naaba")),
    ("autorité", "coutumier"): frozenset(("lamido", "roi", "chef", "sultan", "naaba")),
}


def periphrasis_roles(head: Token) -> frozenset[str]:
    """The offices a French periphrasis headed by ``head`` stands for (none for another)."""
    if head.doc.lang_ != "fr":
        return frozenset()
    lemma = head.lemma_.lower()
    for word in head.children:
        if word.dep_ in ("nmod", "amod"):
            roles = _PERIPHRASES.get((lemma, word.lemma_.lower()))
            if roles is not None:
                return roles
    return frozenset()
