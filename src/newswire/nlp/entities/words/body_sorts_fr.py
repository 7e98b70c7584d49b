"""The French nouns of a body's sort that its name may follow with no comma between
(``l'institut GfK``, ``le collectif Viti 33``, ``la fédération bancaire Febelfin``).

One list for the two rooms that read it: the French relabelling, which makes the name after
the noun one organisation (:mod:`~newswire.nlp.entities.french.sorted_names_fr`), and the
cues a mention's words give (:mod:`~newswire.nlp.entities.spans.cues`: a body's sort before a
headline's name); ``spans`` may not import ``french``, and both may import ``words``.
Plain strings only.
"""

from __future__ import annotations

__all__ = ["SORT_NOUNS"]

#: Lower-case nouns of an organisation's sort a name may follow (``l’organisme Équiterre``).
_SORT_NOUN_WORDS = """
    entreprise société groupe firme compagnie organisme association syndicat organisation
    coalition collectif fondation regroupement centrale agence coopérative fédération institut
    parti mouvement banque quotidien journal constructeur fabricant détaillant transporteur
    multinationale minière pétrolière papetière forestière assureur diffuseur plateforme
    studio cabinet startup start-up club amicale
"""
SORT_NOUNS = frozenset(_SORT_NOUN_WORDS.split())
