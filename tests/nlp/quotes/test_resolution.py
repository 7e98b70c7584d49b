"""Issue 14's misses, one table per kind, on the real model (texts paraphrase real news)."""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

Expected = tuple[str, str | None, str]  # (start of the quote's text, speaker, speaker kind)


def find(quotes: list[Quote], start: str) -> Quote:
    """The quote whose text starts with ``start``."""
    found = [q for q in quotes if q.text.startswith(start)]
    assert found, (start, [q.text for q in quotes])
    return found[0]


def check(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """Each expected quote is there with its speaker and kind."""
    quotes = quotes_of(pipeline, body)
    for start, speaker, kind in expected:
        quote = find(quotes, start)
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote


CONTINUATION = [
    # After "... says X." a paragraph that is only a quote is X's.
    ("Rents will keep rising this year, says Ulrike Schicketanz.\n“We have seen this every "
     "winter since the shortage began.”",
     [("We have seen", "Ulrike Schicketanz", "person")]),
    # ... and so is the paragraph after one of her quotes.
    ("“Nobody planned for this,” said Ulrike Schicketanz.\n“The city waited far too long to "
     "build anything at all.”",
     [("The city waited", "Ulrike Schicketanz", "person")]),
    # Stop: another person is named in between.
    ("“Nobody planned for this,” said Ulrike Schicketanz. Mayor Tom Baird disagreed with "
     "her sharply on Tuesday.\n“We built four hundred homes last year alone.”",
     [("We built", "Tom Baird", "person")]),
    # Stop: more than one paragraph away.
    ("“Nobody planned for this,” said Ulrike Schicketanz.\nThe council meets next week.\n"
     "Tickets are free.\n“The city waited far too long to build anything at all.”",
     [("The city waited", None, "unknown")]),
]

NOT_PEOPLE = [
    # The management of a named company speaks as the company.
    ("The management of Boeing said the plant would reopen in May.",
     [("the plant would reopen", "Boeing", "organization")]),
    ("The lawsuit argues that the company ignored repeated safety warnings.",
     [("that the company ignored", "lawsuit", "document")]),
    ("According to the Civic Action study, most renters spend half their income on housing.",
     [("most renters", "Civic Action study", "document")]),
    ("Officials said the bridge would stay closed until March.",
     [("the bridge would", "Officials", "group")]),
    ("The Teamsters union said its members would strike on Monday. “We are ready to walk "
     "out,” the union said.",
     [("We are ready", "Teamsters union", "organization")]),
    ("Health Canada issued new rules on Friday. The ministry said the change would protect "
     "children.",
     [("the change would", "Health Canada", "organization")]),
    # An organisation whose owner names no one speaks as itself.
    ("The province's environment ministry suggests farmers plan for water shortages.",
     [("farmers plan", "province's environment ministry", "organization")]),
    ("A new poll says voters are split on the tax.",
     [("voters are split", "poll", "document")]),
    # A noun made of a document noun is a document: "polling average", "poll results".
    ("According to the Real Clear Politics polling average, Trump leads by five points.",
     [("Trump leads", "Real Clear Politics polling average", "document")]),
    ("According to the Nanos poll results, the Liberals lead in Ontario.",
     [("the Liberals lead", "Nanos poll results", "document")]),
    ("Recent polling suggests voters are split on the tax.",
     [("voters are split", "polling", "document")]),
    # A share of a group speaks as the group: "Some of the protesters" are protesters.
    ("Some of the protesters said they would return on Monday.",
     [("they would return", "protesters", "group")]),
    ("Many of the delegates said the rules were unfair.",
     [("the rules were unfair", "delegates", "group")]),
    # "Each of" is a share too: every judge said it, so the judges did.
    ("Each of the three judges said the trial judge had erred in law.",
     [("the trial judge had erred", "three judges", "group")]),
    # A verb of saying hung on a group is its cue, not part of its name; other clauses stay.
    ("Republican candidates blasting the president's approach to the war said the plan "
     "would fail.",
     [("the plan would fail", "Republican candidates", "group")]),
    ("Residents living near the plant said the smell was unbearable.",
     [("the smell was unbearable", "Residents living near the plant", "group")]),
    # A list of sources is one group, named in full; a clause set off by commas is not in it.
    ("Labor unions, environmental groups and many Democratic lawmakers said the deal would "
     "cost jobs.",
     [("the deal would cost jobs",
       "Labor unions, environmental groups and many Democratic lawmakers", "group")]),
    ("Doctors and nurses at the hospital said they were exhausted.",
     [("they were exhausted", "Doctors and nurses at the hospital", "group")]),
    ("Officials, who spoke on condition of anonymity, said the talks stalled.",
     [("the talks stalled", "Officials", "group")]),
]

DESCRIPTIONS = [
    ("Mayor Doug McCallum opened the meeting. The mayor also claimed that the police "
     "transition was on schedule.",
     [("that the police", "Doug McCallum", "person")]),
    ("Justice Anne Derrick heard the case in Halifax. The Nova Scotia judge said the "
     "evidence was not reliable enough.",
     [("the evidence was", "Anne Derrick", "person")]),
    ("Jane Philpott, the health minister, visited the clinic. “We will fund it,” the minister "
     "said.",
     [("We will fund", "Jane Philpott", "person")]),
    ("Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa. Mrs. Clinton said the plan "
     "would create jobs.",
     [("the plan would", "Hillary Clinton", "person")]),
    ("Senator Bernie Sanders spoke for an hour. “I apologize to nobody for that,” the "
     "senator said.",
     [("I apologize", "Bernie Sanders", "person")]),
]

PEOPLE_AND_PRONOUNS = [
    # "she" two sentences after the woman named, a man named in between.
    ("Jane Wilson chairs the housing board. The board met with Mark Dunn on Monday. It "
     "lasted two hours. “We are not done,” she said.",
     [("We are not done", "Jane Wilson", "person")]),
    # Several people in one paragraph: each quote its own speaker.
    ("“We need more buses,” said Jane Wilson, while Mark Dunn said, “We need fewer cars.”",
     [("We need more buses", "Jane Wilson", "person"),
      ("We need fewer cars", "Mark Dunn", "person")]),
    # An aside names someone else: the speaker is the subject, not the one replaced.
    ("Mark Dunn, who replaced Jane Wilson last year, said the budget was balanced.",
     [("the budget was", "Mark Dunn", "person")]),
    # "they" points to a group, not to a person.
    ("Residents of Fairview packed the hall. Jane Wilson listened. “We have waited ten "
     "years,” they said.",
     [("We have waited", "Residents of Fairview", "group")]),
    # A subject earlier in the pronoun's own sentence beats the main subject before it.
    ("Tom Baird wrote to the board on Monday. While Ann Kessler said the audit was fair, she "
     "said it was “far too slow.”",
     [("far too slow", "Ann Kessler", "person")]),
    # A name the model does not read as a person is one when an appositive gives a role.
    ("Zorana Velt, a journalist visiting Nice, told the Guardian what she saw.\n“People were "
     "running in every direction,” she said.",
     [("People were running", "Zorana Velt", "person")]),
    # A name in apposition to a role ("wife") is a person whatever type the model gave it.
    ("On Monday, the mayor's wife, Melania, is scheduled to speak. At a rally in Windsor, she "
     "said the city was \"ready for anything.\"",
     [("ready for anything", "Melania", "person")]),
    # "X is among those who say": X speaks with the group that is named by a pronoun.
    ("Tom Baird is one of many who argue the plan will fail.",
     [("the plan will fail", "Tom Baird", "person")]),
    ("Ann Kessler, a nurse from Dayton, is among those who say the clinic should stay open.",
     [("the clinic should stay open", "Ann Kessler", "person")]),
    # A pronoun with nobody before it stays unresolved, never the pronoun itself.
    ("“It is over,” she said.", [("It is over", None, "unknown")]),
]


@pytest.mark.parametrize(("body", "expected"), CONTINUATION)
def test_continuation_quotes(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A quote with no cue is the last speaker's, unless a new person or distance stops it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), NOT_PEOPLE)
def test_sources_that_are_not_people(pipeline: Pipeline, body: str,
                                     expected: list[Expected]) -> None:
    """Documents, groups and organisations named earlier speak under their own kind."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), DESCRIPTIONS)
def test_descriptions(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``the mayor``, ``the judge``, ``Mrs. Clinton``: the named person holding that role."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), PEOPLE_AND_PRONOUNS)
def test_people_and_pronouns(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """Pronouns across sentences by gender and number; several people; asides."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("title", "expected"), [
    ("Dennis Prager Tells Conservatives That Trump Is The Only Choice",
     [("That Trump", "Dennis Prager", "person")]),
    ("Dennis Prager Tells Critics: ‘You Are Wrong About Everything’",
     [("You Are Wrong", "Dennis Prager", "person")]),
])
def test_title_case_headlines(pipeline: Pipeline, title: str, expected: list[Expected]) -> None:
    """A title-case headline runs the name into its verb: the speaker stops before it."""
    quotes = quotes_of(pipeline, "The radio host spoke on Monday.", title)
    for start, speaker, kind in expected:
        quote = find(quotes, start)
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote


@pytest.mark.parametrize(("body", "expected"), [
    ("The Conservative leader, Kemi Badenoch, said the promise was not worth the paper it is "
     "written on.", [("the promise was", "Kemi Badenoch", "person")]),
    ("The Chicago mayor, Rahm Emanuel, said the city would appeal.",
     [("the city would appeal", "Rahm Emanuel", "person")]),
    # A word of the name itself is no role: General Motors stays a company.
    ("The carmaker, General Motors, said it would cut 2,000 jobs in Michigan.",
     [("it would cut", "General Motors", "organization")]),
])
def test_a_role_makes_a_person(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A full name a person's role introduces is a person, whatever type the model gave it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Mayor says transit talks at 'critical stage'",
     "Mayor Olivia Chow said Monday that talks had reached a critical stage.",
     [("critical stage", "Olivia Chow", "person")]),
    ("Premier says clinics will stay public",
     "Premier Danielle Smith spoke in Edmonton. NDP Leader Naheed Nenshi disagreed.",
     [("clinics will stay public", "Danielle Smith", "person")]),
    # Two people hold the title: the headline does not say which one spoke.
    ("Minister says the deal is done",
     "Finance Minister Jane Roe and Trade Minister Tom Baird met in Ottawa.",
     [("the deal is done", "Minister", "group")]),
    # No one holds the title by name: the headline's role is whom the body's "the judge" is.
    ("Judge rejects bail for Toronto man",
     "A Toronto man accused of fraud will stay in jail. The judge said the risk of flight "
     "was too high.",
     [("bail for Toronto man", "judge", "person"), ("the risk of flight", "judge", "person")]),
    ("Judge rejects bail for Toronto man",
     "Ontario Superior Court Justice Jane Kelly denied bail to a Toronto man on Monday. The "
     "judge said the risk of flight was too high.",
     [("bail for Toronto man", "Jane Kelly", "person")]),
    ("Judges reject appeal", "Three judges rejected the appeal on Monday.",
     [("appeal", "Judges", "group")]),
    # A headline's acronym the tagger read as a pronoun is the organisation the body names.
    ("WHO warns of new measles surge",
     "The World Health Organization said on Monday that measles cases rose in Europe.",
     [("new measles", "World Health Organization", "organization")]),
    ("UN warns of famine in Sudan",
     "The United Nations said on Monday that famine was spreading.",
     [("famine", "United Nations", "organization")]),
    ("WHO warns of new measles surge", "Measles cases rose in Europe this year.",
     [("new measles", "World Health Organization", "organization")]),  # a known acronym
])
def test_headline_role_is_the_body_person(pipeline: Pipeline, title: str, body: str,
                                          expected: list[Expected]) -> None:
    """A headline's bare title (``Mayor says``) is the one person the body gives that title,
    else whom the body's ``the judge`` is; its acronym (``WHO warns``) the body's organisation."""
    quotes = quotes_of(pipeline, body, title)
    for start, speaker, kind in expected:
        quote = find(quotes, start)
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote


