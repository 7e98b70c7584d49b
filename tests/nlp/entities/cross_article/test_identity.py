"""Identity across articles: tables of (articles, expected registry), and the registry's
knowledge handed back to extraction on real text."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from newswire.models import Entity
from newswire.nlp.entities.cross_article.identity import Knowledge, knowledge, resolve
from newswire.nlp.entities.cross_article.registry import Record, top, updates
from newswire.nlp.entities.extract import Context, entity_id, extract_entities
from newswire.nlp.pipeline import Pipeline

NOW = datetime(2016, 11, 8, 12, tzinfo=UTC)

Article = list[str | tuple[str, str]]  # names, PERSON unless given as (name, type)


def entity(name: str, type_: str = "PERSON") -> Entity:
    """An entity as extraction makes it (id from type and name)."""
    return Entity(entity_id=entity_id(type_, name), name=name, type=type_, count=1,
                  salience=0.5)


def registry_of(articles: list[Article]) -> dict[str, Record]:
    """The registry after the articles, one hour apart, as the worker writes it."""
    records: dict[str, Record] = {}
    for number, names in enumerate(articles):
        found = [entity(*n) if isinstance(n, tuple) else entity(n) for n in names]
        at = NOW - timedelta(hours=len(articles) - number)
        records.update(updates(records.get, found, f"a{number}", at))
    return records


def rows(articles: list[Article]) -> list[tuple[str, str, int]]:
    """What `entities top` lists: (name, type, articles in the window)."""
    listed = top(registry_of(articles).values(), NOW, timedelta(days=30), limit=100)
    return sorted((r["name"], r["type"], r["count"]) for r in listed)


HILLARY, BILL = "Hillary Clinton", "Bill Clinton"


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        # A first name or a surname alone joins the one full name that leads the registry.
        ([[HILLARY], [HILLARY], ["Hillary"], ["Clinton"]], [(HILLARY, "PERSON", 4)]),
        ([[HILLARY]] * 6 + [[BILL], ["Clinton"]], [(BILL, "PERSON", 1), (HILLARY, "PERSON", 7)]),
        # Never to Hillary while Bill Clinton is about as frequent...
        ([[HILLARY], [HILLARY], [BILL], [BILL], ["Clinton"]],
         [(BILL, "PERSON", 2), ("Clinton", "PERSON", 1), (HILLARY, "PERSON", 2)]),
        # ... nor when he is in the same article, however rare he is.
        ([[HILLARY]] * 6 + [[BILL, HILLARY, "Clinton"]],
         [(BILL, "PERSON", 1), ("Clinton", "PERSON", 1), (HILLARY, "PERSON", 7)]),
        # A headline misread as a person does not keep a first name apart.
        ([[HILLARY]] * 3 + [["Hillary Releasing", "Hillary"]],
         [(HILLARY, "PERSON", 4), ("Hillary Releasing", "PERSON", 1)]),
        # Case variants are one entity; its name is the usual spelling.
        ([["Donald Trump"], ["DONALD TRUMP"], ["Donald Trump"]], [("Donald Trump", "PERSON", 3)]),
        # One name, one type: the majority of its articles.
        ([["Donald Trump"], [("Donald Trump", "ORG")], ["Donald Trump"]],
         [("Donald Trump", "PERSON", 3)]),
        # Two people with the same surname stay two; the surname alone joins neither.
        ([["Jens Stoltenberg"], ["Erna Stoltenberg"], ["Stoltenberg"]],
         [("Erna Stoltenberg", "PERSON", 1), ("Jens Stoltenberg", "PERSON", 1),
          ("Stoltenberg", "PERSON", 1)]),
        # Diacritics and curly apostrophes are spellings of one name...
        ([["José Peña"], ["Jose Pena"], ["Tip O’Neill"], ["Tip O'Neill"]],
         [("José Peña", "PERSON", 2), ("Tip O’Neill", "PERSON", 2)]),
        # ... but a name inside another word is another name.
        ([["Tip O'Neill"], ["Tip O'Neill"], ["Neill"]],
         [("Neill", "PERSON", 1), ("Tip O'Neill", "PERSON", 2)]),
        # A place is never a person's surname.
        ([["George Washington"], ["George Washington"], [("Washington", "GPE")]],
         [("George Washington", "PERSON", 2), ("Washington", "GPE", 1)]),
    ],
)
def test_registry_reads_records_as_identities(articles: list[Article],
                                              expected: list[tuple[str, str, int]]) -> None:
    """Partial names, case variants, majority types, shared surnames, accents: as listed."""
    assert rows(articles) == expected


def test_ten_thousand_names_stay_apart() -> None:
    """A name list of 10,000 people: 10,000 rows, no merge."""
    names = [f"Person{i} Surname{i % 5000}" for i in range(10_000)]
    listed = top(registry_of([names]).values(), NOW, timedelta(days=1), limit=20_000)
    assert len(listed) == 10_000


@pytest.mark.parametrize("articles", [
    # "Trump" once as an organisation, once as a person: a tie the mentions break.
    [["Donald Trump"], ["Donald Trump"], ["Donald Trump"], [("Trump", "ORG")], ["Trump"]],
    # Two people as often as each other, one read once as an organisation.
    [["Ann Lee"], [("Ann Lee", "ORG")], ["Bo Chan"], ["Bo Chan", "Ann Lee"]],
])
def test_rows_do_not_depend_on_the_order_of_records(articles: list[Article]) -> None:
    """The worker's table and the changelog hold the same records in other orders: every
    order of the records gives the same rows."""
    records = list(registry_of(articles).values())
    listings = {tuple(map(tuple, (
        (r["name"], r["type"], r["count"]) for r in top(order, NOW, timedelta(days=30)))))
        for order in itertools.permutations(records)}
    assert len(listings) == 1, listings


@pytest.mark.parametrize(
    ("articles", "types", "full_names"),
    [
        ([["Donald Trump"]] * 3 + [[("Donald Trump", "ORG")]], {"donald trump": "PERSON"},
         {"donald": "Donald Trump", "trump": "Donald Trump"}),
        ([[HILLARY], [HILLARY], [BILL], [BILL]], {}, {"hillary": HILLARY, "bill": BILL}),
        ([[("Apple", "ORG")]] * 2, {}, {}),
    ],
)
def test_knowledge_holds_sure_types_and_leading_full_names(
    articles: list[Article], types: dict[str, str], full_names: dict[str, str]
) -> None:
    """Types need three articles and a clear majority; partial names a leading full name."""
    known = knowledge(registry_of(articles).values())
    assert {k: v for k, v in known.types.items() if k in types} == types
    assert dict(known.full_names) == full_names


KNOWN = Knowledge(types={"donald trump": "PERSON", "clinton": "PERSON"},
                  full_names={"hillary": HILLARY, "clinton": HILLARY, "trump": "Donald Trump"})


@pytest.mark.parametrize(
    ("entities", "expected"),
    [
        ([("Hillary", "PERSON")], [(HILLARY, "PERSON")]),
        ([("Donald Trump", "ORG")], [("Donald Trump", "PERSON")]),
        ([("Clinton", "ORG")], [(HILLARY, "PERSON")]),
        ([(BILL, "PERSON"), ("Clinton", "PERSON")], [(BILL, "PERSON"), ("Clinton", "PERSON")]),
        ([("Melania Trump", "PERSON"), ("Trump", "PERSON")],
         [("Melania Trump", "PERSON"), ("Trump", "PERSON")]),
    ],
)
def test_resolve_applies_knowledge_unless_the_article_is_ambiguous(
    entities: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    """Majority type and full name from the registry; never when another person of the
    article has the word."""
    assert resolve(entities, KNOWN) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "name", "mentions"),
    [
        ("Hillary told supporters in Ohio that the race was close.", HILLARY, ["Hillary"]),
        ("Speaking in Iowa, Clinton said she would win the state.", HILLARY, ["Clinton"]),
        ("Bill Clinton spoke first. Clinton said he was proud.", BILL,
         ["Bill Clinton", "Clinton"]),
    ],
)
def test_articles_enriched_later_carry_the_registry_name(
    pipeline: Pipeline, body: str, name: str, mentions: list[str]
) -> None:
    """With the registry's knowledge a partial name is published under the full name, its
    mentions as written."""
    entities = extract_entities(pipeline.nlp(""), pipeline.nlp(body),
                                Context(model=pipeline.nlp, known=KNOWN))
    match = [e for e in entities if e.name == name]
    assert match, [(e.name, e.type) for e in entities]
    assert [m.text for m in match[0].mentions] == mentions
    assert match[0].entity_id == entity_id("PERSON", name)
