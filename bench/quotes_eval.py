"""Evaluate quote extraction on PolNeAR (train split) and time it against spaCy.

Usage: ``python bench/quotes_eval.py [--limit N] [--data DIR]``

What is compared
  Each article's first line is the title, the rest the body (offsets are mapped back to the
  file).  One annotation file per article is used (the first by name, when several annotators
  did it).  A gold attribution is **speech** when a word of its cue has a lemma (from our own
  parse of the article) in ``GOLD_SPEECH`` below, a list of verbs and nouns of saying kept
  separate from the extractor's lexicon, or its cue is ``according to``; or when its content
  holds quotation marks and no cue word is a verb of thinking, wanting or perceiving
  (``NOT_SPEECH``: a quotation is taken as speech unless its cue says otherwise, so ``barked``,
  ``confessed``, ``:`` count).  Beliefs, intentions and perceptions (``hopes``, ``thinks``,
  ``wants``, ``plans``, ``shows``, ``found``) are therefore left out, with their contents.
  A speech attribution is **direct/partial** when its content holds a double quotation mark
  (or an opening single one, as headlines quote); its gold span is then the text between the
  first and the last mark of the content (the quoted words).  Otherwise it is **indirect**
  and its gold span is the whole content.
  Predicted parts of one split quote (same ``group_id``) are joined before comparing.
  Predicted direct, partial and headline quotes are scored against gold direct/partial;
  predicted indirect ones against gold indirect.

Matching
  A prediction matches a gold span when they share at least 30% of the characters of the
  longer of the two; matching is one-to-one, greedy by overlap.  *Exact* means equal after
  trimming spaces and punctuation at both ends.  The speaker of a matched pair is right when
  the predicted speaker mention overlaps the annotated source, or a name word of the
  predicted speaker (or mention) occurs in the annotated source (``Jens Stoltenberg`` vs
  ``Stoltenberg``).  Pairs whose gold has no source are not counted for speakers.

Speed
  spaCy time is ``nlp.pipe([title, body])`` per article with the pipeline's components;
  quote time is ``extract_quotes`` on the resulting docs (entities computed outside the timer).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from newswire.models import Quote
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import COMPONENTS, Pipeline
from newswire.nlp.quotes.extract import extract_quotes

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"
_GOLD_SPEECH_WORDS = """
    say tell write add ask tweet note report announce argue claim explain declare acknowledge
    recall respond reply warn insist promise pledge vow state urge suggest describe call accuse
    criticize criticise praise deny confirm admit concede predict stress emphasize reiterate
    testify charge allege complain joke boast observe remark comment reveal disclose assure
    counter retort quip quote speak statement interview remark speech tweet post announcement
    blast slam mock dismiss label brand question respond proclaim boast recount
