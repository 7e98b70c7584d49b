"""`newswire tail` filters."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from newswire.errors import NewswireError
from newswire.kafka.filters import EventFilter
from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline

QUOTE_EVENT = {"source": "Reuters", "language": "en",
               "quote": {"speaker": "Jens Stoltenberg", "kind": "direct"}}
ENTITY_EVENT = {"source": "AP", "entity": {"name": "Kyiv", "type": "GPE", "aliases": ["Kiev"]}}
ARTICLE = {"source": "AP", "entities": [ENTITY_EVENT["entity"]],
           "quotes": [QUOTE_EVENT["quote"]]}
ORG_QUOTE_EVENT = {"source": "CBC", "quote": {"speaker": "Teamsters union",
                                               "speaker_kind": "organization", "kind": "direct"}}
CURLY_ORG_EVENT = {"source": "CBC", "quote": {"speaker": "Alberta Teachers’ Association",
                                               "speaker_kind": "organization"}}
ACCENTED_EVENT = {"source": "Le Monde", "quote": {"speaker": "Élisabeth Borne"}}
ACCENTED_ORG_EVENT = {"source": "El País", "quote": {"speaker": "Gobierno de España"}}
HINDI_EVENT = {"source": "BBC Hindi", "quote": {"speaker": "नरेंद्र मोदी"}}
STANCE_EVENT = {"source": "AP", "quote": {"speaker": "Ted Cruz", "kind": "indirect",
                                          "cue_kind": "stance"}}


@pytest.mark.parametrize(
    ("where", "event", "expected"),
    [
        (EventFilter(), QUOTE_EVENT, True),
        (EventFilter(speaker="stoltenberg"), QUOTE_EVENT, True),
        (EventFilter(speaker="Putin"), QUOTE_EVENT, False),
        (EventFilter(kind="direct", source="reuters"), QUOTE_EVENT, True),
        (EventFilter(kind="indirect"), QUOTE_EVENT, False),
        (EventFilter(entity="kiev"), ENTITY_EVENT, True),
        (EventFilter(type="PERSON"), ENTITY_EVENT, False),
        (EventFilter(type="gpe", speaker="Jens"), ARTICLE, True),
        (EventFilter(source="Reuters"), ARTICLE, False),
        (EventFilter(source="bbc hindi"), HINDI_EVENT, True),  # the whole name, any case
        (EventFilter(source="BBC"), HINDI_EVENT, False),  # as the README says: not a part
        (EventFilter(speaker="teamsters"), ORG_QUOTE_EVENT, True),
        (EventFilter(speaker="Teamsters union"), ORG_QUOTE_EVENT, True),
        (EventFilter(speaker="Stoltenberg"), ORG_QUOTE_EVENT, False),
        (EventFilter(speaker="teachers' association"), CURLY_ORG_EVENT, True),
        (EventFilter(speaker="Teachers’ Association"), CURLY_ORG_EVENT, True),
        (EventFilter(speaker="teachers association"), CURLY_ORG_EVENT, False),
        (EventFilter(speaker="Elisabeth Borne"), ACCENTED_EVENT, True),  # typed unaccented
        (EventFilter(speaker="élisabeth"), ACCENTED_EVENT, True),
        (EventFilter(speaker="Elizabeth Borne"), ACCENTED_EVENT, False),
        (EventFilter(speaker="Gobierno de Espana", source="El Pais"), ACCENTED_ORG_EVENT, True),
        (EventFilter(speaker="Élisabeth  Borne"), ACCENTED_EVENT, True),  # two spaces typed
        (EventFilter(speaker="मोदी"), HINDI_EVENT, True),
        (EventFilter(speaker="मद"), HINDI_EVENT, False),  # Devanagari vowel signs are letters
        (EventFilter(cue_kind="stance"), STANCE_EVENT, True),
        (EventFilter(cue_kind="speech"), STANCE_EVENT, False),
        (EventFilter(cue_kind="speech"), QUOTE_EVENT, True),  # schema 2: no cue_kind is speech
        (EventFilter(cue_kind="belief"), QUOTE_EVENT, False),
        (EventFilter(language="EN"), QUOTE_EVENT, True),
        (EventFilter(language="fr"), QUOTE_EVENT, False),
        (EventFilter(language="fr"), ARTICLE, False),
    ],
)
def test_filters_match_any_topic(where: EventFilter, event: dict[str, Any],
                                 expected: bool) -> None:
    """Filters read quotes and entities from any event; ``--speaker`` finds organisations too,
    a typed apostrophe finds the article's typographic one, a name typed without its
    accents (or with two spaces) finds the accented one, Latin letters only."""
    assert where.matches(event) is expected


@pytest.mark.parametrize(
    ("where", "option"),
    [({"kind": "quote"}, "--kind"), ({"cue_kind": "speach"}, "--cue-kind"),
     ({"type": "ORGANIZATION"}, "--type")],
)
def test_filter_values_outside_the_schema_are_refused(where: dict[str, str], option: str) -> None:
    """A --kind, --cue-kind or --type no event can have is an error naming the choices,
    not a tail that waits in silence."""
    with pytest.raises(NewswireError, match=f"{option} .* one of: "):
        EventFilter(**where)
    assert EventFilter(**{name: value.upper() for name, value in  # case does not matter
                          {"kind": "direct", "cue_kind": "stance", "type": "org"}.items()})


def test_speaker_filter_finds_organisations_enriched(pipeline: Pipeline) -> None:
    """On a really enriched article, ``--speaker`` finds a union's quote as well as a person's."""
    article = pipeline.enrich(RawArticle(id="u", text=(
        "The Teamsters union called a strike. “We are ready,” the union said.\n"
        "Jane Wilson runs the depot. “We will keep the trucks moving,” she said.")))
    events = [{"quote": q.model_dump(mode="json")} for q in article.quotes]
    union = [e for e in events if EventFilter(speaker="teamsters").matches(e)]
    person = [e for e in events if EventFilter(speaker="jane wilson").matches(e)]
    assert [e["quote"]["speaker_kind"] for e in union] == ["organization"]
    assert [e["quote"]["speaker_kind"] for e in person] == ["person"]


NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
