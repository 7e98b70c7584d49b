"""Issue 14: the person a subject noun stands for when the name is set off beside it
(real model).

Texts and names are invented for these tests (round seventeen, rewritten by fixr34 so no row
follows any dataset article); each row keeps a parse failure issue 14 is about: the name hung
on a second apposed noun, or read as an adverb and hung on the verb.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hangs the name on a second noun apposed to the subject ("actress"): the
    # speaker was taken to be the chief executive named in the paragraph before.
    ("The theatre said her death was \"a huge loss\". Its chief executive, Rowan Ashcombe, "
     "said a gala in her honour would be held next spring.\n\n"
     "Her long-time understudy, the actress Delphine Markey, said the pair had shared a "
     "dressing room for 19 years and had \"disagreed about every costume.\"\n\n"
     "\"She always said I was too loud, and she was always right,\" she said.",
     [("disagreed about every costume", "Delphine Markey", "person"),
      ("She always said I was too loud", "Delphine Markey", "person")]),
    # The parse reads "Lately" as an adverb and hangs the name on the verb, not on
    # "leader": the speaker, and the next "he", was taken to be the council leader before.
    ("Cllr Nasreen Akhtar, the Liberal Democrat leader of the council, said spending on "
     "children's services now took up more than half of the budget. “We are being asked to "
     "choose between a swimming pool and a foster placement,” she said.\n\n"
     "Independent councillors accused the administration of waste. Cllr Gordon Lately, the "
     "leader of the Independent group, said the council had “thrown money around like "
     "confetti” on a harbour redevelopment in Whitby while rural bus routes were cut. "
     "“People in the villages are paying for a marina they will never use,” he said.",
     [("thrown money around like confetti", "Gordon Lately", "person"),
      ("People in the villages", "Gordon Lately", "person")]),
])
def test_a_name_set_off_beside_the_subject_speaks(pipeline: Pipeline, body: str,
                                                  expected: list[Expected]) -> None:
    """``Her understudy, the actress X, said``, ``X, the leader of Y, said``: X speaks."""
    check(pipeline, body, expected)
