"""bench/quotes_gold.py: the resolved-speaker scorer, on its rules and on the shipped sample."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ROOT, SHARED, bench_module

SAMPLE = ROOT / "bench" / "data" / "polnear-train-sample-speakers.jsonl"
POLNEAR = SHARED / "data" / "polnear"


@pytest.fixture(scope="module")
def gold() -> ModuleType:
    """The benchmark's scoring module, imported as the script imports it."""
    return bench_module("quotes_gold")


@pytest.mark.parametrize(("name", "normal"), [
    ("The New York Times", "new york times"),
    ("a source", "source"),
    ("Donald J. Trump", "donald j trump"),
    ("Gowdy’s office", "gowdys office"),
    ("these officials", "officials"),
    ("", ""),
])
def test_normalise(gold: ModuleType, name: str, normal: str) -> None:
    """Case, punctuation and leading determiners do not count."""
    assert gold.normalise(name) == normal


@pytest.mark.parametrize(("speaker", "referents", "also", "right"), [
    ("Donald Trump", ("Donald J. Trump",), ("Donald Trump",), True),
    ("the lawsuit", ("lawsuit",), (), True),
    ("Mike Pence", ("Donald Trump", "Mike Pence"), (), True),
    ("Bill Clinton", ("Hillary Clinton",), (), False),
    (None, ("officials",), (), False),
    ("he", ("Donald Trump",), (), False),
])
def test_referent_right(gold: ModuleType, speaker: str | None, referents: tuple[str, ...],
                        also: tuple[str, ...], right: bool) -> None:
    """Equal after normalising, or one of ``also``; any name of a list; no speaker is wrong."""
    resolved = gold.Resolved(referents, "person", also)
    assert gold.referent_right(speaker, resolved) is right


def _sample_scores(gold: ModuleType, speaker_of: dict[str, str | None]) -> Any:
    """Score predictions equal to the sample's gold spans, speakers from ``speaker_of``."""
    if not POLNEAR.exists():
        pytest.skip("../shared/data/polnear is not beside this checkout")
    resolved = gold.load_resolved([SAMPLE])
    result = gold.Score()
    for text_path, ann_path in gold.articles(POLNEAR, "train"):
        mine = {k[2]: v for k, v in resolved.items() if k[:2] == (text_path.stem, ann_path.name)}
        if not mine:
            continue
        text = text_path.read_text(encoding="utf-8")
        golds = gold.gold_of(text, [], gold.parse_ann(ann_path))
        preds = [gold.Pred(g.span, g.direct, speaker_of.get(g.eid, mine[g.eid].referents[0])
                           if g.eid in mine else None, None, "") for g in golds]
        gold.score(text, golds, preds, result, mine, text_path.stem)
    return result


def test_sample_perfect_and_empty(gold: ModuleType) -> None:
    """On the sample, the referents themselves score 1.0; no speaker at all scores 0 as 'none'."""
    perfect = _sample_scores(gold, {})
    assert perfect.referent_pairs > 20
    assert perfect.referent_right == perfect.referent_pairs
    empty = _sample_scores(gold, dict.fromkeys(f"E{i}" for i in range(100)))
    assert empty.referent_right == 0
    assert empty.no_speaker == empty.referent_pairs == perfect.referent_pairs


