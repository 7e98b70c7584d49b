"""A transcript's questions labelled with the outlet's name are its reporter's.

``Votebeat spoke with Halvorsen about what worked ... ¶ Votebeat: How bad was it in March? ¶
Halvorsen: It was bad.``: an outlet that prints its own interview labels its questions with
its name, as a broadcaster labels them ``Q:``, after a sentence where that name is who spoke
with, talked to, sat down with or interviewed the interviewee.  Whoever asked is the reporter
the byline names (the article's author), else the outlet itself (the contract: a question is
a quote of whoever asked it).  A label naming a person, or a name that interviewed nobody in
the text, stays unread.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import DEP, ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc

from newswire.nlp.quotes.base.textmap import TextMap

__all__ = ["outlet_asker"]

#: Verbs whose subject conducts an interview (``spoke with``, ``sat down with``, ``asked``).
_INTERVIEWING = frozenset(("speak", "talk", "sit", "interview", "ask", "chat"))


def outlet_asker(tmap: TextMap, author: str | None) -> Callable[[str], str | None]:
    """Who asks under a label: the author (else the label) when the label is the name that
    interviewed someone in the text and no person's name."""
    if tmap.doc.lang_ != "en":  # the verbs are English lemmas ("chat" is a French cat)
        return lambda _label: None
    doc = tmap.doc
    interviewers = {doc[i].text for i in _unlabelled_proper_subjects(doc)
                    if doc[i].head.lemma_ in _INTERVIEWING}
    return lambda label: (author or label.strip()) if label.strip() in interviewers else None


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
