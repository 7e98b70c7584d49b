"""The labelled set of ``bench/language_eval.py``: texts whose declared language they agree with.

How it is built (every source is read from ``../shared/data`` or from installed packages):

- WCXB dev and Zyte pages: the language the page declares (``<html lang>``, else
  ``<meta http-equiv="content-language">``, else ``og:locale``), and the page's hand-made
  main text (``main_content``, ``articleBody``) and title. A page is kept only when its text
  agrees with the declaration: of spaCy's stop-word lists (which neither candidate uses), the
  declared language's must hit the most words. Pages that declare nothing are left out.
- PolNeAR dev articles and CoNLL-2003 ``eng.testa`` documents: English by construction.
- spaCy's example sentences (``spacy.lang.XX.examples``): one short sentence each, in the
  ~55 languages with a two-letter code; the only non-English text most languages have here.

Each item is ``article`` (a body of 200+ characters) or ``short`` (a title or a sentence):
accuracy is printed for both, since a title alone is where identifiers fail.
"""

from __future__ import annotations

import gzip
import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
#: Characters from which a text counts as an article rather than a short text.
ARTICLE_CHARS = 200
_DECLARED = (
    re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE),
    re.compile(r"<meta\b[^>]*http-equiv=[\"']?content-language[\"']?[^>]*content=[\"']?"
               r"([A-Za-z]{2,3})\b", re.IGNORECASE),
    re.compile(r"<meta\b[^>]*property=[\"']og:locale[\"'][^>]*content=[\"']([A-Za-z]{2,3})\b",
               re.IGNORECASE),
)
_WORD = re.compile(r"[^\W\d_]+")
_MIN_STOPWORD_HITS = 5


@dataclass(frozen=True)
class Item:
    """One labelled text."""

    text: str
    language: str
    origin: str  # wcxb, zyte, polnear, conll, spacy-examples
    kind: str  # article | short


def declared_language(html: str) -> str | None:
    """The two-letter language a page declares about itself, if any."""
    head = html[:20_000]
    for pattern in _DECLARED:
        if match := pattern.search(head):
            code = match.group(1).lower()
            return code if len(code) == 2 else None
    return None


def _language_modules(part: str) -> Iterator[tuple[str, object]]:
    """(code, module) of ``spacy.lang.XX.<part>`` for every two-letter language that has it."""
    import spacy.lang

    for module in pkgutil.iter_modules(spacy.lang.__path__):
        if len(module.name) == 2:
            try:
                yield module.name, importlib.import_module(f"spacy.lang.{module.name}.{part}")
            except ImportError:
                continue


@cache
def stop_words() -> dict[str, frozenset[str]]:
    """spaCy's stop-word list of every language that has one, by two-letter code."""
    return {code: frozenset(w.lower() for w in getattr(module, "STOP_WORDS", ()))
            for code, module in _language_modules("stop_words")}


def agrees(text: str, language: str) -> bool:
    """Whether the declared language's stop words hit more of ``text`` than any other list."""
    lists = stop_words()
    if language not in lists:
        return False
    tokens = [w.lower() for w in _WORD.findall(text[:5000])]
    hits = {code: sum(t in words for t in tokens) for code, words in lists.items()}
    best = max(hits.values())
    return hits[language] == best and best >= _MIN_STOPWORD_HITS


def _kind(text: str) -> str:
    return "article" if len(text) >= ARTICLE_CHARS else "short"


def _page_items(origin: str, html: str, body: str, title: str | None,
                rejected: list[str]) -> Iterator[Item]:
    language = declared_language(html)
    if language is None or not body.strip():
        return
    if not agrees(body, language):
        rejected.append(f"{origin}:{language}")
        return
    yield Item(body, language, origin, _kind(body))
    if title and title.strip():
        yield Item(title.strip(), language, origin, "short")


def wcxb(rejected: list[str]) -> Iterator[Item]:
    """WCXB dev pages whose text agrees with their declared language."""
    folder = DATA / "wcxb-dev"
    for truth_path in sorted((folder / "ground-truth").glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))["ground_truth"]
        html_path = folder / "html" / f"{truth_path.stem}.html.gz"
        html = gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace")
        yield from _page_items("wcxb", html, truth.get("main_content") or "", truth.get("title"),
                               rejected)


def zyte(rejected: list[str]) -> Iterator[Item]:
    """Zyte benchmark pages whose text agrees with their declared language."""
    folder = DATA / "zyte-aeb"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key, entry in sorted(truth.items()):
        html_path = folder / "html" / f"{key}.html.gz"
        if not html_path.exists():
            continue
        html = gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace")
        yield from _page_items("zyte", html, entry.get("articleBody") or "", None, rejected)


def polnear() -> Iterator[Item]:
    """PolNeAR dev articles (English news); their first line is the headline."""
    for path in sorted((DATA / "polnear" / "dev" / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        yield Item(text, "en", "polnear", _kind(text))


def conll() -> Iterator[Item]:
    """CoNLL-2003 ``eng.testa`` documents (Reuters), tokens joined by spaces."""
    path = DATA / "conll2003" / "eng.testa"
    docs: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            docs.append([])
        elif line.strip():
            docs[-1].append(line.split(" ")[0])
    for words in docs:
        if words:
            text = " ".join(words)
            yield Item(text, "en", "conll", _kind(text))


def spacy_examples() -> Iterator[Item]:
    """spaCy's example sentences, one item each, for every two-letter language."""
    for code, module in _language_modules("examples"):
        for sentence in getattr(module, "sentences", ()):
            yield Item(sentence, code, "spacy-examples", "short")


def labelled_set(limit: int | None = None) -> tuple[list[Item], list[str]]:
    """Every labelled item (at most ``limit`` per origin), and the pages left out."""
    rejected: list[str] = []
    items: list[Item] = []
    for source in (wcxb(rejected), zyte(rejected), polnear(), conll(), spacy_examples()):
        for count, item in enumerate(source):
            if limit is not None and count >= limit:
                break
            items.append(item)
    return items, rejected
