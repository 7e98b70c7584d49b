"""Who asks and who answers in a French court exchange printed as dash lines when no verb
says who questions whom: the officer named right before the lines asks, the accused answers.

``Le procès de Sébastien Roy, accusé de fraude, … ¶ L'échange avec la procureure, Me Anne
Dion, a été tendu. ¶ — Qu'avez-vous fait de cet argent ? ¶ — Je ne m'en souviens pas.``:
court reporters of every French desk (Québec's ``Voici un extrait de l'échange :``, the
assizes' ``Le président de la cour, X, a repris la chronologie.``) give a cross-examination
as dash lines announced by a paragraph naming only the one who questions, a court officer
(a judge, a presiding judge, a prosecutor, a lawyer: ``Me``); the one who answers is the
person the article tries, named with ``accusé``/``jugé``/``prévenu`` (``X, 41 ans, est
accusé de``, ``Jugé depuis lundi …, X a …``, ``Le procès de X, accusé d'avoir``).  The
paragraph right before the lines must name exactly one person in full and a court officer's
word, the person's own title (``Me X``, ``le juge X``, ``La présidente, X,``); the text
before must name exactly one other person so tried, and no one else (but a court officer)
brought in as a subject after that person's last mention (``La plaignante, Julie Caron, a
témoigné``: a witness questioned, not the accused).  Otherwise nobody.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newswire.nlp.doc_texts import text_of
from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS, PERSON_LABELS
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.lexicon import words
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.resolution.titles import titles_of

__all__ = ["court_roles"]

#: Words naming one who questions in a courtroom or a hearing.
_OFFICERS = re.compile(r"\b(?:[Pp]r[ée]sidente?|[Jj]uge|[Pp]rocureure?|[Aa]vocate?|Me|"
                       r"[Mm]agistrate?|[Ss]ubstitute?)\b")
#: A court officer's word set just before a name: ``Le procureur général, X``, ``Me X``.
_OFFICER_BEFORE = re.compile(_OFFICERS.pattern + r"[^.!?,]{0,40},?\s*$")
#: A name followed by what says the person is tried: ``, 41 ans, est accusé``, ``, jugé``.
#: An adverb may stand before the participle: a second person tried is ``est aussi accusé``
#: (review55 F6: one of two counted, the other's answers given to him).
_TRIED_AFTER = re.compile(r"^(?:,\s*\d+\s*ans)?\s*,?\s*(?:(?:est|a été|sera)\s+)?"
                          r"(?:(?:aussi|également|lui aussi|elle aussi|lui-même|elle-même)\s+)?"
                          r"(?:accusée?|jugée?|prévenue?|inculpée?)\b")
#: A sentence opened by what says its subject is tried: ``Jugé depuis lundi pour …, X``.
_TRIED_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)(?:Jugée?|Accusée?|Inculpée?)\b[^.!?\n]*$")
#: A court officer's titles as :func:`.titles_of` reads them (lemmas: ``procureure`` is
#: ``procureur``; ``Me`` spelt out ``maître``).
_OFFICER_TITLES = frozenset(("président", "juge", "procureur", "me", "maître", "avocat",
                             "magistrat", "substitut"))
#: An announcing paragraph where the officer meets the press (review53): the lines are a
#: scrum, the officer answers journalists, no one tried is questioned.
_PRESS = re.compile(r"\b(?:journalistes?|presse|médias|micros?|caméras?|à sa sortie|"
                    r"a répondu|a commenté|a réagi)\b", re.IGNORECASE)
#: What says the officer questions (review53): an exchange, an extract, questions, a
#: cross-examination, going back over the facts (``L'échange avec la procureure, Me X, a été
#: tendu``, ``Voici un extrait``, ``est revenue longuement sur ce point``, ``a repris la
#: chronologie``); a statement at the door of the court is none.
_QUESTIONING = re.compile(r"échange|extrait|interrog|question|confront|chronologie|"
                          r"lui a demandé|revenue?\s+(?:longuement\s+)?sur|pressée? de",
                          re.IGNORECASE)
#: A ``président`` of something else than a court (``le président de la fédération``).
_OTHER_PRESIDENT = re.compile(r"[Pp]r[ée]sidente?\s+(?:(?:de|du|des)\s+|d['’])(?!la cour|cour|"
                              r"tribunal|assises|la chambre|chambre)")
#: Verbs (lemmas) of a witness called and heard: ``a fait entendre``, ``a témoigné``.
_HEARD = words("entendre témoigner déposer citer appeler comparaître")
#: Nouns of the people court copy calls to the stand besides the accused (lemmas).
_WITNESS_NOUNS = words("""
    témoin victime plaignant plaignante expert experte enquêteur enquêtrice policier
    policière agent agente médecin légiste psychiatre psychologue voisin voisine comptable
    chauffeur conducteur mère père frère sœur fils fille épouse mari conjoint conjointe ami
    amie collègue employé employée gérant gérante
