"""Issue 14b: who a pronoun or description points to, read along the article (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes
from tests.nlp.quotes.test_resolution import Expected, check

_YEAR = ("The pantry began in a church basement with two volunteers, a borrowed van and a list "
         "of families who had nowhere else to turn that winter. ") * 3
#: A woman named once, then carried by "she" over more than a pronoun's reach in characters.
_LONG_CHAIN = "Maria Gomez runs the food bank on Elm Street.\n" + "".join(
    f"She {deed} {_YEAR}\n" for deed in (
        "opened a second pantry in March.", "hired four drivers in May.",
        "moved the office in June.", "signed a lease in July.")
) + "“We will feed anyone who comes,” she said."


@pytest.mark.parametrize(("body", "expected"), [
    # Each "she" stands for Maria Gomez, so the last one finds her however far back she was named.
    (_LONG_CHAIN, [("We will feed", "Maria Gomez", "person")]),
    # The candidate in apposition is the name: "she" finds Hillary Clinton, not the phrase.
    ("But the other candidate on the stage, former Secretary of State Hillary Clinton, drew a "
     "contrast with Martin O'Malley. “We cannot promise free college,” she said.",
     [("We cannot promise", "Hillary Clinton", "person")]),
])
def test_pronoun_chains(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A subject pronoun stands for whom it resolves to, for the pronouns after it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # Brought in unnamed ("a senior partner"), then described: that unnamed person, not a name.
    ("Mark Dunn joined the firm in May. A senior partner at the firm briefed the new "
     "associates on Monday. The partner told them the rule was simple.",
     [("the rule was simple", "senior partner at the firm", "group")]),
    # Nobody named holds the role: the description itself, not a guess.
    ("The council met on Monday. The spokesman said the vote would wait until March.",
     [("the vote would wait", "spokesman", "person")]),
    # ... while a role someone named holds still finds that person.
    ("Mayor Doug McCallum opened the meeting. A spokesman for the city was there too. The "
     "mayor said the police transition was on schedule.",
     [("the police transition", "Doug McCallum", "person")]),
])
def test_unnamed_descriptions(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``the partner`` after ``a partner at the firm`` is that unnamed person; a role nobody
    named holds is its own phrase."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Robert Hale Dunmore III, a shipping magnate, paid for the billboards. Dunmore said in an "
     "interview that he backs no party.",
     [("that he backs", "Robert Hale Dunmore III", "person")]),
    ("Sen. Tim Scott Jr. spoke first. “We are ready,” Scott said.",
     [("We are ready", "Tim Scott Jr.", "person")]),
])
def test_surnames_before_suffixes(pipeline: Pipeline, body: str,
                                  expected: list[Expected]) -> None:
    """A surname finds the full name that ends with it and a ``Jr.`` or ``III``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # Three "Bill Clinton" make him the article's most written Clinton, but the last one
    # written in full before "Clinton said" is Hillary.
    ("Bill Clinton spoke in Iowa on Monday. Bill Clinton drew a large crowd. Bill Clinton "
     "praised the farmers. Later, Hillary Clinton arrived in Des Moines. “We will win this "
     "state,” Clinton said.",
     [("We will win", "Hillary Clinton", "person")]),
    # The tagger reads "Price" opening a sentence as a noun; the entities stage knows him.
    ("Tom Price, the health secretary, met the governors on Monday. Price said the bill would "
     "pass in June.",
     [("the bill would pass", "Tom Price", "person")]),
    # A word opening one organisation's name stands for it.
    ("The Pew Research Center released its survey on Tuesday. Pew said the survey was "
     "accurate within three points.",
     [("the survey was accurate", "Pew Research Center", "organization")]),
])
def test_names_in_context(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A lone surname is the namesake written in full last before it; a name the entities
    stage found is that name whatever its tag; ``Pew`` is the one organisation it opens."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("A top Donald Trump adviser says the businessman is on a glide path to the nomination.\n"
     "Ed Brookover spoke to reporters Thursday after a meeting with House members.",
     [("the businessman is", "Ed Brookover", "person")]),
    ("Donald Trump’s campaign manager says he is gratified by the prosecutor’s decision.\n"
     "Corey Lewandowski, in a statement released by the campaign, said he appreciated it.",
     [("he is gratified", "Corey Lewandowski", "person")]),
    # The next sentence's person holds another role: the description stays unnamed.
    ("A senior official said the talks had stalled. Mark Dunn, the mayor, disagreed.",
     [("the talks had stalled", "senior official", "person")]),
    # ... and so does one the next sentence describes otherwise, whatever the words.
    ("A Shopify spokesperson said the layoffs were over. “This is the cleanest quarter in two "
     "years,” said Michael Morton, an analyst at MoffettNathanson.",
     [("the layoffs were over", "Shopify spokesperson", "person")]),
    ("A hospital spokeswoman said the ward would reopen. Jane Ferris, a nurse at the hospital "
     "for 20 years, said the staff were exhausted.",
     [("the ward would reopen", "hospital spokeswoman", "person")]),
    # "Dr." titles a physician.
    ("Trump is 70. According to his longtime personal physician, the billionaire businessman "
     "had \"astonishingly excellent\" results in his latest exam, and \"will be the healthiest "
     "individual ever elected to the presidency.\" The statement was attributed to Dr. Harold "
     "Bornstein, though it reads more like something from the Kremlin.",
     [("will be the healthiest", "Harold Bornstein", "person")]),
    ("A senior official said the talks had stalled. Dr. Mark Dunn, a surgeon, disagreed.",
     [("the talks had stalled", "senior official", "person")]),
    # "Justice" titles a judge (Canadian and British courts), then and later.
    ("A Federal Court judge has dismissed an application by two families to stop the review.\n"
     "In a decision released Friday, Justice Marie-Claude Gagnon found the families had not "
     "shown harm.\nThe judge disagreed, writing that \"the process has been open to all.\"",
     [("an application by two families", "Marie-Claude Gagnon", "person"),
      ("the process has been open", "Marie-Claude Gagnon", "person")]),
])
def test_named_in_the_next_sentence(pipeline: Pipeline, body: str,
                                    expected: list[Expected]) -> None:
    """A description the article names only afterwards (``A top Trump adviser says ... Ed
    Brookover spoke``) is the person the next sentence introduces."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The viewpoint's holder opens the sentence: "he" is Tom Baker, not the mayor before him.
    ("Mayor John Reed met the growers on Tuesday. For Tom Baker, a goat farmer near Dayton, the "
     "drought is without precedent. “I have never bought this much hay,” he says.",
     [("I have never bought this much hay", "Tom Baker", "person")]),
    # "As for" (and "And as for") opens the sentence as "For" does: "he" is Ted Lang.
    ("Mayor John Reed warned against a brokered convention. As for Ted Lang, he said he is not "
     "worried.", [("he is not worried", "Ted Lang", "person")]),
    ("John Reed spoke first. And as for Ted Lang, he said the vote was fair.",
     [("the vote was fair", "Ted Lang", "person")]),
    # "for" inside a sentence gives no viewpoint: "he" stays the subject, John Reed.
    ("John Reed said the plan was good for Tom Baker and his neighbours. “We will pay,” he said.",
     [("We will pay", "John Reed", "person")]),
])
def test_fronted_viewpoint(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A person a sentence opens with ("For X, ...") is the topic the next pronoun finds."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # Guard (read right before too): a fan just named, the incise after three sentences.
    ("Le porte-parole de la ligue, Marc Tremblay, a dit que les entraîneurs seraient punis.\n"
     "Le partisan Pierre Dubois, abonné depuis la fondation de l'équipe, n'en revenait pas. "
     "« J'ai failli partir après la première. Ma femme m'a dit de rester. Je lui dois une "
     "bière », a-t-il blagué.", "Pierre Dubois"),
    # The incise's sentence starts inside a quote of two sentences: the pronoun looks back
    # from the quote's first one, and the name after "selon" is the one just named, the
    # sentence's subject being no person (fails without either half of the rule).
    ("« Je suis heureuse », a dit la réalisatrice Inès Bouaziz. Le budget n'a pas dépassé "
     "420 000 euros, selon sa productrice, Hélène Quémeneur. « On a essuyé onze refus de "
     "chaînes. Je me suis demandé si on était les seules », raconte-t-elle.", "Hélène Quémeneur"),
    # Guard: a pronoun whose antecedent is the subject just before is read as before.
    ("Le ministre Paul Girard a parlé le premier. La députée Anne Morel l'a contredit. « Ce "
     "texte est mauvais. Il faut le retirer », a-t-elle lancé.", "Anne Morel"),
])
def test_french_incise_pronoun_looks_back_from_the_quote(pipeline: Pipeline, body: str,
                                                         expected: str) -> None:
    """``« ... . ... », a-t-il blagué``: the pronoun of an incise after a quote of several
    sentences is the person named just before the quote, even as no subject."""
    assert french_quotes(pipeline, body)[-1].speaker == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A description names a role: the judge, not the cyclist the previous sentence names as
    # an object (the incise pronoun's "person just named" fallback is for pronouns only).
    ("Justice Robert Gillis found Tyler Fraser not guilty in the crash that killed cyclist "
     "Anne-Marie Chiasson.\n\nThe Crown's case rested on a passerby who said Fraser's pickup "
     "was \"flying\" before it struck Chiasson.\n\nBut the Nova Scotia judge said the witness "
     "had changed her account three times.",
     [("the witness had changed her account three times", "Robert Gillis", "person")]),
])
def test_description_is_not_the_person_just_named(pipeline: Pipeline, body: str,
                                                  expected: list[Expected]) -> None:
    """"the judge said" after a sentence naming someone else: the role's holder."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # English guard: the speaker named as a subject just before a quote of several sentences.
    ("The mayor, Dan Cole, spoke first. Councillor Ruth Baker disagreed. “This plan is bad. "
     "It costs too much. We should drop it,” she said.",
     [("This plan is bad", "Ruth Baker", "person")]),
])
def test_pronoun_after_a_long_quote(pipeline: Pipeline, body: str,
                                    expected: list[Expected]) -> None:
    """“... . ... ,” she said: the subject named before the quote, not one before that."""
    check(pipeline, body, expected)