"""
GOLD_SPEECH = frozenset(_GOLD_SPEECH_WORDS.split())
_NOT_SPEECH_WORDS = """
    think believe hope want feel know see show find wish fear expect plan intend seem appear
    consider worry doubt suspect assume realize realise understand decide imagine view regard
    like love hate prefer need seek try look sound reflect indicate prove
    """
NOT_SPEECH = frozenset(_NOT_SPEECH_WORDS.split())
QUOTE_MARKS = "\"“”"
_TRIM = " \t\n.,;:!?\"'“”‘’()—–-"
_PRONOUNS = frozenset(
    ("he", "she", "they", "him", "her", "them", "his", "their", "i", "we", "you", "it", "this",
     "that", "the", "a", "an", "of"))
Range = tuple[int, int]


@dataclass
class Gold:
    span: Range
    direct: bool
    source: list[Range]
    source_text: str


@dataclass
class Pred:
    span: Range
    direct: bool
    speaker: str | None
    mention: Range | None
    mention_text: str


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    speaker_pairs: int = 0
    speaker_right: int = 0
    pairs: list[tuple[Pred, Gold]] = field(default_factory=list)


def parse_ann(path: Path) -> list[tuple[list[Range], list[Range], list[Range]]]:
    """(content, cue, source) ranges of every attribution in a brat file."""
    spans: dict[str, list[Range]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind_and_ranges = parts[1].split(" ", 1)
            if len(kind_and_ranges) == 2:
                spans[parts[0]] = [
                    (int(a), int(b)) for a, b in
                    (r.split() for r in kind_and_ranges[1].split(";") if len(r.split()) == 2)
                ]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
    out = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""), [])
        if content:
            cue = spans.get(rel.get("Cue", ""), [])
            out.append((content, cue, spans.get(rel.get("Source", ""), [])))
    return out


def gold_of(text: str, doc_tokens: Sequence[tuple[int, int, str]],
            ann: Iterable[tuple[list[Range], list[Range], list[Range]]]) -> list[Gold]:
    """The speech attributions of an article, as :class:`Gold` spans."""
    golds = []
    for content, cue, source in ann:
        if not _is_speech(text, content, cue, doc_tokens):
            continue
        lo, hi = min(s for s, _ in content), max(e for _, e in content)
        marks = _quote_marks(text, lo, hi)
        direct = bool(marks)
        span = (marks[0] + 1, marks[-1] if len(marks) > 1 else hi) if direct else (lo, hi)
        source_text = " ".join(text[s:e] for s, e in source)
        golds.append(Gold(_trim(text, span), direct, source, source_text))
    return golds


def _quote_marks(text: str, lo: int, hi: int) -> list[int]:
    doubles = [i for i in range(lo, hi) if text[i] in QUOTE_MARKS]
    if doubles:
        return doubles
    first = text.find("‘", lo, hi)
    last = text.rfind("’", first + 1, hi) if first >= 0 else -1
    return [first, last] if last > first else ([first] if first >= 0 else [])


def _is_speech(text: str, content: list[Range], cue: list[Range],
               doc_tokens: Sequence[tuple[int, int, str]]) -> bool:
    cue_text = " ".join(text[s:e] for s, e in cue).lower()
    if "according to" in cue_text:
        return True
    lemmas = {lemma for s, _, lemma in doc_tokens if any(cs <= s < ce for cs, ce in cue)}
    if lemmas & GOLD_SPEECH:
        return True
    lo, hi = min(s for s, _ in content), max(e for _, e in content)
    return bool(_quote_marks(text, lo, hi)) and not lemmas & NOT_SPEECH


def preds_of(quotes: Sequence[Quote], body_offset: int) -> list[Pred]:
    """Predictions with file offsets, split quotes joined by group id."""
    groups: dict[str, list[Quote]] = {}
    for q in quotes:
        groups.setdefault(q.group_id or q.quote_id, []).append(q)
    preds = []
    for parts in groups.values():
        shift = 0 if parts[0].field == "title" else body_offset
        first = parts[0]
        m = first.speaker_mention
        preds.append(Pred(
            span=(min(p.start for p in parts) + shift, max(p.end for p in parts) + shift),
            direct=first.kind != "indirect",
            speaker=next((p.speaker for p in parts if p.speaker), None),
            mention=(m.start + shift, m.end + shift) if m else None,
            mention_text=m.text if m else "",
        ))
    return preds


def score(text: str, golds: list[Gold], preds: list[Pred], result: Score) -> None:
    """Add one article's one-to-one matches to ``result``."""
    result.gold += len(golds)
    result.pred += len(preds)
    candidates = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            ratio = _overlap(p.span, g.span) / max(p.span[1] - p.span[0], g.span[1] - g.span[0], 1)
            if ratio >= 0.3:
                candidates.append((ratio, pi, gi))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, pi, gi in sorted(candidates, reverse=True):
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        p, g = preds[pi], golds[gi]
        result.matched += 1
        result.exact += _trim(text, p.span) == _trim(text, g.span)
        result.pairs.append((p, g))
        if g.source:
            result.speaker_pairs += 1
            result.speaker_right += _speaker_right(p, g)