def test_resolved_files_match_polnear() -> None:
    """Every row of the shipped files points at its source words in its PolNeAR article."""
    if not POLNEAR.exists():
        pytest.skip("../shared/data/polnear is not beside this checkout")
    for path in sorted((ROOT / "bench" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = (POLNEAR / row["split"] / "text" / f"{row['article']}.txt").read_text("utf-8")
            source = row["source"]
            assert text[source["start"]:source["end"]] == source["text"], (path.name, line)
            assert row["kind"] in ("person", "organization", "group", "document", "unknown")


@pytest.fixture(scope="module")
def fair() -> ModuleType:
    """The fair referent match, imported as the scorer imports it."""
    return bench_module("quotes_fair")


ARTICLE = ("Hillary Clinton spoke in Ohio on Monday. Former President Bill Clinton spoke in "
           "Iowa. But Clinton said the plan would work.")


@pytest.mark.parametrize(("speaker", "referent", "article", "right"), [
    ("Donald Trump", "Donald J. Trump", "", True),  # a middle initial missing
    ("D. Trump", "Donald Trump", "", True),  # an initial for the given name
    ("Hillary Rodham Clinton", "Hillary Clinton", "", True),  # a middle name more
    ("Luther Pate", "Luther Stan Pate IV", "", True),  # a suffix left out
    ("Bill Clinton", "Hillary Clinton", "", False),  # another given name: another person
    ("Clinton", "Hillary Clinton", ARTICLE, False),  # a lone surname two people share
    ("Clinton", "Hillary Clinton", "Hillary Clinton spoke. But Clinton said no.", True),
    ("Pate", "Luther Stan Pate IV", "Pate said so.", True),  # nobody else is a Pate
    ("Trump", "Donald Trump", "Ivanka Trump and Donald Trump came.", False),
    ("Hillary Clinton", "Clinton", "Clinton said no.", True),  # the annotators wrote the surname
    ("Hillary Clinton", "Clinton", ARTICLE, False),  # ... which could be Bill
    ("Clinton campaign", "Hillary Clinton", "", False),  # not a person's name
    ("Team Clinton", "Hillary Clinton", "", False),  # a campaign, whatever its last word
    ("Sen. Bernie Sanders", "Bernie Sanders", "", True),  # a title is no given name
])
def test_same_person(fair: ModuleType, speaker: str, referent: str, article: str,
                     right: bool) -> None:
    """A person is right by surname and agreeing given names; a lone surname only when no
    other person of the article has it."""
    surname = fair.split_name(referent)[1]
    namesakes = fair.namesakes_in(article, surname, [referent])
    assert fair.same_person(speaker, referent, namesakes) is right


def test_namesakes_skip_titles_and_sentence_openers(fair: ModuleType) -> None:
    """``Former President`` and a sentence-opening ``But`` are no given names; ``Bill`` is,
    although the article also writes ``a bill``."""
    text = ARTICLE + " The bill passed."
    assert sorted(fair.namesakes_in(text, "clinton", [])) == [["bill"], ["hillary"]]


@pytest.mark.parametrize(("speaker", "referent", "right"), [
    ("officials", "Obama administration officials", True),  # fewer modifiers
    ("Democratic strategists", "some Democratic strategists", True),  # a quantifier dropped
    ("officials in the Obama administration", "Obama administration officials", True),
    ("people", "people who have battled online threats", True),  # a relative clause
    ("Quinnipiac poll", "poll", True),
    ("poll", "survey", False),  # another head noun
    ("voter", "voters", False),  # one is not many
    ("Republican officials", "Democratic officials", False),  # modifiers that disagree
    ("Politicians", "Politicians and even some technologists", True),
])
def test_same_phrase(fair: ModuleType, speaker: str, referent: str, right: bool) -> None:
    """A group or document is right by head noun, the modifiers of one within the other's."""
    assert fair.same_phrase(speaker, referent) is right


@pytest.mark.parametrize(("speaker", "referents", "kind", "strict", "fair_right"), [
    ("Donald Trump", ("Donald J. Trump",), "person", False, True),
    ("officials", ("U.S. officials",), "group", False, True),
    ("Post", ("Washington Post",), "organization", False, False),  # names stay strict
    ("House", ("White House",), "organization", False, False),
    ("Gowdy office", ("Congressman Trey Gowdy’s office",), "organization", False, True),
    ("Clinton campaign", ("Trump campaign",), "organization", False, False),
    (None, ("officials",), "group", False, False),
])
def test_strict_and_fair(gold: ModuleType, speaker: str | None, referents: tuple[str, ...],
                         kind: str, strict: bool, fair_right: bool) -> None:
    """The scorer's two figures: strict equality, and the fair match by kind of source."""
    resolved = gold.Resolved(referents, kind)
    assert gold.referent_right(speaker, resolved) is strict
    assert gold.referent_fair(speaker, resolved, "", list(referents)) is fair_right


def test_parts_keep_the_sample_apart() -> None:
    """``--part EF`` holds no article the sample tuned on; ``CDS`` holds every tuned one."""
    evaluate = bench_module("quotes_eval")
    tuned, unseen = evaluate.in_parts("CDS"), evaluate.in_parts("EF")
    assert not tuned & unseen
    assert len(unseen) == 39
    assert len(tuned) == 47


_CLAUSE_TEXT = 'Police said that the force would increase patrols "in the coming days". Fine.'


@pytest.mark.parametrize(("pred_span", "direct", "set_aside"), [
    # The whole clause around the partial quote: PolNeAR's one attribution, set aside.
    ((17, 70), False, True),
    # The clause's words without the quotation hold no mark: a reported span as any other.
    ((17, 49), False, False),
    # A reported span holding marks but far from the attribution's content stays reported.
    ((72, 77), False, False),
    # The partial quote itself is scored in the direct rows, never set aside.
    ((51, 69), True, False),
])
def test_a_clause_around_a_partial_quote_is_scored_against_its_attribution(
        pred_span: tuple[int, int], direct: bool, set_aside: bool) -> None:
    """A reported clause holding a quotation matches the partial-quote attribution's whole
    content (row ``partial's clause``) and leaves the reported rows; nothing else does."""
    gold = bench_module("quotes_gold")
    tally = bench_module("quotes_tally")
    text = _CLAUSE_TEXT if pred_span != (72, 77) else _CLAUSE_TEXT[:72] + '"Fine'
    golds = [gold.Gold((51, 69), True, [(0, 6)], "Police", "E1", (12, 70))]
    pred = gold.Pred(pred_span, direct, "Police", (0, 6), "Police")
    result = gold.Score()
    aside = tally._clauses_of_partials(text, golds, [pred], result)
    assert (id(pred) in aside) is set_aside
    assert result.matched == int(set_aside)
