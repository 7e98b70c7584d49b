"""The French ``-il`` and ``-elle`` of an incise: the speaker the quotation goes on from.

``« Ce n’était pas une fatalité, a-t-elle poursuivi. »``: French news names a speaker once and
then hands each later quote over with an inverted pronoun (``a-t-elle ajouté``,
``poursuit-il``), which stands for the one quoted just before, as a quote with no cue at all
would (:mod:`.continuation`). Read as any pronoun it took the nearest woman named before, who
may be one the speaker spoke of. The speaker of the attribution before is kept when it is a
person whose gender, if known, is the pronoun's, and :mod:`.continuation` finds no one else
named between (its usual stops), nor an unnamed person the writer brings in between
(``Un ancien cadre de l'usine, qui a suivi le dossier, apporte un éclairage différent. « ...
», estime-t-il``: that one, whom the resolver's French stand-ins find), nor one a vox pop
brings in by a lone first name the model did not tag (``Karim, 41 ans, père de trois
enfants, ... « ... », estime-t-il``: :mod:`~newswire.nlp.quotes.resolution.first_named_fr`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newswire.nlp.quotes.base.gender import (
    Gender,
    gender_of,
    morph_gender,
    name_gender,
    pronoun_gender,
)
from newswire.nlp.quotes.base.noun_articles import (
    has_definite_article,
    has_indefinite_article,
)
from newswire.nlp.quotes.base.parse_labels import (
    PASSIVE_SUBJECT_DEPS,
    PERSON_LABELS,
    SUBJECT_DEPS,
)
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import DYING
from newswire.nlp.quotes.resolution.first_named_fr import is_first_named
from newswire.nlp.quotes.resolution.person_nouns_fr import names_a_person
from newswire.nlp.quotes.speech.saying import is_speech_verb
from newswire.nlp.quotes.unnamed.anonymous_fr import anonymous_source

__all__ = ["goes_on_from"]

#: The first word of a quote, past its opening mark and spaces.
_FIRST_WORD = re.compile(r"[«“\"\s]*(\w+)")
#: Words negating a clause (``n'a pas répondu``, ``ne l'a jamais reçue``).
_NEGATIONS = frozenset(("pas", "jamais", "point", "guère"))
#: Object pronouns and the gender each says (``l'``, ``lui``: either).
_OBJECT_PRONOUNS: dict[str, Gender | None] = {"la": "f", "le": "m", "l'": None, "lui": None}
#: Verbs (lemmas) of addressing one, after which the subject speaks (``Le président du
#: tribunal l'a interrompu. « Répondez à la question », a-t-il exigé``).
_ADDRESSING = frozenset(("interrompre", "interpeller", "interroger", "questionner", "relancer",
                         "reprendre", "apostropher", "couper"))


def goes_on_from(tmap: TextMap, part: Attribution, previous: Attribution | None) -> bool:
    """Whether ``part``'s cue is an inverted pronoun (``-elle``) that fits the person who
    spoke in ``previous``, the paragraph before at most."""
    pronoun = part.speaker
    lexicon = tmap.lexicon
    if pronoun is None or not pronoun.lower_.startswith("-") \
            or pronoun.lower_ not in lexicon.person_pronouns \
            or previous is None or previous.speaker is None \
            or part.paragraph - previous.paragraph > 1:
        return False
    speaker = previous.speaker
    if not _is_person(speaker, tmap):
        return False
    said = pronoun_gender(pronoun.lower_, lexicon)
    described = said if not _opens_on_him(tmap, part, said) else None
    if _one_brought_in(tmap, previous.end, part.start, described, _own_words(previous)):
        return False
    had = _gender(speaker, tmap)
    return had is None or had == said


def _opens_on_him(tmap: TextMap, part: Attribution, said: Gender | None) -> bool:
    """Whether the quote opens on ``il``/``elle`` of the incise pronoun's gender (``« Il a
    été immense », a-t-il salué`` after ``Le gardien a arrêté trois penalties``): it speaks
    of the one described between, so that one is not its speaker (review57 F2)."""
    first = _FIRST_WORD.match(tmap.text, part.start)
    return first is not None and said is not None \
        and pronoun_gender(first.group(1).lower(), tmap.lexicon) == said


def _own_words(previous: Attribution) -> range:
    """The tokens of ``previous``'s own cue and speaker (``a déclaré le préfet, Jean Roy``):
    its speaker is no one brought in after it."""
    spans = [r for r in (previous.cue, previous.mention) if r is not None]
    if previous.speaker is not None:
        spans.append((previous.speaker.i, previous.speaker.i + 1))
    return range(min(s for s, _ in spans), max(e for _, e in spans)) if spans else range(0)


def _one_brought_in(tmap: TextMap, start: int, end: int, said: Gender | None = None,
                    own: range = range(0)) -> bool:
    """Whether the writer brings in an unnamed person between ``start`` and ``end`` (chars),
    outside quotation marks: a subject ``un``/``une`` introduces whose noun names a person
    (``Un ancien cadre de l'usine, qui a suivi le dossier, apporte un éclairage différent. «
    ... », estime-t-il``). The pronoun after stands for that one, as after a new name, not
    for the one quoted before; the resolver's stand-ins read whom. So does a person the
    writer makes the subject of a clause by a definite description (``Le président de la CENI
    a rejeté ces accusations. « … », a-t-il répondu``: :func:`_described_subject`)."""
    span = tmap.doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(
        (_introduced(t, tmap) or (t.is_title and is_first_named(t))
         or (said is not None and _described_subject(t, tmap, said)
             and t.i not in own and t.head.i not in own))
        and not tmap.is_quoted(t.idx) for t in span)


def _described_subject(noun: Token, tmap: TextMap, said: Gender | None) -> bool:
    """A singular noun naming a person, with a definite article, the subject of an active
    clause the writer says between two quotes: ``Le président de la CENI a rejeté ces
    accusations``, ``Le prévenu a tenté de s'expliquer``, ``l'ancien défenseur a refusé de
    s'étendre``. French news tells what a source did, then quotes them with ``a-t-il
    répondu``: the pronoun stands for that subject, whom the resolver reads (a role's
    holder, one named before), not for the one quoted before (who answered, was answered,
    or was spoken of). A noun of the other gender than the pronoun's is no such one."""
    # the cheap questions first: the token's own tags, then the article, then the tables
    # a participle made a noun is tagged a verb (``Le prévenu a tenté``): its article tells
    if noun.pos_ not in ("NOUN", "VERB") or noun.dep_ not in SUBJECT_DEPS - PASSIVE_SUBJECT_DEPS \
            or "Plur" in noun.morph.get("Number", []):
        return False
    lexicon = tmap.lexicon
    if not has_definite_article(noun, lexicon):
        return False
    gender = morph_gender(noun)
    if said is not None and gender is not None and gender != said:
        return False
    verb = noun.head
    if verb.lemma_.lower() in DYING or any(c.lower_ in _NEGATIONS for c in verb.children):
        return False  # "Le préfet n'a pas répondu", "Le patient est décédé" (review57 F2, F4)
    if _acts_toward(verb, said, lexicon):
        return False  # "La directrice de l'usine a refusé de la recevoir" (review57 F4)
    return noun.lemma_.lower() in lexicon.role_nouns or noun.lower_ in lexicon.role_nouns \
        or names_a_person(noun)


