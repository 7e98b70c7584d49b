"""Short words said outright after a verb of saying, and whose a quote is when a verb follows
its closing mark in New York Times typewriter marks (real model).

Texts are written for these tests, after sentences of PolNeAR train articles.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A capitalised exclamation is no title when a verb of saying says it.
    ("Hillary Clinton won seven states.\nShe declared “What a Super Tuesday!” and said her "
     "campaign would go on.",
     [("What a Super Tuesday!", "Hillary Clinton", "person")]),
    # Two words are enough when they are the whole sentence said.
    ("Barack Obama listed the cities where people had been shot.\nObama punctuated his list "
     "by saying “Too many.” The audience fell silent.",
     [("Too many.", "Barack Obama", "person")]),
    ("Marco Rubio thanked Miami.\nWhen Rubio said it was great to be home, a man yelled "
     "“Stay there!” Boos got louder.",
     [("Stay there!", "man", "person")]),
    # An interjection is said, capital and full stop notwithstanding; so is an exclamation.
    ("Donald Trump spoke on Friday.\nHe said “No.” The crowd cheered.",
     [("No.", "Donald Trump", "person")]),
    ("Donald Trump spoke on Friday.\nHe tweeted “Fake News!” The crowd cheered.",
     [("Fake News!", "Donald Trump", "person")]),
])
def test_words_said_outright_are_kept(pipeline: Pipeline, body: str,
                                      expected: list[Expected]) -> None:
    """A quote that is the sentence a verb of saying right before it says is a quote."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # Small lowercase words alone are no capitalised name.
    ("Donald Trump won South Carolina.\nHe’s predicting he will do “very, very well” in the "
     "next Republican contest in Nevada.",
     [("very, very well", "Donald Trump", "person")]),
    ("Barack Obama spoke to CNN.\nObama said he expected that Americans will say “no” to "
     "the policy.",
     [("no", "Barack Obama", "person")]),
])
def test_small_lowercase_words_are_no_title(pipeline: Pipeline, body: str,
                                            expected: list[Expected]) -> None:
    """A governed partial quote of short lowercase words is kept, not dropped as a title."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "title"), [
    # A title ending its sentence takes the full stop inside the marks (American style): its
    # words are capitalised but a title's small ones, so no sentence is said.
    ("Donald Trump spoke on Friday.\nHe praised “Hamilton.” The crowd cheered.", "Hamilton"),
    ("Donald Trump spoke on Friday.\nHe wrote “The Art of the Deal.” It sold well.",
     "The Art of the Deal"),
    ("Donald Trump spoke on Friday.\nHe recommended “Moby Dick.” The crowd cheered.",
     "Moby Dick"),
    ("Donald Trump spoke on Friday.\nHe slammed “Saturday Night Live.” The crowd cheered.",
     "Saturday Night Live"),
    # A verb of naming puts a name in the marks.
    ("George Lopez spoke about television.\nHe called his show “Lopez Tonight.”", "Lopez Tonight"),
    # No verb of saying right before the mark: still a title.
    ("Bernie Sanders was a guest.\nHe appeared on HBO’s “Real Time.”", "Real Time"),
])
def test_names_after_a_verb_stay_titles(pipeline: Pipeline, body: str, title: str) -> None:
    """A title in marks is not taken for words said."""
    assert not [q for q in quotes_of(pipeline, body) if q.text.startswith(title)]


@pytest.mark.parametrize(("body", "expected"), [
    # After a full stop and a typewriter mark, "Mr. Zahed said:" opens the next quote.
    ("Breshna Alawee fled Afghanistan in March. So did Abdullah Zahed.\n''We are refugees,'' Ms. "
     "Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack that happened "
     "today is the work of terrorists.''",
     [("We are not terrorists", "Alawee", "person"),
      ("The attack that happened", "Zahed", "person")]),
    # The same with curly marks (a guard: base already read it).
    ("Breshna Alawee fled Afghanistan in March. So did Abdullah Zahed.\n“We are refugees,” Ms. "
     "Alawee said. “We are not terrorists.” Mr. Zahed said: “The attack that happened "
     "today is the work of terrorists.”",
     [("We are not terrorists", "Alawee", "person")]),
    # A clause the parse hung on the verb past a participle is not the verb's own words
    # (a guard here: the article's longer context made the parse hang it, see the handoff).
    ("Jeb Bush said his brother kept the country safe.\n''What does that mean, he kept the "
     "country safe after 9/11?'' Mr. Trump asked, repeating a broadside - that the 43rd "
     "president was responsible for the attacks - that he used in the debate.",
     [("What does that mean", "Trump", "person")]),
    # A verb that goes on to say something of its own is still refused.
    ("Attorney General Loretta Lynch announced the lawsuit on Monday. ''We are seeking a court "
     "order declaring the restriction discriminatory.'' Governor Pat McCrory announced that "
     "the state would sue the department.",
     [("We are seeking", "Loretta Lynch", "person")]),
])
def test_verb_after_a_closed_sentence(pipeline: Pipeline, body: str,
                                      expected: list[Expected]) -> None:
    """A verb opening the next sentence reports the quote only when it says nothing else."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The parse read "As" as a preposition with the name as its object.
    ("Many Republicans fear the liberal jurist Mrs. Clinton would choose.\nAs Akhil Amar, "
     "professor of constitutional law at Yale and author of ''America's Unwritten "
     "Constitution,'' put it, ''Senate Republicans should remember that a compromise "
     "candidate today may be far better for them.''",
     [("Senate Republicans should", "Akhil Amar", "person")]),
    # Guards: the parse gives the name as the subject already.
    ("Many Republicans fear the liberal jurist Mrs. Clinton would choose.\nAs Akhil Amar, a "
     "professor of law at Yale, put it, “Senate Republicans should remember that a "
     "compromise candidate today may be far better for them.”",
     [("Senate Republicans should", "Akhil Amar", "person")]),
    # ... and "As a result" names nobody: the quote stays with the writer of the clause before.
    ("Steven Brill wrote a book about the law.\nBrill has argued that the law was crippled "
     "from the outset because of the political tradeoffs the drafters had to make. As a "
     "result, there’s still “a very powerful industry that has the freedom to charge "
     "whatever.”",
     [("a very powerful industry", "Steven Brill", "person")]),
])
def test_as_a_name_puts_it(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``As X put it``: the name after ``As`` speaks, however the parse hung it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("title", "expected"), [
    # Every word of a headline has a capital: a quote its verb of saying governs is said.
    ("Francois Hollande Says Donald Trump ‘Makes You Want To Retch.’",
     ("Makes You Want To Retch.", "Francois Hollande")),
    ("Hillary Clinton Says EgyptAir Crash Seems Like An ‘Act Of Terrorism.’",
     ("Act Of Terrorism.", "Hillary Clinton")),
    # A title with no verb of saying over it stays a title.
    ("Trump To Host ‘Saturday Night Live’ In November", None),
])
def test_headline_quote_under_a_verb_of_saying(pipeline: Pipeline, title: str,
                                               expected: tuple[str, str] | None) -> None:
    """A headline's capitalised quote governed by its verb of saying is a quote."""
    body = "The remarks came on Tuesday.\nThey drew wide attention."
    quotes = [q for q in quotes_of(pipeline, body, title) if q.field == "title"]
    if expected is None:
        assert not quotes
    else:
        text, speaker = expected
        assert [(q.text, q.speaker) for q in quotes] == [(text, speaker)]