_NESTED = "Jane Doe said: " + "".join("“level ‘" for _ in range(5)) + "deep" + "".join(
    "’ end”" for _ in range(5)) + "."
_ALTERNATING = "\n".join(
    f"“Point number {i} stands,” said {'Jane Doe' if i % 4 == 0 else 'John Roe'}." if i % 2 == 0
    else f"“And point {i} follows from it.”" for i in range(1000))


@pytest.mark.parametrize(("title", "body"), [
    ("", _NESTED),
    ("", _ALTERNATING),
    ("", "The Chairman, the President, said the vote failed. The President, the Chairman, "
         "said so too. “It is over,” he said."),
    ("", "Her aide, whose boss she is, said “nothing at all is decided.”"),
    ("", "They said the vote failed. “It is over,” she said. It told us “never again.”"),
    ("Stoltenberg: ‘We Will Not Let Putin Win’", ""),
    ("“Everything must go,” says the sign", ""),
])
def test_bad_input(pipeline: Pipeline, title: str, body: str) -> None:
    """Deep nesting, a thousand alternating paragraphs, loops, no antecedent, title only."""
    quotes = quotes_of(pipeline, body, title)  # checks offsets and that no speaker is a pronoun
    assert all(q.speaker_kind == "unknown" for q in quotes if q.speaker is None)


