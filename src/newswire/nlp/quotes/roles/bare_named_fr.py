"""A person French news names bare, as a sentence's subject, is the one an office after
stands for: ``Emmanuel Macron a reçu les syndicats. Le président de la République a
estimé que …``; ``Anne Hidalgo a présenté son budget. « … », a déclaré la maire de Paris``.

An office nobody is titled with is read as an unnamed holder of its own
(:mod:`.unheld_offices_fr`: ``Le maire de Toulouse`` after ``relève Nadia Bousquet,
conseillère métropolitaine``). French news writing names a well-known person bare (no
apposition: the reader knows who they are) and then calls them by their office, so the
office after such a name is that person's epithet. An ordinary person is set off with what
they are (``Nadia Bousquet, conseillère métropolitaine``, ``Pour Thomas Verlinden,
professeur de finance à l'UCLouvain,``, ``Luc Favre, 52 ans``): a person so set off, or
titled, or only an object (``La police a interpellé Marc Vidal``), or named further back
than the sentence before, does not take the office. The gender the office's article says is
already matched by :meth:`.Context.person_ref`.
Pure: spaCy tokens and the quotes package only.
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc, Token

from newswire.models import SpeakerKind
from newswire.nlp.quotes.base.doc_keeps import kept
from newswire.nlp.quotes.base.mention_spans import word_at
from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.base.sentence_index import sentence_of
from newswire.nlp.quotes.lexicon_fr import THE_SINGULAR
from newswire.nlp.quotes.resolution.named import NOBODY, Speaker
from newswire.nlp.quotes.roles.description_context import (
    DESCRIPTION_WINDOW,
    Context,
    speaker_of,
)
from newswire.nlp.quotes.roles.unheld_offices_fr import article_gender

__all__ = ["named_bare", "named_holder"]

#: Sentences a name may come before the office's (its own, and the one or two before: the
#: parser splits ``« … », a déclaré le chef de l'État`` at the opening mark).
_SENTENCES_BACK = 2
#: What may open an apposition after the comma: ``professeur``, ``52 ans``, ``l'ancienne``
#: (the parser tags many role nouns as participles or infinitives: ``déléguée CGT``,
#: ``enseignant depuis vingt ans``, ``boulanger``; a finite verb opens a clause).
_SET_OFF_POS = frozenset(("NOUN", "PROPN", "NUM", "DET", "ADJ"))
#: Words between a subject and its verb that no article or noun phrase opens with:
#: ``Antoine Lescure s'est levé``, ``n'a pas dit`` (not ``le``/``la``, ``en``: ``a
#: interpellé Marc Vidal la veille``, ``en 2020``).
#: The auxiliary of a passive verb (``a été condamné``).
_PASSIVE_AUXILIARIES = frozenset(("aux:pass", "auxpass"))
#: Verbs of answering: the office answers the one named before, so is another.
_ANSWERING = frozenset(("répondre", "rétorquer", "répliquer", "riposter"))
#: Where :func:`named_holder` keeps what it found, a doc's.
_HOLDERS_KEY = "newswire.bare_named_holders"
_CLITICS = frozenset(["ne", "n'", "n’", "se", "s'", "s’", "y", "lui", "leur", "me", "m'", "m’"])


def named_bare(ctx: Context, head: Token, near: Referent) -> bool:
    """Whether ``near``, the person an office ``head`` would point back to, is a named
    person who is a subject in ``head``'s sentence or just before, and was neither titled
    nor set off by an apposition where the article named them."""
    if near.kind != "person" or near.entity_id is None:
        return False
    doc = head.doc
    name = word_at(doc, near.start)
    if name is None or not (near.subject or _subject_like(name)) or _befallen(name) \
            or _answers(head) or _sentences_between(doc, near.start, head) > _SENTENCES_BACK:
        return False
    mentions = ctx.before(head, DESCRIPTION_WINDOW, lambda r: r.entity_id == near.entity_id)
    return not any(_titled(m, ctx) or _set_off(doc, m.start) for m in (*mentions, near))


def _befallen(name: Token) -> bool:
    """Whether the name is a passive subject (``Nicolas Sarkozy a été condamné``): one the
    news befell, after whom an office is someone acting on them (the prosecutor), not their
    epithet (review48's lesson on the incise pronoun, the same here). Only with ``été``:
    the small model calls the ``être`` of a verb of motion passive too (``lorsque Étienne
    Varenne est monté à la tribune``, the prime minister of a tuning article)."""
    return name.dep_ in SUBJECT_DEPS and any(
        c.dep_ in _PASSIVE_AUXILIARIES and c.lower_ == "été" for c in name.head.children)


def _answers(head: Token) -> bool:
    """Whether the office is the subject of a verb of answering (``« … », a répondu le
    ministre de l'Économie`` after ``Bernard Arnault a critiqué la taxe``): who answers is
    another than the one named before, whom they answer."""
    return head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() in _ANSWERING


def _titled(mention: Referent, ctx: Context) -> bool:
    """Whether a mention was given a title: a word, not the dash of a dateline read before
    the name (``PARIS, 4 mars (AFP) - Antoine Berthier``) nor an honorific (``M.``)."""
    return any(any(c.isalpha() for c in title) and title.rstrip(".") not in
               ctx.lexicon.honorifics for title in mention.titles)


def _subject_like(name: Token) -> bool:
    """Whether a name the parse made no subject is followed at once by its verb (or the
    clitics before one): ``quand Antoine Lescure s'est levé``, hung on the noun before as
    if ``quand`` were a preposition; not ``a interpellé Marc Vidal mardi``."""
    doc = name.doc
    after = _name_end(name) + 1
    return after < len(doc) and (doc[after].pos_ in ("AUX", "VERB")
                                 or doc[after].lower_ in _CLITICS)


def _sentences_between(doc: Doc, char: int, head: Token) -> int:
    """How many sentences open after the character ``char`` up to ``head``: counted back
    from ``head``'s own, from the bounds found once a doc (``doc.sents`` would walk the
    whole doc at every office the article names)."""
    count, sentence = 0, sentence_of(head)
    while sentence.start_char > char:
        count += 1
        if sentence.start == 0:
            break
        sentence = sentence_of(doc[sentence.start - 1])
    return count


def _name_end(first: Token) -> int:
    """The index of the last word of the name opening at ``first``."""
    doc = first.doc
    last = first.i
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return last


def _set_off(doc: Doc, char: int) -> bool:
    """Whether the name at ``char`` is followed by a comma and a noun phrase (an
    apposition: ``Thomas Verlinden, professeur de …``, ``Luc Favre, 52 ans``), not by a
    clause (``Emmanuel Macron, qui …``, ``Pour Emmanuel Macron, il faut …``)."""
    first = word_at(doc, char)
    if first is None:
        return False
    last = _name_end(first)
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return False
    after = doc[last + 2]
    return after.pos_ in _SET_OFF_POS or (
        after.pos_ == "VERB" and "Fin" not in after.morph.get("VerbForm", []))


def named_holder(ctx: Context, head: Token, earlier: Referent) -> Speaker:
    """:func:`_named_holder`, once per office and earlier subject in a doc: each office
    resolves the earlier one, which resolves its own, so a paragraph repeating an office
    made the chain cubic (review49: 150 repetitions took 41 s against 1.8 s). Kept in
    ``Doc.user_data`` as strings, like :mod:`..base.sentence_index`'s bounds."""
    held: dict[str, tuple[str | None, str | None, str]] = kept(head.doc, _HOLDERS_KEY,
                                                               lambda _: {})
    key = f"{head.i}:{earlier.start}"
    if key not in held:
        found = _named_holder(ctx, head, earlier)
        held[key] = (found.name, found.entity_id, found.kind)
    name, entity_id, kind = held[key]
    return Speaker(name, entity_id, cast(SpeakerKind, kind))


def _named_holder(ctx: Context, head: Token, earlier: Referent) -> Speaker:
    """The named person a definite office ``head`` repeats after an earlier definite
    subject with the same noun, which the trail holds as an unnamed one by its phrase (as
    it holds ``un proche``, someone brought in, whom ``le proche`` would take): a person
    named bare as a subject since (``Le premier ministre a engagé … Antoine Lescure s'est
    levé … a déclaré le premier ministre``), else the named person that subject stood for
    (``Frédéric Arzel a choisi la Bretagne. Le ministre de l'Intérieur était à Rennes …
    a martelé le ministre``). Else nobody: the phrase, as before."""
    subject = word_at(head.doc, earlier.start)
    if subject is None or subject.i >= head.i or not any(
            c.dep_ == "det" and c.lower_ in THE_SINGULAR for c in subject.children):
        return NOBODY  # "un conseiller … le conseiller": the one brought in
    near = ctx.person_ref(head, article_gender(head), DESCRIPTION_WINDOW)
    if near is not None and near.start > earlier.start and named_bare(ctx, head, near):
        return speaker_of(near)
    found = ctx.resolve(subject)
    if found.kind != "person" or found.entity_id is None:
        return NOBODY
    # Named by the end of ``head``'s sentence (``reconnaît le directeur du festival, Jérôme
    # Castellane,``); not one titled so further on, whom the reader has not met.
    named = ctx.trail(head).before(head.sent.end_char, DESCRIPTION_WINDOW,
                                   lambda r: r.entity_id == found.entity_id)
    return found if named else NOBODY
