"""French epithets: ``estime l’édile``, ``explique la jeune femme``, ``Le quadragénaire
assure``: a definite singular noun for one person stands for a person named before.

French news names a person once, then calls them by what they are (``le chercheur``,
``la praticienne``, ``le quinquagénaire``) far more than English does.  The English rule
(:func:`~newswire.nlp.quotes.roles.epithet_people.is_epithet`) reads its model's ``NN`` tag and
English
agent endings; this one reads UD's morphology: a singular noun with ``le``/``la``/``l’``, a
noun of a person by its ending (``-eur``, ``-trice``, ``-iste``, ``-aire``, ``-logue``,
``-ienne`` ...) or a man or woman word, and no name beside it.  Its gender is the article's
or the noun's.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.gender import FRENCH_DEFINITE_GENDERS, Gender, morph_gender
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.fr_parse.incise_openings_fr import CLOSING_MARKS, OPENING_MARKS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.roles.kin_fr import is_someones_kin

__all__ = ["french_epithet_gender", "incise_told_since", "is_demonym_epithet",
           "is_french_epithet", "own_side"]

_PERSON_ENDINGS = ("eur", "euse", "trice", "iste", "aire", "logue", "ien", "ienne", "ière",
                   "ier", "ante", "ant", "ecin", "ète")
_PERSON_WORDS = frozenset(("homme", "femme", "édile", "élu", "élue", "aîné", "aînée",
                           "retraité", "retraitée", "mère", "père", "fille", "fils",
                           # the accused and the judge of court reports
                           "prévenu", "prévenue", "accusé", "accusée", "magistrat",
                           "magistrate",
                           # the players and staff of sport reports (``a reconnu le
                           # deuxième-ligne``, ``le manager``), whose nouns no ending tells
                           "manager", "coach", "capitaine", "deuxième-ligne",
                           "troisième-ligne",
                           # a capped player (``tranche l'ancien international``)
                           "international", "internationale"))
#: Nouns ``de N ans`` gives a length, not an age: ``la peine de 10 ans``, ``le bail de 99 ans``.
_DURATION_NOUNS = frozenset(("peine", "contrat", "mandat", "bail", "plan", "programme",
                             "prison", "réclusion", "détention", "sursis", "engagement",
                             "accord", "prêt", "emprunt", "crédit", "délai", "durée",
                             "période", "projet", "garantie", "concession", "interdiction",
                             "suspension", "absence", "histoire", "carrière", "règne"))
_DEFINITE: dict[str, str] = {**FRENCH_DEFINITE_GENDERS, "l'": "", "l’": ""}
#: Endings of a French demonym: ``le Béthunois``, ``la Lausannoise``, ``le Valaisan``,
#: ``le Flamand``, ``la Parisienne``, ``le Basque``. Not ``-on``, ``-in``, ``-ain``,
#: ``-ique``: ``la Fédération``, ``la Couronne``, ``la Marine``, ``la République`` speak as
#: bodies.
_DEMONYM_ENDINGS = ("ois", "oise", "ais", "aise", "an", "ane", "and", "ande", "ien", "ienne",
                    "sque")
#: Words of those endings that name a body or a place: ``a indiqué le Palais``; countries
#: and regions, which speak as their governments (``a réagi le Vatican``, ``a annoncé la
#: Finlande``; ``-stan`` below); newspapers (``affirme le Parisien``, the article lower-case
#: mid-sentence as many French papers write it); a club (``le Canadien``, Montréal's).
_NO_DEMONYMS = frozenset(("palais", "marais", "parlement", "liban", "soudan", "vatican",
                          "groenland", "queensland", "maryland", "michigan", "bhoutan",
                          "finlande", "thaïlande", "hollande", "zélande", "guyane", "toscane",
                          "morbihan", "parisien", "mauricien", "quotidien", "marseillaise",
                          "canadien"))


#: A national team's player called by its colours, as sport reports call them after naming
#: them (``a tempéré le Tricolore``), as by a demonym (``lâche la Lausannoise``).
_TEAM_EPITHETS = frozenset(("tricolore",))
#: The titles of a player of that team (``le Français Hugo Gaston``).
_TEAM_TITLES = {"tricolore": frozenset(("tricolore", "français", "française", "bleu", "bleue"))}


def is_french_epithet(head: Token, lexicon: Lexicon) -> bool:
    """Whether ``head`` is a definite singular French noun for one person, with no name."""
    if lexicon is not FRENCH or head.pos_ != "NOUN" or "Plur" in head.morph.get("Number", []):
        return False
    if not (any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)
            or _elided_article(head)) or any(  # a place's adjective is no name: "lensois"
            c.pos_ == "PROPN" and not c.text.islower() for c in head.children):
        return False
    lemma = head.lemma_.lower()
    if is_someones_kin(head):  # "la mère de l'accusé": another person
        return False
    listed = (lexicon.org_nouns | lexicon.document_nouns | lexicon.utterance_nouns
              | lexicon.group_nouns)
    return lemma not in listed and head.lower_ not in listed and (
        lemma in _PERSON_WORDS or head.lower_ in _PERSON_WORDS or _aged(head)
        or (len(lemma) > 4 and lemma.endswith(_PERSON_ENDINGS)))


def is_demonym_epithet(head: Token, lexicon: Lexicon) -> bool:
    """``a expliqué le Béthunois de 41 ans``, ``lâche la Lausannoise``: a capitalised
    demonym after a lower-case ``le``/``la`` (a paper's name takes a capital: ``Le
    Parisien``) is a person named before, as ``le Sédunois`` is a sport report's player, not
    a people or a place the tagger takes it for."""
    if lexicon is not FRENCH or not head.text.istitle() or not head.is_alpha \
            or not (head.lower_.endswith(_DEMONYM_ENDINGS) or head.lower_ in _TEAM_EPITHETS) \
            or head.lower_ in _NO_DEMONYMS \
            or head.lower_.endswith("stan") \
            or head.i == 0:
        return False
    article = head.doc[head.i - 1]
    return article.text in ("le", "la") and "Plur" not in head.morph.get("Number", []) \
        and not (head.i + 1 < len(head.doc) and head.doc[head.i + 1].text.istitle())


def incise_told_since(head: Token) -> int:
    """Where the sentence told before the quotation an incise's ``head`` follows starts
    (``Puis vint la délivrance, par Mbuyi, ... "...", rigolait le Bruxellois``: the
    sentence naming Mbuyi); the sentence before ``head``'s own when no mark comes first."""
    doc = head.doc
    at = head.i - 1
    while at > head.sent.start and doc[at].text not in CLOSING_MARKS:
        at -= 1
    if doc[at].text in CLOSING_MARKS:
        at -= 1
        while at > 0 and doc[at].text not in OPENING_MARKS:
            at -= 1  # a straight '"' both opens and closes: the next one back opens
    opening = doc[at].sent if doc[at].text in OPENING_MARKS else head.sent
    return doc[opening.start - 1].sent.start_char if opening.start else 0


def _elided_article(head: Token) -> bool:
    """``l’ouvreur``: an elided article always belongs to the word it is glued to, whatever
    the parse hangs it on (the small model tags ``l’`` an adverb after a verb)."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    return before is not None and before.lower_ in ("l'", "l’") and not before.whitespace_


def _aged(head: Token) -> bool:
    """``le technicien de 47 ans``, ``le jeune milieu de 20 ans``: a noun given an age is a
    person's, whatever the noun, unless ``de N ans`` is how long it lasts (``la peine``)."""
    if head.lemma_.lower() in _DURATION_NOUNS or head.lower_ in _DURATION_NOUNS:
        return False
    return any(c.dep_ == "nmod" and c.lemma_.lower() == "an"
               and any(n.dep_ == "nummod" for n in c.children) for c in head.children)


def french_epithet_gender(head: Token) -> Gender | None:
    """``m`` or ``f`` by the article (``le``, ``la``) or the noun's own gender."""
    article = next((_DEFINITE[c.lower_] for c in head.children
                    if c.dep_ == "det" and c.lower_ in _DEFINITE), "")
    return "m" if article == "m" else "f" if article == "f" else morph_gender(head)


def own_side(head: Token, people: list[Referent]) -> list[Referent]:
    """The ``people`` a team's epithet may stand for: those its team's titles introduce
    when any is (``Le Français Hugo Gaston a battu l'Espagnol Carlos Alcaraz ... a souri le
    Tricolore``: Gaston, not the opponent named last); else all of them."""
    titles = _TEAM_TITLES.get(head.lower_)
    mates = [r for r in people if titles and r.titles & titles]
    return mates or people

