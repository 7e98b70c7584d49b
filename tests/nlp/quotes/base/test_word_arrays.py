"""The words a pass looks at, read as arrays, are the words its per-token test picks (real
model). Texts are written for these tests."""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA, LOWER

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.base.word_arrays import (
    head_indices,
    kept_lower_indices,
    lower_case_words,
    lower_indices,
    pos_indices,
    subject_indices,
    subject_or_singular_noun_indices,
    word_indices,
)
from newswire.nlp.quotes.extract import extract_quotes
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.resolution.written_names import proper_noun_runs
from newswire.nlp.quotes.speech.cues import cue_at
from newswire.nlp.quotes.speech.saying import (
    _with_particle,
    according_length,
    is_according,
    is_speech_verb,
)
from tests.conftest import calls_to

TEXTS = [
    ("The senator said the bill was dead, according to two aides.",
     ["senator", "bill"], ["said", "according"], ["senator", "bill"]),
    ("A partner at the firm declined to comment.",
     ["partner"], ["declined", "comment"], ["partner", "firm"]),
    ("Officials were told the plan would be reviewed by the ministry.",
     ["Officials", "plan"], ["told", "reviewed"], ["Officials", "plan", "ministry"]),
    ("", [], [], []),
]


@pytest.mark.parametrize(("text", "subjects", "verbs", "candidates"), TEXTS)
def test_indices_are_the_words_the_test_picks(pipeline: Pipeline, text: str,
                                              subjects: list[str], verbs: list[str],
                                              candidates: list[str]) -> None:
    """Subjects, verbs, and subjects or singular common nouns, in order, as the per-token
    tests on ``dep_``, ``pos_`` and ``tag_`` pick them."""
    doc = pipeline.nlp(text)
    assert [doc[i].text for i in subject_indices(doc)] == subjects
    assert [doc[i].text for i in pos_indices(doc, "VERB")] == verbs
    assert [doc[i].text for i in subject_or_singular_noun_indices(doc)] == candidates
    assert subject_indices(doc) == [t.i for t in doc if t.dep_ in SUBJECT_DEPS]
    assert pos_indices(doc, "VERB") == [t.i for t in doc if t.pos_ == "VERB"]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("According to the mayor, the road is shut.", "According", 2),
    ("The road is shut, according to the mayor.", "according", 2),
    ("Accordingly, the road is shut.", "Accordingly", 0),
    ("The accord was signed.", "accord", 0),
    ("The mayor agreed to the plan.", "to", 0),
])
def test_according_length_after_its_first_word_check(pipeline: Pipeline, text: str,
                                                     word: str, expected: int) -> None:
    """``according to`` is two words wherever it is; a word no phrase opens with is none."""
    doc = pipeline.nlp(text)
    token = next(t for t in doc if t.text == word)
    assert according_length(token, ENGLISH) == expected


@pytest.mark.parametrize(("short", "long"), [
    ("“We won,” she said.", "“We ran, we fought, we said we won and we left,” she said."),
    ("Ann Lee said it was “over.”", "Ann Lee said it was “over, as they told us, said and wrote.”"),
])
def test_no_cue_is_read_inside_a_quote(pipeline: Pipeline, short: str, long: str) -> None:
    """Quoted words are skipped before any cue is read of them (reported speech, a quote's
    own cue): a longer quote asks for no more cues than a short one."""
    def cues_read(body: str) -> int:
        title, doc = pipeline.nlp(""), pipeline.nlp(body)
        return calls_to("cue_at", lambda: extract_quotes(title, doc, []))

    assert cues_read(long) == cues_read(short)


@pytest.mark.parametrize(("text", "word", "expected", "walks"), [
    ("She pointed out that the bill was dead.", "pointed", True, True),
    ("He shot back that nobody asked.", "shot", True, True),
    ("The team ran out of time.", "ran", False, False),
    ("She said the bill was dead.", "said", True, False),
])
def test_particle_read_only_for_verbs_a_particle_makes_say(
        pipeline: Pipeline, text: str, word: str, expected: bool, walks: bool) -> None:
    """``pointed out``: a verb's particle is looked for only when the lexicon lists the verb
    with one; the verdict is unchanged."""
    doc = pipeline.nlp(text)
    token = next(t for t in doc if t.text == word)
    assert is_speech_verb(token, ENGLISH) is expected
    assert (calls_to("<genexpr>", lambda: _with_particle(token, ENGLISH)) > 0) is walks


WORD_TEXTS = [
    "According to Mr. Bob O'Neil, the Prime Minister said the plan was dead, according to aides.",
    "Mrs Amandla Stenberg and her wife, Naureen Jahangir, told the CBC in Paris that it was over.",
    "SELON le ministre, M. Legault a affirmé que le projet était mort.",
    "",
]