def _acts_toward(verb: Token, said: Gender | None, lexicon: Lexicon) -> bool:
    """Whether ``verb``'s clause acts on the one quoted before by an object pronoun of the
    incise's gender (``a refusé de la recevoir``): French news tells a refusal or a snub
    between two quotes of one source, and the quote after is that source's answer. Not after
    a verb of saying or of addressing (``lui a répondu``, ``l'a interrompu``): the subject
    then speaks."""
    if verb.lemma_.lower() in _ADDRESSING or is_speech_verb(verb, lexicon):
        return False
    for word in verb.subtree:
        key = word.lower_.replace("’", "'")
        if word.pos_ == "PRON" and word.dep_ in ("obj", "iobj") and key in _OBJECT_PRONOUNS \
                and _OBJECT_PRONOUNS[key] in (None, said):
            return True
    return False


def _introduced(noun: Token, tmap: TextMap) -> bool:
    """A singular noun ``un``/``une`` introduces as its clause's subject, or opening its
    sentence (``Un haut fonctionnaire, qui a requis l'anonymat, va plus loin``: the parse
    may make the aside the verb)."""
    if anonymous_source(noun):
        return True  # "une préposée, qui a requis l'anonymat,": whatever the noun and parse
    if noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number", []) \
            or not has_indefinite_article(noun, tmap.lexicon) or not names_a_person(noun):
        return False  # "où une fuite avait pollué une rivière": no one brought in
    opening = noun.sent.start == noun.left_edge.i
    # a passive subject is one the news befell (``Un manifestant a été interpellé``), not
    # one brought in to speak
    return noun.dep_ in SUBJECT_DEPS - PASSIVE_SUBJECT_DEPS or (opening and noun.dep_ == "ROOT")


def _is_person(word: Token, tmap: TextMap) -> bool:
    """A person's name (or the title heading it: ``M. Roy``), a personal pronoun or a role."""
    lexicon = tmap.lexicon
    return word.ent_type_ in PERSON_LABELS or word.lower_ in lexicon.person_pronouns \
        or word.lemma_.lower() in lexicon.role_nouns or word.lower_ in lexicon.role_nouns \
        or any(c.dep_ == "flat:name" and c.ent_type_ in PERSON_LABELS and _heads_name(word, c)
               for c in word.children)


def _heads_name(word: Token, name: Token) -> bool:
    """Whether ``word`` heads ``name`` as its title does (``M. Roy``): the name follows with
    no punctuation between. The parse may hang a name across a comma on a body that is no
    title (``Selon la présidence, Emmanuel Macron s'exprimera``: the presidency is not him,
    and his ``a-t-il confié`` after is his, not the body's)."""
    return name.i > word.i and not any(t.is_punct for t in word.doc[word.i + 1:name.i])


def _gender(word: Token, tmap: TextMap) -> str | None:
    """The gender the speaker's word shows: a pronoun's, a name's, a title's."""
    lexicon = tmap.lexicon
    if word.lower_ in lexicon.person_pronouns:
        return pronoun_gender(word.lower_, lexicon)
    name = next((e for e in tmap.doc.ents if e.start <= word.i < e.end), None)
    if name is not None:
        return name_gender(name.text, lexicon=lexicon)
    return gender_of([word.text, *(c.text for c in word.children)], lexicon)
