"""A transcript's questions labelled with the outlet's name are the outlet's.

``Votebeat spoke with Halvorsen about what worked ... ¶ Votebeat: How bad was it in March? ¶
Halvorsen: It was bad.``: an outlet that prints its own interview labels its questions with
its name, as a broadcaster labels them ``Q:``, after a sentence where that name, of one word
or several (``STV News spoke to Justice Secretary X``, ``The Enterprise Review spoke to Dr
X``), is who spoke with, talked to, sat down with or interviewed the interviewee.

An outlet labels its questions with no such sentence too, across the English-language press
(``The Journal: Residents say they weren't consulted. ¶ Kilbane: ...`` after ``told The
Journal``, Irish online news; ``WSJ: When did you decide ...?``, business Q&As; ``NPR: Is aid
getting through?`` after ``spoke to NPR``, public radio): a label that is an outlet's letters
(two to five capitals) or a name the text cites mid-sentence with its capitals (``told STV
News``, ``told The Journal``: a title-case ``The`` inside a sentence is part of a name, a
court's or a chair's office is written ``the court``), and most of whose paragraphs are
questions, is the interviewer's.

The question is the outlet's (the label printed over it: the contract's whoever asked it),
not the byline's reporter: Irish, Scottish and Welsh interviews credit the outlet though a
byline names the writer, and US business and radio Q&As name the outlet beside their reporter.
A label naming a person (a capitals surname, which asks and answers both), a word of the
press's trade (``HOST``) or a name that interviewed nobody and is cited nowhere stays unread.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from spacy.attrs import DEP, ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc

from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.layouts.askers import ASKER_WORDS, INTERVIEWING, outlet_name

__all__ = ["outlet_asker"]

#: An outlet's letters as a label: two to five capitals (``WSJ``, ``NPR``).
_LETTERS = re.compile(r"[A-ZÁÉÍÓÚ]{2,5}")
#: Words of a name: capitalised, or ``of``/``and`` inside it.
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.&\-]*|of|and)")


def outlet_asker(tmap: TextMap, author: str | None = None) -> Callable[[str], str | None]:
    """Who asks under a label: the label, when it is the name that interviewed someone in
    the text, or an outlet's name or letters most of whose paragraphs are questions; never
    the initials of the byline's ``author`` or of a person the text names (``RE:`` for Ruth
    Ellis, a magazine's interviewer)."""
    if tmap.doc.lang_ != "en":  # the verbs are English lemmas ("chat" is a French cat)
        return lambda _label: None
    doc = tmap.doc

    # The names are read at a document's first label, not for every document (most have no
    # label: PolNeAR dev's 84 read their people and subjects for 5 labels).
    @functools.cache
    def named() -> tuple[set[str], set[str]]:
        interviewers = {_bare(outlet_name(doc[i])) for i in _unlabelled_proper_subjects(doc)
                        if doc[i].head.lemma_ in INTERVIEWING}
        people = [e.text for e in doc.ents if e.label_ == "PERSON"] + ([author] if author else [])
        return interviewers, {"".join(w[0] for w in name.split() if w[:1].isupper())
                              for name in people}

    # Asked per labelled paragraph and again per turn: each label is read once a document
    # (``_mostly_asks`` reads every paragraph).
    @functools.cache
    def asker(label: str) -> str | None:
        interviewers, initials = named()
        label = label.strip()
        words = label.split()
        if not words or label in initials or any(
                w.lower() in ASKER_WORDS or w.lower() in tmap.lexicon.role_nouns for w in words):
            return None  # ``HOST:``, ``The Chair:``: an office; ``RE:``: a person's initials
        if _bare(label) in interviewers or (_outlet_like(tmap.text, words)
                                            and _mostly_asks(tmap, label)):
            return label
        return None
    return asker


def _bare(name: str) -> str:
    """A name without its leading ``The``: ``The Journal`` and ``Journal`` are one outlet."""
    return name.removeprefix("The ").strip()


def _outlet_like(text: str, words: list[str]) -> bool:
    """Whether a label is an outlet's letters (``WSJ``), or a name opening with ``The`` or
    letters (``The Journal``, ``STV News``) that the text writes inside a sentence (``told
    The Journal that``, ``spoke to STV News``)."""
    if len(words) == 1:  # two letters are most often someone's initials: cited, then
        return _LETTERS.fullmatch(words[0]) is not None and (
            len(words[0]) > 2 or _cited(text, words))
    if words[0] != "The" and _LETTERS.fullmatch(words[0]) is None:
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in words) or not words[-1][:1].isupper():
        return False
    return _cited(text, words)


def _cited(text: str, words: list[str]) -> bool:
    """Whether the text writes the name inside a sentence (``told The Journal that``)."""
    return re.search(r"[a-z,] " + re.escape(" ".join(words)) + r"\b", text) is not None


def _mostly_asks(tmap: TextMap, label: str) -> bool:
    """Whether more than half the paragraphs ``label`` opens end with a question mark (an
    interviewer's prompt may be a statement: ``Residents say they weren't consulted.``)."""
    text = tmap.text
    opened = [text[start:end].rstrip() for start, end in tmap.paragraphs
              if text.startswith(f"{label}:", start)]
    return 2 * sum(p.endswith("?") for p in opened) > len(opened)


def _unlabelled_proper_subjects(doc: Doc) -> list[int]:
    """Indices of the proper nouns that are a verb's ``nsubj`` and no person's name, read as
    one array (a Token only for those, not for every word of the article)."""
    if not len(doc):
        return []
    values = doc.to_array([DEP, POS, ENT_TYPE])
    strings = doc.vocab.strings
    chosen = ((values[:, 0] == strings["nsubj"]) & (values[:, 1] == PROPN)
              & (values[:, 2] != strings["PERSON"]))
    indices: list[int] = chosen.nonzero()[0].tolist()
    return indices