@pytest.mark.parametrize("text", WORD_TEXTS)
def test_word_indices_are_the_words_the_string_test_picks(pipeline: Pipeline,
                                                          text: str) -> None:
    """Words picked by their lower-case form, by a test of it, by their lemma or as proper
    nouns are, in order, the words the per-token tests on ``lower_``, ``lemma_`` and ``pos_``
    pick."""
    doc = pipeline.nlp(text)
    words = {"according", "selon", "the", "paris"}
    assert lower_indices(doc, words) == [t.i for t in doc if t.lower_ in words]
    assert lower_indices(doc, ()) == []

    def honorific(word: str) -> bool:
        return word.rstrip(".") in {"mr", "mrs", "m"}

    assert word_indices(doc, LOWER, honorific) == [t.i for t in doc if honorific(t.lower_)]
    assert word_indices(doc, LEMMA, str.istitle) == [t.i for t in doc if t.lemma_.istitle()]
    assert pos_indices(doc, "PROPN") == [t.i for t in doc if t.pos_ == "PROPN"]


@pytest.mark.parametrize("text", [
    *WORD_TEXTS,
    "“We won,” she said. He left.\n\nThe mayor, who spoke late, said the plan would go ahead.",
])
def test_head_indices_are_each_word_s_head(pipeline: Pipeline, text: str) -> None:
    """Each word's head index read as an array is ``token.head.i`` (heads before and after
    the word, roots, several sentences), and so on a second ask."""
    doc = pipeline.nlp(text)
    assert head_indices(doc) == [t.head.i for t in doc]
    assert head_indices(doc) == [t.head.i for t in doc]


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The aide, who asked not to be named, said WHO officials who met him agreed.",
     {"who", "whom"}, ["who", "WHO", "who"]),
    ("A source, speaking on condition of Anonymity, confirmed it.", {"anonymity"}, ["Anonymity"]),
    ("Nobody here asks about it.", {"who", "whom"}, []),
])
def test_kept_lower_indices_are_read_once_a_doc(pipeline: Pipeline, text: str,
                                                words: set[str], expected: list[str]) -> None:
    """The kept indices are :func:`lower_indices`' words, and a second ask reads the doc's
    kept answer under its key, not the words again."""
    doc = pipeline.nlp(text)
    assert [doc[i].text for i in kept_lower_indices(doc, "test.words", words)] == expected
    assert kept_lower_indices(doc, "test.words", {"plan"}) == doc.user_data["test.words"]
    assert [doc[i].text for i in doc.user_data["test.words"]] == expected


@pytest.mark.parametrize(("text", "french", "expected"), [
    ("SELON le ministre, M. Legault a affirmé que le projet était mort l'an 2025.", True,
     {"le", "ministre", "a", "affirmé", "que", "projet", "était", "mort"}),
    ("Mrs Amandla Stenberg told the CBC it was OVER, twice.", False,
     {"told", "the", "it", "was", "twice"}),
    ("", False, set()),
])
def test_lower_case_words_are_the_alphabetic_lower_case_words(
        pipeline: Pipeline, text: str, french: bool, expected: set[str]) -> None:
    """Alphabetic lower-case words as written (not ``l'an``'s apostrophe, numbers, capitals
    or words in capitals), read as arrays, are those the per-token flags pick."""
    doc = (pipeline.models.full("fr") if french else pipeline.nlp)(text)
    found = lower_case_words([doc, doc])
    assert found == {t.text for t in doc if t.is_alpha and t.is_lower}
    assert expected <= found
    assert not found & {"SELON", "Legault", "OVER", "2025", "CBC"}


@pytest.mark.parametrize(("text", "runs"), [
    ("Mrs Amandla Stenberg met Naureen Jahangir in Paris.",
     [["Mrs", "Amandla", "Stenberg"], ["Naureen", "Jahangir"], ["Paris"]]),
    ("Bob O'Neil and Ann Lee-Smith spoke to NASA.", None),
    ("nothing here is named.", []),
    ("", []),
])
def test_name_runs_are_the_capitalised_proper_nouns_side_by_side(
        pipeline: Pipeline, text: str, runs: list[list[str]] | None) -> None:
    """Runs of capitalised alphabetic proper nouns, as the per-token walk closes them: any
    other word (a hyphen, an apostrophe's word, a verb) ends a run."""
    doc = pipeline.nlp(text)
    walked: list[list[str]] = [[]]
    for token in doc:
        if token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper():
            walked[-1].append(token.text)
        elif walked[-1]:
            walked.append([])
    walked = [run for run in walked if run]
    found = [[t.text for t in run] for run in proper_noun_runs(doc)]
    assert found == walked
    if runs is not None:
        assert found == runs


@pytest.mark.parametrize("text", [
    "The senator said the bill was dead, according to two aides, and he denied it.",
    "“It is over,” she told reporters. According to the mayor, the road is shut.",
    "Nothing was said here.",
    "",
])
def test_cue_openers_hold_every_cue(pipeline: Pipeline, text: str) -> None:
    """Every word a cue starts at is a cue opener (a verb or ``according``), and the
    ``according to`` openers are those the per-token test finds."""
    doc = pipeline.nlp(text)
    tmap = TextMap(doc, [], ENGLISH)
    cues = [t.i for t in doc if cue_at(t, ENGLISH) is not None]
    assert set(cues) <= set(tmap.cue_openers)
    assert tmap.cue_openers == sorted(
        t.i for t in doc if t.pos_ == "VERB" or according_length(t, ENGLISH))
    assert tmap.according_tokens == [t.i for t in doc if is_according(t, ENGLISH)]
    assert tmap.text == doc.text == TextMap(doc, [], ENGLISH, text=doc.text).text
