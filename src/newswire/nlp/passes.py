"""How much of an article spaCy analyses, and in which passes.

A title or body is cut at :data:`MAX_NLP_CHARS` characters, then at ``max_tokens`` tokens
(:func:`within_tokens`); the rest stays in the published text unanalysed. The texts of a
batch go to spaCy in consecutive groups of at most :data:`SPACY_BATCH_CHARS` characters
(:func:`batches_by_chars`, :func:`analyse`). Both bound a worker's memory, which grows with
the text in one pass.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import spacy
from spacy.language import Language

from newswire.nlp.doc_texts import keep_text

__all__ = [
    "MAX_NLP_CHARS", "MAX_NLP_TOKENS", "SPACY_BATCH_CHARS", "Text", "analyse",
    "batches_by_chars", "within_tokens",
]

#: Characters of a title or body that spaCy analyses; the rest of a longer body is kept in
#: ``body`` but has no entities or quotes. Analysing text takes about 2 kB of memory per
#: character at peak, so this bounds a worker's memory (a 2 MB text needed 4.4 GB).
MAX_NLP_CHARS = 100_000
#: Tokens of a title or body that spaCy analyses (``NEWSWIRE_MAX_NLP_TOKENS``): its memory
#: follows tokens, not characters, and 100,000 characters of prose are about 21,000 tokens
#: but of short lines or table cells 37,000-40,000 (which peaked at 1.05-1.12 GB).
MAX_NLP_TOKENS = 25_000
#: Characters spaCy analyses at once: many short texts share a pass, long ones go alone (a
#: worker's peak memory grows with the characters in one pass). On the throughput mix, 20,000
#: peaks 76 MB lower than 50,000 for the same CPU time and the same events; 10,000 no lower.
SPACY_BATCH_CHARS = 20_000
#: What spaCy is handed: a text, or its tokens with sentence starts already set.
Text = str | spacy.tokens.Doc


def batches_by_chars(texts: Sequence[Text], budget: int) -> Iterator[list[Text]]:
    """Consecutive groups of ``texts`` of at most ``budget`` characters (a longer text alone)."""
    group: list[Text] = []
    size = 0
    for text in texts:
        chars = len(text.text) if isinstance(text, spacy.tokens.Doc) else len(text)
        if group and size + chars > budget:
            yield group
            group, size = [], 0
        group.append(text)
        size += chars
    if group:
        yield group


def within_tokens(nlp: Language, text: str, budget: int) -> str:
    """The start of ``text`` that holds at most ``budget`` of its tokens (all of it when it
    has no more): what spaCy analyses of it, the rest being kept in the body unanalysed, as
    past :data:`MAX_NLP_CHARS`. A token has at least one character, so only text longer than
    the budget is tokenized (spaCy's tokenizer alone: 100,000 characters in about 10 ms)."""
    if len(text) <= budget:
        return text
    tokens = nlp.tokenizer(text)
    return text if len(tokens) <= budget else text[:tokens[budget].idx]


def analyse(nlp: Language, texts: Sequence[Text]) -> Iterator[spacy.tokens.Doc]:
    """The docs of ``texts`` in order, in passes of at most :data:`SPACY_BATCH_CHARS`."""
    for group in batches_by_chars(texts, SPACY_BATCH_CHARS):
        docs = nlp.pipe(group, batch_size=len(group))
        # Each string read is kept with its doc: no later stage joins the words again.
        yield from (keep_text(doc, text) if isinstance(text, str) else doc
                    for text, doc in zip(group, docs, strict=True))
