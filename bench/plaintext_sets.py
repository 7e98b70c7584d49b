"""The sets ``plaintext_eval.py`` sends as feed items: PolNeAR (train = tune, dev = check) and
CoNLL-2003 (``eng.train`` = tune, ``eng.testa`` = check), each document rebuilt from its tokens,
one line per sentence, with the gold entities of each line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ner_eval import join_tokens, read_documents

__all__ = ["DATA", "Article", "Part", "conll", "parts", "polnear"]

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass
class Article:
    """One input text, with the gold entities of each of its lines (CoNLL only)."""

    name: str
    text: str
    entities_per_line: list[int] = field(default_factory=list)


@dataclass
class Part:
    """A set of articles: its name, whether it is the check part, and the articles."""

    name: str
    check: bool
    articles: list[Article]


def polnear(data: Path, split: str, limit: int | None) -> list[Article]:
    """PolNeAR articles of ``split``, whole files as they are."""
    paths = sorted((data / "polnear" / split / "text").glob("*.txt"))[:limit]
    if not paths:
        raise SystemExit(f"no PolNeAR {split} articles under {data / 'polnear'}: give --data")
    return [Article(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def conll(data: Path, name: str, limit: int | None) -> list[Article]:
    """CoNLL documents as text, one sentence a line, with the gold entities of each line."""
    found = []
    for i, sentences in enumerate(read_documents(data / "conll2003" / name)):
        if limit is not None and i >= limit:
            break
        joined = [join_tokens(s) for s in sentences]
        found.append(Article(f"{name}#{i}", "\n".join(text for text, _ in joined),
                             [len(spans) for _, spans in joined]))
    return found


def parts(limit: int | None, data: Path = DATA) -> list[Part]:
    """The four sets, tuning part before check part."""
    return [
        Part("PolNeAR train", False, polnear(data, "train", limit)),
        Part("PolNeAR dev", True, polnear(data, "dev", limit)),
        Part("CoNLL eng.train", False, conll(data, "eng.train", limit)),
        Part("CoNLL eng.testa", True, conll(data, "eng.testa", limit)),
    ]
