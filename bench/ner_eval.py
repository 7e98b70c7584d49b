"""Entity-level P/R/F1 of raw spaCy NER and of newswire's entities, on CoNLL-2003 files.

Usage::

    python bench/ner_eval.py                    # CoNLL eng.train (tuning) and eng.testa (check)
    python bench/ner_eval.py --limit 40         # the first 40 documents of each split
    python bench/ner_eval.py tests/data/ner_sample.conll tests/data/ner_heldout.conll

Files are CoNLL-2003 format (token first, NER tag last, IOB1 or IOB2, a blank line between
sentences, ``-DOCSTART-`` between documents). ``eng.testb`` and CoNLL++ are never read.

How a document becomes an article: its tokens are joined as :mod:`conll_files` says, one
line per sentence, the headline first. That text is the ``text`` of a :class:`RawArticle`
(no title), sent through :meth:`Pipeline.enrich_batch` as a plain-text body arrives:
boilerplate cleaner, model, entities. Each gold sentence is then found, line by line, in the
article's title or body; a gold entity on a line the cleaner removed counts as missed, in
every column.

Columns, all on the same article text: raw spaCy (the model's ``doc.ents``), newswire's
entity post-processing without re-casing (``extract_entities`` on plain docs, with the
article's dateline), and newswire as published (re-casing included). The published column
follows the pipeline's language routing: a document identified as another language or
``und`` (results tables) gets no entities there, unless ``--language en`` claims English as
a producer may; the report counts the languages. spaCy types map onto CoNLL's: PERSON ->
PER; ORG -> ORG; GPE, LOC, FAC -> LOC; NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE ->
MISC; dates and numbers are not scored. A prediction counts when its type and characters
match exactly.

``--baseline-src DIR`` adds the newswire found in ``DIR`` (e.g. ``git archive`` of main's
``src``) as a column, run in its own process on the same texts. spaCy's docs are cached on
disk by model and text (``--cache``, :mod:`doc_cache`): a second run reads them back,
its output identical; ``--no-cache`` computes every doc.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

from conll_files import Document, Sentence, join_tokens, layout, read_documents
from doc_cache import install
from machine import describe
from newswire.models import Boilerplate, EnrichedArticle, Field_, RawArticle
from newswire.nlp import prepare as prepare_module
from newswire.nlp.boilerplate.clean import Cleaned, clean_text
from newswire.nlp.entities.extract import Context, extract_entities
from newswire.nlp.entities.spans.recase import caps_runs
from newswire.nlp.pipeline import DEFAULT_MODEL, Pipeline

__all__ = ["evaluate", "join_tokens", "keep_every_line", "read_documents", "report", "score"]

MAPPING = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
    "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")
COLUMNS = ("raw spaCy", "newswire, no recasing", "newswire")
BASELINE = "baseline newswire"
CACHE = Path(tempfile.gettempdir()) / "newswire-bench" / "spacy_docs.sqlite"
CONLL = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "conll2003"
CLEANERS = {"pipeline": "the pipeline's plain-text cleaner", "none": "none, every line kept"}
SPLITS = {"train (tuning)": CONLL / "eng.train", "testa (check)": CONLL / "eng.testa"}
Found = tuple[int, str, int, int, str]  # document, field, start, end, CoNLL type


@dataclass
class Scored:
    """Gold and every column's predictions over a set of documents."""

    documents: int = 0
    gold: list[Found] = field(default_factory=list)
    columns: dict[str, list[Found]] = field(default_factory=lambda: {c: [] for c in COLUMNS})
    lost_lines: int = 0
    lost_gold: int = 0
    caps: dict[tuple[int, str], list[tuple[int, int]]] = field(default_factory=dict)
    languages: Counter[str] = field(default_factory=Counter)

    def in_caps(self, found: Iterable[Found]) -> list[Found]:
        """The entities that lie in text written in capitals (headlines, datelines)."""
        return [x for x in found if any(s <= x[2] and x[3] <= e
                                        for s, e in self.caps.get((x[0], x[1]), []))]


def gold_in(article: EnrichedArticle, document: Document) -> tuple[list[tuple[Field_, int, int,
                                                                                str]], int, int]:
    """Gold spans placed in the article's title or body; and lines and entities not found."""
    placed: list[tuple[Field_, int, int, str]] = []
    cursors: dict[Field_, int] = {"title": 0, "body": 0}
    lost_lines = lost_gold = 0
    for line, spans in document.lines:
        where = _find_line(article, line, cursors)
        if where is None:
            lost_lines += 1
            lost_gold += len(spans)
            continue
        field_name, offset = where
        cursors[field_name] = offset + len(line)
        placed += [(field_name, offset + s, offset + e, t) for s, e, t in spans]
    return placed, lost_lines, lost_gold


