"""The lead's roles: a deck's ``Chief says`` and a lede's ``A West Australian Senator has
warned`` stand for the person the body titles so.

News sites print a deck (standfirst) between the headline and the lede, written as a headline
is: a role without an article stands for its holder (``Chief says four young people have
died``, ``Prime minister says``). Prose never opens a sentence on a bare singular role, so
such a subject opening the body is read as a headline's (:func:`in_deck`), the body's one
holder of the role (:func:`.headlines.role_holder`).

A lede often names its source by role only (``A West Australian Senator has warned that
...``) and the story names them further down (``Liberal Senator for Western Australia Kirsten
Albury told The Australian``): an indefinite role in the lead (the body's first sentence with
a verb, or the one after a deck) is the body's one person titled so (:func:`lede_holder`);
nobody when the article titles several. Further down, ``a senator said`` is as often
someone the article never names. English only: French tuning news was not read for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.models import Entity
from newswire.nlp.quotes.base.noun_articles import has_indefinite_article
from newswire.nlp.quotes.base.parse_labels import DETERMINER_DEPS
from newswire.nlp.quotes.base.referent_types import EntityIndex
from newswire.nlp.quotes.base.sentence_index import sentence_start
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.roles.role_holders import in_lead

__all__ = ["in_deck", "lede_holder"]


def in_deck(head: Token) -> bool:
    """Whether ``head`` is a capitalised subject without an article opening the body's first
    sentence (``Chief says``, ``Prime minister says``): a deck's, headline-style."""
    # The language first: no sentence found for a French head.
    return (head.lang_ == "en" and sentence_start(head) == 0 and head.text[:1].isupper()
            and head.left_edge.i == 0
            and not any(c.dep_ in DETERMINER_DEPS for c in head.children))


def lede_holder(head: Token, entities: EntityIndex, lexicon: Lexicon) -> Entity | None:
    """The body's one person titled by the role ``head`` names with an indefinite article in
    the lead (``A West Australian Senator has warned``), after the head: else nobody."""
    lemma = head.lemma_.lower()
    if head.lang_ != "en" or lemma not in lexicon.role_nouns \
            or not has_indefinite_article(head, lexicon) \
            or "Plur" in head.morph.get("Number", []) or not in_lead(head):
        return None
    holders = {e.entity_id: e for start, _, e in entities.mentions("body")
               if start > head.idx and e.type == "PERSON" and e.role
               and lemma in e.role.lower().replace("-", " ").split()}
    return next(iter(holders.values())) if len(holders) == 1 else None
