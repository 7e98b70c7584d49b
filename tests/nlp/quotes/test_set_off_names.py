"""People the text names beside a role or a description, whose names the small English model
misses or mistypes (real model): a name set off after a role (``The chair of ... , Ang Nima
Lama, said``), after a relative's noun (``Ruakere's nephew, Hone Ruakere, told``) or after
the body a spokesman speaks for; a name after a title whatever its first name; and the
anonymous lede (``A retired schoolteacher ... told`` then the name in the next sentence).

Texts are written for these tests, in the phrasing of news and court copy.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A name no first-name table holds, set off after a local office.
    ("Relief had been slow to arrive. The chair of Dhading Rural Municipality, Ang Dawa "
     "Lama, said the villages \"cannot be reached by road until the slide is cleared.\"",
     [("cannot be reached by road", "Ang Dawa Lama", "person")]),
    # A relative set off after the family's noun, in inquest copy.
    ("Tamati Ruakere died when his boat overturned.\nRuakere's nephew, Hone Ruakere, told the "
     "coroner the family \"accepted the findings in full.\"",
     [("accepted the findings", "Hone Ruakere", "person")]),
    # A spokesman's name set off after the body he speaks for.
    ("The super PAC stood by the spot. A spokesman for Arizona First Fund, Cole Redding, "
     "said the ad was \"sourced to the penny.\"",
     [("sourced to the penny", "Cole Redding", "person")]),
    # A police rank's title before a name whose first name no table holds.
    ("Appearing for the investigators, Assistant Superintendent of Police Roshan Jayakody "
     "told court that the suspect had \"offered two players money to lose.\"",
     [("offered two players money", "Roshan Jayakody", "person")]),
    # The anonymous lede: one unnamed person first, named in the next sentence.
    ("A retired schoolteacher who lost her savings on a condo told a courtroom Tuesday that "
     "the developer \"looked me in the eye and promised.\"\n\nLucia Fernandes, 68, was the "
     "first buyer to testify at the fraud trial.",
     [("looked me in the eye", "Lucia Fernandes", "person")]),
    # Guard: an unnamed person further down stays unnamed.
    ("The council met on Monday to discuss the budget.\n\nThe mayor defended the plan. A "
     "retired schoolteacher who attended told reporters the cuts were \"a disgrace.\"\n\n"
     "Lucia Fernandes, the council's treasurer, said the numbers would be published.",
     [("a disgrace", "retired schoolteacher", "person")]),
    # Guards: the lede's next paragraph names someone else, the suspect mid-sentence ...
    ("A shopper said the gunman \"walked in calmly and started shooting.\"\nPolice later "
     "named the suspect as Tyler Grant, 23, of Leeds.",
     [("walked in calmly", "shopper", "person")]),
    # ... the victim ...
    ("A man who lives nearby said he heard \"three loud bangs around midnight.\"\nJames "
     "Whitaker died at the scene, officers confirmed.",
     [("three loud bangs", "man who lives nearby", "person")]),
    # ... or another source, after a role noun's quote that ends its paragraph.
    ("A teacher at the school said pupils were \"terrified by what they saw.\"\nKaren Doyle, "
     "whose son attends the school, said parents had not been told.",
     [("terrified by what", "teacher at the school", "person")]),
])
def test_a_person_named_beside_a_role_speaks(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """The person named beside a role or a lede's description is the speaker."""
    check(pipeline, body, expected)
