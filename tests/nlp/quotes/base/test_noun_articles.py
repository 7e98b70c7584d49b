"""A noun's article read once for every rule (``quotes/noun_articles``): the lexicon's
definite or indefinite article hung on the noun as ``det`` (real models; sentences written
for these tests)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.noun_articles import has_definite_article, has_indefinite_article
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH


@pytest.mark.parametrize(("language", "text", "noun", "definite", "indefinite"), [
    ("en", "A judge said the hearing would resume.", "judge", False, True),
    ("en", "The senator said the bill would pass.", "senator", True, False),
    ("en", "Another official said talks had stalled.", "official", False, True),
    ("en", "Officials said talks had stalled.", "Officials", False, False),
    ("en", "His lawyer said he would appeal.", "lawyer", False, False),
    ("fr", "Une bénévole du club a expliqué que la saison reprendrait.", "bénévole", False,
     True),
    ("fr", "Le maire a affirmé que les travaux commenceraient lundi.", "maire", True, False),
    ("fr", "Des habitants ont dénoncé le projet.", "habitants", False, False),
])
def test_a_nouns_article(pipeline: Pipeline, language: str, text: str, noun: str,
                         definite: bool, indefinite: bool) -> None:
    """``a judge``, ``une bénévole``: indefinite; ``the senator``, ``le maire``: definite;
    a bare plural or a possessive is neither."""
    lexicon: Lexicon = ENGLISH if language == "en" else FRENCH
    doc = pipeline.models.full(language)(text)
    head = next(t for t in doc if t.text == noun)
    assert (has_definite_article(head, lexicon), has_indefinite_article(head, lexicon)) \
        == (definite, indefinite)
