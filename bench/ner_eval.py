"""Entity-level precision, recall and F1 of raw spaCy NER and of newswire's entities.

Usage: ``python bench/ner_eval.py PATH [PATH ...]`` with CoNLL-2003-format files (token first,
NER tag last, IOB1 or IOB2, blank line between sentences, ``-DOCSTART-`` between documents).

Each document becomes an article: its first sentence the title (CoNLL headlines are in
capitals), the others the body, one sentence a line. spaCy types map onto CoNLL's:
PERSON -> PER; ORG; GPE, LOC, FAC -> LOC; NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE
-> MISC; dates and numbers are not scored. A prediction counts when type and characters match.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from machine import describe
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import DEFAULT_MODEL, load_model

MAPPING = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
    "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")
_NO_SPACE_BEFORE = {",", ".", ":", ";", ")", "?", "!", "%", "'s", "’s", "n't", "'"}
_NO_SPACE_AFTER = {"(", "$"}

Gold = tuple[int, str, int, int, str]  # document, field, start, end, type


@dataclass
class Article:
    """One CoNLL document laid out as title and body text, with its gold entities."""

    title: str = ""
    body: str = ""
    gold: list[tuple[str, int, int, str]] = field(default_factory=list)


def read_documents(path: Path) -> Iterator[list[list[tuple[str, str]]]]:
    """Documents as lists of sentences of (token, tag)."""
    doc: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if cols and cols[0] == "-DOCSTART-":
            if doc or sentence:
                yield [*doc, sentence] if sentence else doc
            doc, sentence = [], []
        elif cols:
            sentence.append((cols[0], cols[-1]))
        elif sentence:
            doc.append(sentence)
            sentence = []
    if sentence:
        doc.append(sentence)
    if doc:
        yield doc


def layout(sentences: list[list[tuple[str, str]]]) -> Article:
    """Detokenise into title and body, keeping every gold entity's character offsets."""
    article = Article()
    parts = [("title", [sentences[0]])] if len(sentences) > 1 else []
    parts.append(("body", sentences[1:] if len(sentences) > 1 else sentences))
    for field_name, group in parts:
        text, spans = _join_lines(group)
        setattr(article, field_name, text)
        article.gold += [(field_name, s, e, t) for s, e, t in spans]
    return article


def _join_lines(sentences: list[list[tuple[str, str]]]) -> tuple[str, list[tuple[int, int, str]]]:
    text, spans = "", []
    for sentence in sentences:
        if text:
            text += "\n"
        line_start = len(text)
        line, line_spans = join_tokens(sentence)
        text += line
        spans += [(line_start + s, line_start + e, t) for s, e, t in line_spans]
    return text, spans


def join_tokens(tokens: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    """One sentence as text, with (start, end, type) of its gold entities (IOB1 or IOB2)."""
    text, spans, open_quote = "", [], False
    current: list[int | str] | None = None  # [start, end, type] of the entity being read
    previous = "O"
    for token, tag in tokens:
        glue = not text or token in _NO_SPACE_BEFORE or text[-1:] in _NO_SPACE_AFTER
        if token == '"':
            glue, open_quote = not text or open_quote, not open_quote
        elif text.endswith('"') and open_quote:
            glue = True
        text += ("" if glue else " ") + token
        start, end = len(text) - len(token), len(text)
        kind = tag[2:] if tag != "O" else None
        begins = kind and (tag.startswith("B-") or previous == "O" or previous[2:] != kind)
        if current and (kind is None or begins):
            spans.append((int(current[0]), int(current[1]), str(current[2])))
            current = None
        if kind and begins:
            current = [start, end, kind]
        elif kind and current:
            current[1] = end
        previous = tag
    if current:
        spans.append((int(current[0]), int(current[1]), str(current[2])))
    return text, spans


def raw_predictions(title: Doc, body: Doc) -> set[tuple[str, int, int, str]]:
    """spaCy's own entities, mapped."""
    return {(f, e.start_char, e.end_char, MAPPING[e.label_])
            for f, d in (("title", title), ("body", body)) for e in d.ents if e.label_ in MAPPING}


def our_predictions(title: Doc, body: Doc) -> set[tuple[str, int, int, str]]:
    """newswire's entity mentions, mapped."""
    return {(m.field, m.start, m.end, MAPPING[e.type])
            for e in extract_entities(title, body) for m in e.mentions}


def score(gold: Iterable[Gold], predicted: Iterable[Gold]) -> dict[str, tuple[float, float, float]]:
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


def evaluate(nlp: Language, paths: list[Path]) -> tuple[Counter[str], list[Gold], list[Gold],
                                                       list[Gold]]:
    """Gold, raw and newswire predictions over every document of ``paths``."""
    stats: Counter[str] = Counter()
    gold: list[Gold] = []
    raw: list[Gold] = []
    ours: list[Gold] = []
    articles = [layout(d) for path in paths for d in read_documents(path)]
    docs = iter(nlp.pipe([t for a in articles for t in (a.title, a.body)]))
    for i, article in enumerate(articles):
        title, body = next(docs), next(docs)
        stats["documents"] += 1
        gold += [(i, *g) for g in article.gold]
        raw += [(i, *p) for p in raw_predictions(title, body)]
        ours += [(i, *p) for p in our_predictions(title, body)]
    return stats, gold, raw, ours


def main() -> None:
    """Print the scores of raw NER and of newswire side by side."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    nlp = load_model()
    stats, gold, raw, ours = evaluate(nlp, args.paths)
    print(f"{describe()} | model {DEFAULT_MODEL}")
    print(f"files: {' '.join(map(str, args.paths))} | documents {stats['documents']} "
          f"| gold entities {len(gold)}")
    raw_scores, our_scores = score(gold, raw), score(gold, ours)
    print(f"{'':6}{'raw spaCy NER':>24}    {'newswire entities':>24}")
    print(f"{'type':6}{'P':>8}{'R':>8}{'F1':>8}    {'P':>8}{'R':>8}{'F1':>8}   gold")
    for kind in (*TYPES, "ALL"):
        n = sum(1 for g in gold if kind in ("ALL", g[4]))
        cells = "".join(f"{v:8.3f}" for v in raw_scores[kind])
        ours_cells = "".join(f"{v:8.3f}" for v in our_scores[kind])
        print(f"{kind:6}{cells}    {ours_cells}   {n}")


if __name__ == "__main__":
    main()