def _find_line(article: EnrichedArticle, line: str,
               cursors: dict[Field_, int]) -> tuple[Field_, int] | None:
    for field_name in ("title", "body"):
        text: str = getattr(article, field_name)
        at = text.find(line, cursors[field_name])
        if at >= 0:
            return field_name, at
    return None


def mapped(found: Iterable[tuple[Field_, int, int, str]]) -> set[tuple[Field_, int, int, str]]:
    """Predictions whose spaCy type maps onto a CoNLL type, mapped."""
    return {(f, s, e, MAPPING[t]) for f, s, e, t in found if t in MAPPING}


def evaluate(pipeline: Pipeline, documents: Sequence[list[Sentence]], batch: int = 16,
             language: str | None = None) -> Scored:
    """Gold and the three columns' predictions over ``documents`` (``language``: the
    language the articles claim, none by default)."""
    scored = Scored()
    laid = [layout(d) for d in documents]
    for first in range(0, len(laid), batch):
        group = laid[first:first + batch]
        raws = [RawArticle(id=f"doc-{first + i}", text=d.text, language=language)
                for i, d in enumerate(group)]
        for i, (document, result) in enumerate(
                zip(group, pipeline.enrich_batch(raws), strict=True)):
            if isinstance(result, EnrichedArticle):
                _score_one(pipeline, scored, first + i, document, result)
    return scored


def _score_one(pipeline: Pipeline, scored: Scored, number: int, document: Document,
               article: EnrichedArticle) -> None:
    scored.documents += 1
    scored.languages[article.language or "?"] += 1
    gold, lost_lines, lost_gold = gold_in(article, document)
    scored.lost_lines += lost_lines
    scored.lost_gold += lost_gold
    scored.gold += [(number, f, s, e, t) for f, s, e, t in gold]
    for name in ("title", "body"):
        scored.caps[(number, name)] = caps_runs(getattr(article, name))
    title_doc, body_doc = pipeline.nlp(article.title), pipeline.nlp(article.body)
    raw = [("title" if d is title_doc else "body", e.start_char, e.end_char, e.label_)
           for d in (title_doc, body_doc) for e in d.ents]
    plain = [(m.field, m.start, m.end, e.type)
             for e in extract_entities(title_doc, body_doc, Context(dateline=article.dateline))
             for m in e.mentions]
    ours = [(m.field, m.start, m.end, e.type) for e in article.entities for m in e.mentions]
    for column, found in zip(COLUMNS, (raw, plain, ours), strict=True):
        scored.columns[column] += [(number, *p) for p in mapped(found)]


def score(gold: Iterable[Found], predicted: Iterable[Found]) -> dict[str, tuple[float, float,
                                                                               float]]:
    """P, R, F1 per type and for ``ALL``."""
    gold_set, pred_set = set(gold), set(predicted)
    result = {}
    for kind in (*TYPES, "ALL"):
        g = {x for x in gold_set if kind in ("ALL", x[4])}
        p = {x for x in pred_set if kind in ("ALL", x[4])}
        hits = len(g & p)
        precision = hits / len(p) if p else 0.0
        recall = hits / len(g) if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
        result[kind] = (precision, recall, f1)
    return result


