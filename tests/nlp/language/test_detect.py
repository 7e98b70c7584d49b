"""Language identification on real sentences: codes, claims, and input too poor to tell."""

from __future__ import annotations

import pytest

from newswire.nlp.language import UNDETERMINED, detect, identify, iso639_1
from newswire.nlp.language.detect import identifier

ENGLISH = ("The government announced on Tuesday a plan to support farmers hit by the drought, "
           "which has lasted since May and left reservoirs at their lowest level in decades.")
FRENCH = ("Le gouvernement a annoncé mardi un plan de soutien aux agriculteurs touchés par la "
          "sécheresse, qui dure depuis le mois de mai et a vidé les réservoirs de la région.")
GERMAN = ("Die Bundesregierung hat am Dienstag einen Plan zur Unterstützung der Landwirte "
          "vorgestellt, die seit Mai unter der anhaltenden Dürre in der Region leiden.")
SPANISH = ("El Gobierno anunció el martes un plan de ayuda para los agricultores afectados por "
           "la sequía, que dura desde mayo y ha dejado los embalses en mínimos históricos.")
ITALIAN = ("Il governo ha annunciato martedì un piano di aiuti per gli agricoltori colpiti dalla "
           "siccità, che dura da maggio e ha svuotato i bacini della regione.")
RUSSIAN = ("Правительство во вторник объявило о плане поддержки фермеров, пострадавших от "
           "засухи, которая продолжается с мая и опустошила водохранилища региона.")
# One paragraph per language, as in a bilingual press release: no language holds the text.
MIXED = "\n".join([ENGLISH, FRENCH, GERMAN, SPANISH])


@pytest.mark.parametrize(("text", "expected"), [
    (ENGLISH, "en"),
    (FRENCH, "fr"),
    (GERMAN, "de"),
    (SPANISH, "es"),
    (ITALIAN, "it"),
    (RUSSIAN, "ru"),
    (f"{ENGLISH}\n“Nous ne céderons pas,” the minister said.", "en"),
    (MIXED, UNDETERMINED),
    ("Scholz trifft Macron", UNDETERMINED),
    ("12 345 678 90,5 % 2026-11-28 14:30", UNDETERMINED),
    ("https://example.com/a/b https://www.lemonde.fr/x @newswire #tags", UNDETERMINED),
    ("", UNDETERMINED),
    ("\u200b\u200f\u202e" * 50, UNDETERMINED),
])
def test_detect(text: str, expected: str) -> None:
    """A paragraph is told apart; a title, numbers, links, mixed paragraphs are 'und'."""
    detection = detect(text)
    assert detection.language == expected
    if expected == UNDETERMINED:
        assert detection.confidence is None
    else:
        assert detection.confidence is not None
        assert detection.confidence >= 0.8


@pytest.mark.parametrize(("value", "expected"), [
    ("fr", "fr"), ("FR", "fr"), ("fr-FR", "fr"), ("fr_CA", "fr"), ("fra", "fr"), ("fre", "fr"),
    ("de-CH-1996", "de"), ("iw", "he"), ("zh-Hant-TW", "zh"), ("tl", "tl"),
    ("xx", None), ("french", None), ("und", None), ("123", None), ("", None), (None, None),
    ("x" * 200, None), ("en;fr", None),
])
def test_iso639_1(value: str | None, expected: str | None) -> None:
    """Codes inputs write become ISO 639-1; what names no language is None, never an error."""
    assert iso639_1(value) == expected


@pytest.mark.parametrize(("title", "body", "claimed", "expected"), [
    ("Sécheresse", FRENCH, None, ("fr", None)),
    ("Sécheresse", FRENCH, "fr-FR", ("fr", None)),
    ("Dürre", GERMAN, "en", ("de", "en")),
    ("Sequía", SPANISH, "not a code", ("es", "not a code")),
    ("Scholz trifft Macron", "", "de", ("de", None)),
    ("Scholz trifft Macron", "", None, (UNDETERMINED, None)),
    ("Scholz trifft Macron", "", "zz", (UNDETERMINED, "zz")),
    ("Bilingual", MIXED, "en", ("en", None)),
])
def test_identify_weighs_the_claim(title: str, body: str, claimed: str | None,
                                   expected: tuple[str, str | None]) -> None:
    """A claim is kept unless the text clearly says otherwise; then it is kept aside."""
    identified = identify(title, body, claimed)
    assert (identified.language, identified.claimed) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Dáil", 'Aodhán Ó Ríordáin TD said the Government "has lost control of rents".', "en"),
    ("", "Cllr Seán Ó Murchú told the meeting that Bóthar na Trá would close.", "en"),
    ("Dürre", GERMAN, "de"),
    ("Sequía", "El Gobierno anunció el martes un plan de ayuda.", "es"),
    ("Sécheresse", FRENCH, "fr"),
])
def test_names_do_not_overrule_a_claim(title: str, body: str, expected: str) -> None:
    """A claim stands when the words that are not names agree with it (an English brief
    full of Irish names); a text in another language still overrules it."""
    identified = identify(title, body, "en")
    assert (identified.language, identified.claimed) == (expected, None if expected == "en"
                                                          else "en")
    assert identified.confidence is not None
    assert identified.confidence >= 0.2


def test_the_identifier_keeps_one_table() -> None:
    """The model holds only the two-letter languages' columns, with no full table beside
    them (28 MB a worker): restricting it is done at load, not by ``set_languages``."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = identifier()._model
    full_model = model._full_model  # what set_languages would restore
    assert full_model[0] is model.nb_ptc
    assert all(len(code) == 2 for code in model.nb_classes)
    reference = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE, norm_probs=True)
    reference.set_languages([code for code in reference.labels if len(code) == 2])
    for text in (ENGLISH, FRENCH, RUSSIAN, MIXED, "Scholz trifft Macron"):
        assert model.rank(text) == reference.rank(text)


@pytest.mark.parametrize(("title", "body"), [
    # French words opening with an accented letter (élu, à, été, écarté) are no names.
    ("Dáil", "Aodhán Ó Ríordáin, élu à Dublin, a été écarté. Éamon Ó Cuív était là, à Dún "
     "Laoghaire, avec Seán Ó Fearghaíl."),
    ("Dún Laoghaire", "Aodhán Ó Ríordáin était à Dún Laoghaire, où Máire Ní Bhraonáin a été "
     "élue à l'unanimité."),
    ("Steòrnabhagh", "Ruaraidh Mac an t-Saoir, élu à Steòrnabhagh, a été écarté. Eilidh Nic "
     "a' Bhàird était là."),
])
def test_names_do_not_overrule_a_french_claim(title: str, body: str) -> None:
    """A French claim stands when its lower-case words, accented ones too, agree with it."""
    identified = identify(title, body, "fr")
    assert (identified.language, identified.claimed) == ("fr", None)
