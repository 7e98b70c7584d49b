"""``the young man said``, ``the elderly woman said``: a man or woman word a writer
characterises stands for the person of that gender named just before, as an agent noun's
epithet does (``the real estate developer``, :func:`.unnamed_sources.unnamed`).

Only with an adjective that characterises (not ``the other man``, ``the first woman``, which
tell one apart from another), only a man, woman, boy or girl word (kin and office words,
``father``, ``spokesman``, are the lexicon's roles), and never after the same word earlier in
the text (``Police arrested a young man ... the young man said``: the one unnamed). Pure:
spaCy tokens only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.gender import Gender

__all__ = ["epithet_gender"]

#: Nouns for a person of one gender and nothing else, the whole of them in news use.
_GENDERED: dict[str, Gender] = {
    "man": "m", "boy": "m", "guy": "m", "gentleman": "m", "lad": "m",
    "woman": "f", "girl": "f", "lady": "f"}
#: Adjectives that tell one person apart from another rather than describe one.
_SORTING = frozenset(("other", "same", "first", "second", "third", "last", "next", "only",
                      "former", "latter", "another", "different", "new"))


def epithet_gender(head: Token) -> Gender | None:
    """The gender of a singular man or woman word with a describing adjective (``the young
    man``, ``the Swedish woman``), else ``None``."""
    gender = _GENDERED.get(head.lemma_.lower())
    if gender is None or head.tag_ != "NN":
        return None
    describing = [c for c in head.lefts if c.dep_ == "amod"]
    if not describing or any(c.lower_ in _SORTING or c.tag_ in ("JJS", "CD") for c in describing):
        return None
    if any(t.lemma_.lower() == head.lemma_.lower() for t in head.doc[:head.i]):
        return None  # "a man who lives nearby ... the elderly man": the unnamed one
    return gender
