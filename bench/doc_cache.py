"""A disk cache of spaCy docs for benchmarks that read the same texts run after run.

``install(path)`` makes every ``Language.__call__`` and ``Language.pipe`` of the process
look a text up first (keyed by the model's name, version and components, and the text) and
store what it computes, serialised with ``Doc.to_bytes``: a doc read back is the doc the
model made, so a bench's output is identical with or without the cache; only its time
changes. A benchmark's own code never sees the cache (it is a patch of spaCy's class, set
up by the bench's ``main``), and newswire's code is not touched.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["install"]


class _Store:
    """Docs by key in one SQLite file, written in batches."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path))
        self.db.execute("CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, doc BLOB)")
        self.pending = 0

    def get(self, key: str) -> bytes | None:
        row = self.db.execute("SELECT doc FROM docs WHERE key = ?", (key,)).fetchone()
        return None if row is None else bytes(row[0])

    def put(self, key: str, doc: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?)", (key, doc))
        self.pending += 1
        if self.pending >= 200:
            self.flush()

    def flush(self) -> None:
        self.db.commit()
        self.pending = 0


def _key(model: Language, text: str) -> str:
    meta = model.meta
    named = (f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
             f"|{','.join(model.pipe_names)}")
    return hashlib.sha256(f"{named}\n{text}".encode()).hexdigest()


def install(path: Path) -> Callable[[], None]:
    """Cache every doc the process's spaCy models make in the SQLite file ``path``; the
    function returned puts spaCy back as it was."""
    store = _Store(path)
    call, pipe = Language.__call__, Language.pipe

    def cached_call(self: Language, text: Any, **kwargs: Any) -> Doc:
        if not isinstance(text, str) or kwargs:
            return call(self, text, **kwargs)
        key = _key(self, text)
        found = store.get(key)
        if found is not None:
            return Doc(self.vocab).from_bytes(found)
        doc = call(self, text)
        store.put(key, doc.to_bytes())
        return doc

    def cached_pipe(self: Language, texts: Iterable[Any], **kwargs: Any) -> Iterator[Doc]:
        if kwargs.get("as_tuples"):
            yield from pipe(self, texts, **kwargs)
            return
        given = list(texts)
        if not all(isinstance(t, str) for t in given):
            yield from pipe(self, given, **kwargs)
            return
        keys = [_key(self, t) for t in given]
        found = [store.get(k) for k in keys]
        missing = [t for t, f in zip(given, found, strict=True) if f is None]
        made = iter(pipe(self, missing, **kwargs)) if missing else iter(())
        for key, stored in zip(keys, found, strict=True):
            if stored is not None:
                yield Doc(self.vocab).from_bytes(stored)
            else:
                doc = next(made)
                store.put(key, doc.to_bytes())
                yield doc
        store.flush()

    def uninstall() -> None:
        Language.__call__ = call  # type: ignore[method-assign]
        Language.pipe = pipe  # type: ignore[method-assign]
        store.flush()
        store.db.close()

    Language.__call__ = cached_call  # type: ignore[method-assign]
    Language.pipe = cached_pipe  # type: ignore[assignment, method-assign]
    return uninstall