""")


def court_roles(tmap: TextMap, first_line: int) -> tuple[Token | None, Token | None]:
    """(asker, answerer) of the dash lines starting at paragraph ``first_line``: the one
    court officer named in the paragraph before, the one person tried named before it."""
    if first_line == 0:
        return None, None
    start, end = tmap.paragraphs[first_line - 1]
    announcing = tmap.text[start:end]
    if not _OFFICERS.search(announcing) or not _QUESTIONING.search(announcing) \
            or _PRESS.search(announcing):
        return None, None  # "Son avocate … a rencontré les journalistes": she answers
    named = _full_names(tmap, start, end)
    if len(named) != 1 or not _is_officer(named[0]):
        return None, None  # "L'expert Paul Lenoir a été entendu par la présidente": he answers
    tried = {e.text: e for e in _full_names(tmap, 0, start) if _is_tried(tmap.text, e)}
    tried.pop(named[0].text, None)
    if len(tried) != 1:
        return None, None
    accused = next(iter(tried.values()))
    if _witness_after(tmap, accused, tmap.paragraphs[first_line][0]):
        return None, None  # "La plaignante, Julie Caron, a témoigné": she is the one asked
    return named[0].root, accused.root


def _is_officer(name: Span) -> bool:
    """Whether the person named is titled a court officer (``Me``, ``le juge``, ``la
    procureure``, ``Le président de la cour, X``), the title their own."""
    before = text_of(name.doc)[max(name.sent.start_char, name.start_char - 60):name.start_char]
    titles = titles_of(name, FRENCH) & _OFFICER_TITLES
    if titles <= {"président"} and _OTHER_PRESIDENT.search(name.sent.text):
        return False  # "Le président de la fédération, Luc Bernard,": no judge
    # "Le procureur général, Marc Favre, a requis": the parse makes the name the subject
    return bool(titles) or bool(_OFFICER_BEFORE.search(before))


def _witness_after(tmap: TextMap, accused: Span, end: int) -> bool:
    """Whether someone else than a court officer is brought in as a subject (``Un voisin,
    Luc Gagné, a raconté``, ``X a témoigné``) after the accused's last mention (their
    surname too: ``M. Marcotte``) and before ``end``: a witness, a victim or an expert
    questioned, not the accused.  A kin of the accused named in full with the same surname
    (``Sa sœur, Martine Dubois, est venue témoigner``: review55 F5) is another person."""
    surname = accused.text.split()[-1]
    mentions = (accused.text, surname)
    last = max(e.end_char for e in tmap.doc.ents if e.end_char <= end
               and e.label_ in PERSON_LABELS and e.text in mentions)
    first, stop = tmap.tokens(last, end)
    others = [e for e in tmap.doc.ents if e.label_ in PERSON_LABELS and first <= e.start
              and e.end <= stop and e.text not in mentions and not _is_officer(e)]
    if any(_subject(e.root) for e in others):
        return True
    # review53: court copy calls witnesses as objects too ("La Couronne a fait entendre son
    # ancienne comptable, X") and unnamed ("Le témoin principal, un chauffeur de bus, a été
    # entendu"): anyone so named or described in a sentence that hears a witness (not the
    # victim of the facts told: "qui a tué X", "La victime … s'est effondrée")
    sentences = {t.sent.start for t in tmap.doc[first:stop] if t.lemma_.lower() in _HEARD
                 or t.lower_ == "barre"}
    return any(e.sent.start in sentences for e in others) or any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _WITNESS_NOUNS and t.sent.start in sentences
        for t in tmap.doc[first:stop])


def _subject(word: Token) -> bool:
    """A clause's subject, or set off beside one (``Un voisin, Luc Gagné, a raconté``)."""
    return word.dep_ in FRENCH_SUBJECT_DEPS or (
        word.dep_ == "appos" and word.head.dep_ in FRENCH_SUBJECT_DEPS)


def _full_names(tmap: TextMap, start: int, end: int) -> list[Span]:
    """The people named in full (two words or more) between ``start`` and ``end``."""
    first, last = tmap.tokens(start, end)
    return [e for e in tmap.doc.ents if e.label_ in PERSON_LABELS and first <= e.start
            and e.end <= last and len(e.text.split()) >= 2]


def _is_tried(text: str, name: Span) -> bool:
    """Whether the text says the person named at ``name`` is tried (``X, accusé de``), or
    opens a sentence of ``comparaître`` (``X, 64 ans, ancien adjoint, comparaissait mardi
    devant le tribunal correctionnel``: court copy's word for the one tried; the parse
    often hangs the name elsewhere), not as a witness."""
    return bool(_TRIED_AFTER.match(text[name.end_char:name.end_char + 40])
                or _TRIED_BEFORE.search(text[max(0, name.start_char - 160):name.start_char])
                or _appears_in_court(name))


def _appears_in_court(name: Span) -> bool:
    """Whether ``name`` opens a sentence of ``comparaître`` that calls no one a witness."""
    sentence = name.sent
    return name.start == sentence.start and any(t.lemma_ == "comparaître" for t in sentence) \
        and not any(t.lower_ == "témoin" for t in sentence)
