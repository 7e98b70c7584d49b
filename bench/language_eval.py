"""Language identification, and the French pipeline beside the English one.

Prints, in one run (see ``bench/language_set.py`` for how the labelled set is built):

1. the labelled set: texts per origin, kind and language, and the pages left out because their
   text disagrees with the language they declare;
2. each candidate identifier that is installed (py3langid, lingua in high and low accuracy
   mode, pycld2, langdetect) and newswire's ``detect`` (py3langid in chunks, ``und`` when
   unsure): accuracy on articles and on short texts (titles, sentences), English and
   other languages apart, ``und`` answers, time per text, and the memory its model takes;
3. the French pipeline's speed beside the English one's: spaCy alone and the whole
   ``enrich_batch``, in ms per article and per 1,000 characters;
4. the peak RSS of a worker process that enriches batches of ``NEWSWIRE_BATCH_SIZE`` mixed
   English and French articles with both models loaded, beside one with English alone.

Usage: ``python bench/language_eval.py [--limit N] [--skip-slow]`` (``--limit`` caps the
texts per origin; ``--skip-slow`` leaves out langdetect and lingua's high accuracy mode).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

from language_set import DATA, Item, labelled_set, wcxb
from machine import describe
from newswire.io.ingest import article_from_text
from newswire.models import RawArticle
from newswire.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
Detector = Callable[[str], str]


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 2**20


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB (VmHWM: unlike ru_maxrss, a child started
    by a large parent does not inherit the parent's peak)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def candidates(skip_slow: bool) -> list[tuple[str, Callable[[], Detector]]]:
    """(name, loader) of every identifier to compare; a loader returns ``text -> code``."""
    found: list[tuple[str, Callable[[], Detector]]] = [
        ("newswire detect (py3langid in chunks)", _newswire),
        ("py3langid 0.4, whole text", _py3langid),
        ("pycld2", _pycld2),
        ("lingua, low accuracy mode", lambda: _lingua(low=True)),
    ]
    if not skip_slow:
        found += [("lingua, high accuracy mode", lambda: _lingua(low=False)),
                  ("langdetect", _langdetect)]
    return found


def _newswire() -> Detector:
    from newswire.nlp.language import detect

    return lambda text: detect(text).language


def _py3langid() -> Detector:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return lambda text: str(model.classify(text)[0])


def _pycld2() -> Detector:
    import pycld2

    def detect(text: str) -> str:
        try:
            reliable, _, found = pycld2.detect("".join(c for c in text if c.isprintable()))
        except pycld2.error:
            return "und"
        return str(found[0][1]) if reliable and found[0][1] != "un" else "und"
    return detect


def _lingua(*, low: bool) -> Detector:
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models()
    detector = (builder.with_low_accuracy_mode() if low else builder).build()

    def detect(text: str) -> str:
        language = detector.detect_language_of(text)
        return language.iso_code_639_1.name.lower() if language else "und"
    return detect


def _langdetect() -> Detector:
    from langdetect import DetectorFactory, LangDetectException
    from langdetect import detect as langdetect_detect

    DetectorFactory.seed = 0

    def detect(text: str) -> str:
        try:
            return str(langdetect_detect(text)).split("-")[0]
        except LangDetectException:
            return "und"
    return detect


def score(detector: Detector, items: list[Item]) -> dict[str, tuple[int, int, int, float]]:
    """Per group (kind, en|other): right, und answers, total, seconds."""
    result: dict[str, list[float]] = {}
    for item in items:
        group = f"{item.kind}/{'en' if item.language == 'en' else 'other'}"
        started = time.perf_counter()
        got = detector(item.text)
        seconds = time.perf_counter() - started
        row = result.setdefault(group, [0, 0, 0, 0.0])
        row[0] += got == item.language
        row[1] += got == "und"
        row[2] += 1
        row[3] += seconds
    return {k: (int(v[0]), int(v[1]), int(v[2]), v[3]) for k, v in result.items()}


def print_set(items: list[Item], rejected: list[str]) -> None:
    print("labelled set:")
    for (origin, kind), count in sorted(Counter((i.origin, i.kind) for i in items).items()):
        print(f"  {origin:15} {kind:8} {count:5d}")
    languages = Counter(i.language for i in items if i.origin != "spacy-examples")
    print(f"  languages of pages and articles: {dict(languages.most_common())}")
    examples = {i.language for i in items if i.origin == "spacy-examples"}
    print(f"  spaCy example sentences: {len(examples)} languages")
    print(f"  pages left out (text disagrees with the declared language): "
          f"{dict(Counter(rejected).most_common())}")


def print_candidates(items: list[Item], skip_slow: bool) -> None:
    groups = ("article/en", "article/other", "short/en", "short/other")
    print("\nidentifiers: accuracy (und answers) per group; ms per text; model memory")
    print(f"  {'identifier':40} " + " ".join(f"{g:>20}" for g in groups)
          + "  ms/article  ms/short    MB")
    for name, loader in candidates(skip_slow):
        before = rss_mb()
        try:
            detector = loader()
            detector("warm up the model")
        except ImportError:
            print(f"  {name:40} not installed")
            continue
        memory = max(0.0, rss_mb() - before)  # 0 when the collector freed more than it took
        found = score(detector, items)
        cells = []
        for group in groups:
            right, und, total, _ = found.get(group, (0, 0, 0, 0.0))
            cells.append(f"{right / max(total, 1):.3f} ({und:4d}/{total:4d})")
        per = {kind: 1000 * sum(v[3] for g, v in found.items() if g.startswith(kind))
               / max(1, sum(v[2] for g, v in found.items() if g.startswith(kind)))
               for kind in ("article", "short")}
        print(f"  {name:40} " + " ".join(f"{c:>20}" for c in cells)
              + f"  {per['article']:10.2f} {per['short']:9.3f} {memory:5.0f}")


@cache
def french_texts() -> list[RawArticle]:
    """Every French article to hand: the seed, and WCXB pages declared and written in French."""
    found = [article_from_text(p.read_text(encoding="utf-8"))
             for p in sorted((ROOT / "seeds").glob("*-fr.txt"))]
    found += [RawArticle(title="", text=i.text) for i in wcxb([])
              if i.language == "fr" and i.kind == "article"]
    return found


def english_texts(count: int) -> list[RawArticle]:
    """PolNeAR dev articles."""
    paths = sorted((DATA / "polnear" / "dev" / "text").glob("*.txt"))[:count]
    return [article_from_text(p.read_text(encoding="utf-8")) for p in paths]


def print_speeds(repeat: int) -> None:
    from newswire.nlp.pipeline import Pipeline

    pipeline = Pipeline()
    french = french_texts()
    english = english_texts(len(french) * 3)
    print("\npipelines: ms per article and per 1,000 characters (best of "
          f"{repeat} runs; {len(english)} English, {len(french)} French articles)")
    for language, articles in (("en", english), ("fr", french)):
        nlp = pipeline.models.full(language)
        pipeline.enrich_batch(articles[:1])
        chars = sum(len(a.title or "") + len(a.text or "") for a in articles)
        spacy_s = _best(repeat, lambda n=nlp, a=articles: list(n.pipe(
            [t for x in a for t in (x.title or "", x.text or "")])))
        whole_s = _best(repeat, lambda a=articles: pipeline.enrich_batch(a))
        print(f"  {language} ({nlp.meta['name']} {nlp.meta['version']}): spaCy "
              f"{1000 * spacy_s / len(articles):7.1f} ms/article "
              f"{1e6 * spacy_s / chars:6.1f} ms/1k chars | enrich_batch "
              f"{1000 * whole_s / len(articles):7.1f} ms/article "
              f"{1e6 * whole_s / chars:6.1f} ms/1k chars")


def _best(repeat: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def worker_memory(languages: str, corpus: Path) -> None:
    """In a child: enrich batches like a worker; print the peak RSS as JSON."""
    from newswire.stream.runner import pipeline_of

    settings = Settings(languages=languages)
    pipeline = pipeline_of(settings)
    articles = [RawArticle.model_validate_json(line)
                for line in corpus.read_text(encoding="utf-8").splitlines()]
    size = settings.batch_size
    for start in range(0, len(articles), size):
        pipeline.enrich_batch(articles[start:start + size])
    peak = peak_rss_mb()
    print(json.dumps({"languages": languages, "articles": len(articles), "batch": size,
                      "loaded": list(pipeline.models.loaded), "peak_rss_mb": round(peak)}))


def print_memory(tmp: Path) -> None:
    """Peak RSS of a child enriching English PolNeAR and French articles in turn."""
    french = french_texts()
    mixed = [a for pair in zip(english_texts(120), french * 40, strict=False) for a in pair]
    corpus = tmp / "mixed.jsonl"
    corpus.write_text("".join(a.model_dump_json() + "\n" for a in mixed), encoding="utf-8")
    print("\npeak RSS of one process enriching mixed English/French batches "
          f"(batch size {Settings().batch_size}):")
    for languages in ("en", "en,fr"):
        child = subprocess.run([sys.executable, __file__, "--memory-child", languages,
                                "--corpus", str(corpus)],
                               capture_output=True, text=True, check=True)
        found = json.loads(child.stdout.strip().splitlines()[-1])
        print(f"  NEWSWIRE_LANGUAGES={languages:6} models loaded {found['loaded']}, "
              f"{found['articles']} articles: peak RSS {found['peak_rss_mb']} MB "
              "(target < 800 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="texts per origin")
    parser.add_argument("--skip-slow", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each speed figure")
    parser.add_argument("--memory-child", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        worker_memory(args.memory_child, args.corpus)
        return
    print(describe())
    items, rejected = labelled_set(args.limit)
    print_set(items, rejected)
    print_candidates(items, args.skip_slow)
    print_speeds(args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        print_memory(Path(tmp))


if __name__ == "__main__":
    main()
