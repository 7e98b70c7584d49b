"""``« A » et <verbe> « B »``: the second verb of saying joins the first's, never its own
ancestor (:mod:`newswire.nlp.quotes.fr_parse.conjoined_quotes_fr`). The parses are written by hand:
the loop guarded against needs a parse the model gives rarely, so a doc pins it exactly."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newswire.nlp.quotes.fr_parse.conjoined_quotes_fr import join_verb_after_a_quotation

WORDS = ["Le", "texte", "dénonce", "«", "le", "mépris", "»", "et", "exige", "«", "un",
         "calendrier", "»", "."]
POS = ["DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "PUNCT", "CCONJ", "VERB", "PUNCT", "DET",
       "NOUN", "PUNCT", "PUNCT"]
_EXIGE, _DENONCE = 8, 2


@pytest.mark.parametrize(("heads", "deps", "expected"), [
    # The usual parse: "exige" a conjunct of "mépris", inside the first quotation; it joins
    # "dénonce" and shares its subject.
    ([1, 2, 2, 5, 5, 2, 5, 8, 5, 11, 11, 8, 11, 2],
     ["det", "nsubj", "ROOT", "punct", "det", "obj", "punct", "cc", "conj", "punct", "det",
      "obj", "punct", "punct"],
     (_DENONCE, "conj")),
    # "exige" the root and "dénonce" two steps below it (an "acl" of "texte"): made the
    # head of "exige", "dénonce" would close a loop of heads; the parse is left as it is.
    ([1, 8, 1, 5, 5, 2, 5, 8, 8, 11, 11, 8, 11, 8],
     ["det", "obl:mod", "acl", "punct", "det", "obj", "punct", "cc", "ROOT", "punct", "det",
      "obj", "punct", "punct"],
     (_EXIGE, "ROOT")),
])
def test_second_verb_joins_the_first_without_a_loop(heads: list[int], deps: list[str],
                                                     expected: tuple[int, str]) -> None:
    """The second verb hangs on the first unless the first is below it in the parse."""
    doc = Doc(spacy.blank("fr").vocab, words=WORDS, pos=POS, heads=heads, deps=deps)
    verb = doc[_EXIGE]
    join_verb_after_a_quotation(verb)
    assert (verb.head.i, verb.dep_) == expected
    assert not any(t.is_ancestor(t.head) for t in doc if t.head != t)  # no loop of heads