def report(name: str, scored: Scored) -> None:
    """One table: per type, P/R/F1 of each column and the gold count (kept lines)."""
    print(f"\n{name}: {scored.documents} documents | gold entities {len(scored.gold)} on kept "
          f"lines | lines the cleaner removed: {scored.lost_lines}, holding {scored.lost_gold} "
          "gold entities")
    if set(scored.languages) != {"en"}:
        print(f"languages the pipeline identified: {dict(scored.languages.most_common())} "
              "(newswire's column has no entities for a document not in English)")
    columns = list(scored.columns)
    print(f"{'':6}" + "".join(f"{c:>26}" for c in columns))
    print(f"{'type':6}" + f"{'P':>10}{'R':>8}{'F1':>8}" * len(columns) + "    gold")
    tables = {c: score(scored.gold, scored.columns[c]) for c in columns}
    for kind in (*TYPES, "ALL"):
        n = sum(1 for g in scored.gold if kind in ("ALL", g[4]))
        cells = "".join(f"{p:10.3f}{r:8.3f}{f:8.3f}" for p, r, f in
                        (tables[c][kind] for c in columns))
        print(f"{kind:6}{cells}    {n}")
    caps_gold = scored.in_caps(scored.gold)
    cells = "".join(f"{p:10.3f}{r:8.3f}{f:8.3f}" for p, r, f in
                    (score(caps_gold, scored.in_caps(scored.columns[c]))["ALL"]
                     for c in columns))
    print(f"{'CAPS':6}{cells}    {len(caps_gold)}  (ALL, in text written in capitals)")
    if scored.lost_gold:
        lost = [(-1, "lost", i, i, "?") for i in range(scored.lost_gold)]
        cells = "".join(f"{'':18}{score(scored.gold + lost, scored.columns[c])['ALL'][2]:8.3f}"
                        for c in columns)
        print(f"{'ALL+':6}{cells}    {len(scored.gold) + len(lost)}  (removed lines' "
              "entities counted as missed)")


def keep_every_line(title: str, text: str, learned: AbstractSet[str] = frozenset()) -> Cleaned:
    """A cleaner that removes nothing: what entities get once no article line is lost."""
    del learned
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Cleaned(title.strip(), "\n".join(lines), Boilerplate())


def baseline(src: Path, argv: list[str]) -> dict[str, list[Found]]:
    """The newswire column of the tree ``src`` (its own process, same arguments), by run."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "found.json"
        subprocess.run([sys.executable, __file__, *argv, "--dump", str(out)],
                       env={**os.environ, "PYTHONPATH": str(src)}, check=True,
                       stdout=subprocess.DEVNULL)
        return {run: [(d, f, s, e, t) for d, f, s, e, t in found]
                for run, found in json.loads(out.read_text(encoding="utf-8")).items()}


def main() -> None:
    """Print the scores of every column, per split or per given file, per cleaner."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path,
                        help="CoNLL files (default: eng.train and eng.testa)")
    parser.add_argument("--limit", type=int, default=0, help="documents per file (0: all)")
    parser.add_argument("--cleaner", choices=("pipeline", "none", "both"), default="both",
                        help="the pipeline's plain-text cleaner, none (every line kept), or both")
    parser.add_argument("--language", default=None,
                        help="the language every article claims (RawArticle.language; default "
                             "none: the pipeline identifies it)")
    parser.add_argument("--baseline-src", type=Path, default=None,
                        help="another newswire source tree, as a column (e.g. main's src)")
    parser.add_argument("--cache", type=Path, default=CACHE, help="spaCy docs cached here")
    parser.add_argument("--no-cache", action="store_true", help="compute every doc")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the baseline's child
    args = parser.parse_args()
    if not args.no_cache:
        install(args.cache)
    argv = [a for a in sys.argv[1:] if a != "--baseline-src" and a != str(args.baseline_src)]
    base = baseline(args.baseline_src.resolve(), argv) if args.baseline_src else {}
    named = {str(p): p for p in args.paths} or SPLITS
    pipeline = Pipeline()
    print(f"{describe()} | model {DEFAULT_MODEL} | language claimed: {args.language or 'none'}")
    print("mapping: PERSON->PER; ORG->ORG; GPE, LOC, FAC->LOC; NORP, EVENT, PRODUCT, "
          "WORK_OF_ART, LAW, LANGUAGE->MISC")
    if args.baseline_src:
        print(f"baseline: the newswire of {args.baseline_src}")
    cleaners = {"pipeline": clean_text, "none": keep_every_line}
    dumped: dict[str, list[Found]] = {}
    for mode in ("pipeline", "none") if args.cleaner == "both" else (args.cleaner,):
        prepare_module.clean_text = cleaners[mode]  # type: ignore[assignment]
        print(f"\n=== cleaner: {CLEANERS[mode]}")
        for name, path in named.items():
            documents = list(read_documents(path))
            if args.limit:
                documents = documents[:args.limit]
            scored = evaluate(pipeline, documents, language=args.language)
            dumped[f"{mode} {name}"] = scored.columns["newswire"]
            if args.baseline_src:
                scored.columns[BASELINE] = base[f"{mode} {name}"]
            report(name, scored)
    if args.dump:
        args.dump.write_text(json.dumps(dumped), encoding="utf-8")


if __name__ == "__main__":
    main()
