"""Where an article's CPU goes: each stage of ``Pipeline.enrich_batch``, then each spaCy
component, over the throughput bench's mix, in one process (no profiler, no broker).

The pipeline's stages are wrapped with ``process_time`` timers (preparation, language,
the spaCy pass, re-casing, entities, quotes); the spaCy pass runs eagerly so its time is
its own. Then the texts spaCy read are run again one component at a time, in the
pipeline's groups of characters. Run it with two trees' interpreters at the same time to
compare them (the timers add well under 1% of the time).

Usage: ``python bench/pipeline_stages.py [--articles N]``
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import wraps
from typing import Any

import spacy

import newswire.nlp.entities.spans.recase as recase_module
import newswire.nlp.passes as passes
import newswire.nlp.pipeline as pipeline_module
import newswire.nlp.prepare as prepare_module
from newswire.nlp.passes import Text
from newswire.settings import Settings
from throughput import build_corpus

SPENT: Counter[str] = Counter()
READ: list[Text] = []


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function``, adding its CPU time to ``SPENT[name]``."""
    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - started
    return wrapper


def install_timers() -> None:
    """Wrap the stages where the pipeline looks them up."""
    pipe = pipeline_module.Pipeline
    pipe._prepare = staticmethod(timed("prepare", pipe._prepare))  # type: ignore[method-assign]
    pipe._route = timed("language", pipe._route)  # type: ignore[method-assign]
    pipe._assemble = timed("assemble", pipe._assemble)  # type: ignore[method-assign]
    pipeline_module.read_capitals = timed("re-casing", pipeline_module.read_capitals)
    recase_module.written_forms = timed("  written forms", recase_module.written_forms)
    recase_module.find_in_caps = timed("  second NER pass", recase_module.find_in_caps)
    pipeline_module.extract_entities = timed("entities", pipeline_module.extract_entities)
    pipeline_module.extract_quotes = timed("quotes", pipeline_module.extract_quotes)
    prepare_module.clean_html = timed("  clean_html", prepare_module.clean_html)
    prepare_module.clean_text = timed("  clean_text", prepare_module.clean_text)
    spacy_pass = pipeline_module.analyse

    def eager(nlp: spacy.language.Language, texts: Sequence[Text]) -> Iterator[Any]:
        # A datelined body comes as a Doc that this pass annotates: keep it as it came.
        READ.extend(t if isinstance(t, str) else t.copy() for t in texts)
        started = time.process_time()
        docs = list(spacy_pass(nlp, texts))
        SPENT["spaCy pass"] += time.process_time() - started
        return iter(docs)

    pipeline_module.analyse = eager


def components(nlp: spacy.language.Language, texts: Sequence[Text]) -> Counter[str]:
    """CPU seconds of each component of ``nlp`` over ``texts``, in the pipeline's groups."""
    spent: Counter[str] = Counter()
    budget = passes.SPACY_BATCH_CHARS
    for group in passes.batches_by_chars(texts, budget):
        started = time.process_time()
        docs = [nlp.make_doc(text) if isinstance(text, str) else text.copy() for text in group]
        spent["tokenizer"] += time.process_time() - started
        for name, component in nlp.pipeline:
            started = time.process_time()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=len(group)))
            else:
                docs = [component(doc) for doc in docs]
            spent[name] += time.process_time() - started
    return spent


def main() -> None:
    """Print CPU ms per article of each stage, then of each spaCy component."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=320)
    args = parser.parse_args()
    corpus = build_corpus(args.articles)
    pipeline = pipeline_module.Pipeline(Settings().model)
    pipeline.enrich_batch(corpus[:2])  # warm up: the language model, the casing table
    install_timers()
    batch = Settings().batch_size
    started = time.process_time()
    for index in range(0, len(corpus), batch):
        pipeline.enrich_batch(corpus[index:index + batch])
    total = time.process_time() - started
    per = 1000 / len(corpus)
    for name, seconds in SPENT.most_common():
        print(f"{name:22s} {seconds * per:7.1f} ms/article  {100 * seconds / total:5.1f}%")
    print(f"{'total':22s} {total * per:7.1f} ms/article")
    for name, seconds in components(pipeline.nlp, READ).items():
        print(f"  spaCy {name:16s} {seconds * per:7.1f} ms/article")


if __name__ == "__main__":
    main()