def _speaker_right(p: Pred, g: Gold) -> bool:
    if p.mention and any(_overlap(p.mention, s) for s in g.source):
        return True
    gold_words = _name_words(g.source_text)
    return bool(gold_words & (_name_words(p.speaker or "") | _name_words(p.mention_text)))


def _name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _PRONOUNS}


def _overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _trim(text: str, span: Range) -> Range:
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def articles(data: Path, limit: int | None) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs of the train split, one annotator per article."""
    texts = sorted((data / "train" / "text").glob("*.txt"))
    anns = sorted((data / "train" / "attributions").glob("*.ann"))
    by_stem: dict[str, Path] = {}
    for ann in anns:
        by_stem.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    pairs = [(t, by_stem[t.stem]) for t in texts if t.stem in by_stem]
    return pairs[:limit] if limit else pairs


def run(data: Path, limit: int | None) -> None:
    pipeline = Pipeline()
    nlp = pipeline.nlp
    direct, indirect = Score(), Score()
    nlp_time = quote_time = 0.0
    words = n_articles = 0
    for text_path, ann_path in articles(data, limit):
        text = text_path.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        t0 = time.perf_counter()
        title_doc, body_doc = nlp.pipe([title, body])
        t1 = time.perf_counter()
        entities = extract_entities(title_doc, body_doc)
        t2 = time.perf_counter()
        quotes = extract_quotes(title_doc, body_doc, entities)
        t3 = time.perf_counter()
        nlp_time += t1 - t0
        quote_time += t3 - t2
        words += len(title_doc) + len(body_doc)
        n_articles += 1
        golds = gold_of(text, _lemmas(title_doc, body_doc, len(title) + 1), parse_ann(ann_path))
        preds = preds_of(quotes, len(title) + 1)
        for wanted, result in ((True, direct), (False, indirect)):
            score(text, [g for g in golds if g.direct is wanted],
                  [p for p in preds if p.direct is wanted], result)
    report(direct, indirect, n_articles, words, nlp_time, quote_time)


def _lemmas(title_doc: Doc, body_doc: Doc, offset: int) -> list[tuple[int, int, str]]:
    out = [(t.idx, t.idx + len(t), t.lemma_.lower()) for t in title_doc]
    out += [(t.idx + offset, t.idx + offset + len(t), t.lemma_.lower()) for t in body_doc]
    return out


def report(direct: Score, indirect: Score, n: int, words: int, nlp_time: float,
           quote_time: float) -> None:
    print(f"PolNeAR train: {n} articles, {words} tokens")
    print("selection: speech cues only (see docstring); direct/partial = content with quote marks")
    for name, s in (("direct/partial", direct), ("indirect", indirect)):
        p = s.matched / s.pred if s.pred else 0.0
        r = s.matched / s.gold if s.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        ep = s.exact / s.pred if s.pred else 0.0
        er = s.exact / s.gold if s.gold else 0.0
        ef = 2 * ep * er / (ep + er) if ep + er else 0.0
        spk = s.speaker_right / s.speaker_pairs if s.speaker_pairs else 0.0
        print(f"{name:>15}: gold {s.gold:5d}  pred {s.pred:5d}  matched {s.matched:5d}  "
              f"P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  | exact P {ep:.3f} R {er:.3f} F1 {ef:.3f}")
        print(f"{'':>15}  right speaker {spk:.3f} of {s.speaker_pairs} matched with a source")
    per_article = 1000 / max(n, 1)
    print(f"speed: spaCy {nlp_time * per_article:.1f} ms/article "
          f"({words / nlp_time:.0f} tokens/s), "
          f"quotes {quote_time * per_article:.1f} ms/article "
          f"= {100 * quote_time / nlp_time:.1f}% of spaCy time")
    print(f"spaCy components: {', '.join(COMPONENTS)}")
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR folder")
    args = parser.parse_args()
    run(args.data, args.limit)


if __name__ == "__main__":
    main()