def test_thousand_paragraphs_keep_their_speakers(pipeline: Pipeline) -> None:
    """Alternating cued and continuation paragraphs: each orphan takes the speaker above."""
    quotes = [q for q in quotes_of(pipeline, _ALTERNATING) if q.kind != "indirect"]
    assert len(quotes) == 1000
    for i, quote in enumerate(quotes):
        assert quote.speaker == ("Jane Doe" if (i - i % 2) % 4 == 0 else "John Roe"), (i, quote)


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("'We were lucky': Residents return to find homes spared by wildfire",
     "Marcy Thiessen drove back on Saturday.\n“We were lucky. The crews made a stand right "
     "here,” Thiessen said.",
     [("We were lucky", "Marcy Thiessen", "person")]),
    # The headline spells out the body's contraction.
    ("'We are not backing down,' say striking warehouse workers as shelves thin out",
     "Hundreds of workers walked off the job on Friday.\n\"We're not backing down,\" said "
     "local president Tony Amaral, standing on the picket line.",
     [("We are not backing down", "Tony Amaral", "person")]),
    # The headline shortens the body's quote, dropping a word of its own.
    ("‘We just couldn’t make it work’: Kensington diner to close after 41 years",
     "The diner will serve its last meal on Sunday.\n“We just couldn’t make the numbers work "
     "anymore,” said owner Eleni Papadakis, who has run it since 1984.",
     [("We just couldn’t make it work", "Eleni Papadakis", "person")]),
    # Two people said those words in the body: the headline's own reading stays.
    ("'We were lucky': Residents return to find homes spared by wildfire",
     "“We were lucky,” said Marcy Thiessen. Her neighbour Gord Lafleur agreed. “We were "
     "lucky,” he said.",
     [("We were lucky", "Residents", "group")]),
    # orgs32: an unnamed person in the headline (now kind person) is still the body's.
    ("'We will not sign this deal,' official says",
     "Talks resumed in Geneva on Monday.\n“We will not sign this deal,” said Jane Roe, the "
     "union's lead negotiator, after the session.",
     [("We will not sign this deal", "Jane Roe", "person")]),
    # The headline names its speaker: the body does not overrule it.
    ("Stoltenberg: 'We will not be intimidated'",
     "“We will not be intimidated,” NATO's spokeswoman Oana Lungescu said, quoting "
     "Secretary-General Jens Stoltenberg.",
     [("We will not be intimidated", "Jens Stoltenberg", "person")]),
])
def test_a_pulled_headline_quote_is_the_body_speakers(pipeline: Pipeline, title: str,
                                                      body: str, expected: list[Expected]
                                                      ) -> None:
    """A headline quoting words the body quotes is said by the body quote's speaker."""
    quotes = quotes_of(pipeline, body, title)
    for start, speaker, kind in expected:
        quote = find(quotes, start)
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote
