"""Hostile input through one real worker: it ends enriched or dead-lettered, never stuck.

Hypothesis generates the payloads (random bytes, invalid UTF-8, NUL bytes, deep JSON, wrong
types, quote-mark and link floods, zero-width and right-to-left characters, HTML bombs); a
few fixed big ones are added (10 MB texts, an HTML bomb, a text just under the size limit).
They are all sent to one worker, started once, and then checked together.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from newswire import topics
from newswire.errors import InputError
from newswire.io.ingest import InputLimits, decode_message
from newswire.kafka.clients import make_consumer
from newswire.models import DeadLetter, EnrichedArticle
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from tests.stream.conftest import produce_as_is

pytestmark = pytest.mark.integration

MB = 1_000_000
ZERO_WIDTH_AND_BIDI = ("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"
                       "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
QUOTE_MARKS = "\"'“”‘’«»„‚‹›「」"
WORDS = st.sampled_from(["Alice", "Smith", "said", "the", "Paris", "NATO", "met", "Bob", "in",
                         "Berlin", "on", "Monday", "according", "to", "officials", "."])


def nested_quotes(depth: int) -> str:
    """A sentence with quotes ``depth`` deep, in four kinds of marks."""
    opening, closing = "“‘«\"", "”’»\""
    inside = "".join(f"{opening[i % 4]}level {i} " for i in range(depth))
    return f"Alice Smith said {inside}{''.join(closing[i % 4] for i in reversed(range(depth)))}. "


FIXED: list[bytes] = [
    json.dumps({"title": "Bomb", "html": "<div>" * 100_000}).encode(),   # 500 kB of open divs
    json.dumps({"title": "Deep", "html": "<table><tr><td>" * 20_000 + "Text"}).encode(),
    b"\x00" * 100_000,
    b"Quotes\n" + ('"' * 3_000).encode(),
    json.dumps({"title": "Nested", "text": "x", "extra": [[[[[[[[[[[[[[]]]]]]]]]]]]]]}).encode(),
    b"{" * 50_000,
    b"[" * 2_000 + b"]" * 2_000,
    # 10 000 URLs on one line and no other word: each link was labelled with the whole line,
    # so classifying them took minutes and the event 3 GB of memory in the worker.
    f"Links\n{' '.join(f'https://t.co/{i} bit.ly/{i}' for i in range(5_000))}".encode(),
    # 5,000 meta tags: trafilatura merges each author tag with all the authors before it
    # (cubic): over two minutes of the worker's NLP thread for 240 kB.
    json.dumps({"title": "Meta", "html": "<html><head>" + "".join(
        f'<meta name="author" content="Ann Lee{i}"><meta property="article:tag" content="t{i}">'
        for i in range(2_500)) + "</head><body><p>Alice met Bob.</p></body></html>"}).encode(),
    # Quotes nested ten deep, a thousand times in one paragraph: spaCy finds no sentence end,
    # and each quote carried the whole 148 kB paragraph as its sentence (212 MB of events).
    ("Nested\n" + " ".join(nested_quotes(10) for _ in range(1_000))).encode(),
    # An 80 kB title and 1,600 quotes: every quote and entity event repeated the title
    # (258 MB of events, each under the message limit, all published).
    json.dumps({"title": "Long " * 16_000, "text": " ".join(
        f'Ann Lee{i} said "we win {i}."' for i in range(1_600))}).encode(),
    # A 300 kB url and 300 quotes: every event repeats the url (90 MB together).
    json.dumps({"title": "Long url", "url": "https://x.io/" + "a" * 300_000, "text": " ".join(
        f'Ann Lee{i} said "we win {i}."' for i in range(300))}).encode(),
]
#: Over 1 MB: what a dead letter or an enriched event of them weighs is more than the worker's
#: producer accepts (Faust's ``producer_max_request_size`` is 1 MB).
BIG: list[bytes] = [
    b"Ten megabytes\n" + b"word " * (10 * MB // 5),                     # over the 2 MB limit
    json.dumps({"title": "Ten MB JSON", "text": "x " * (5 * MB)}).encode(),
    b"One giant token\n" + b"a" * (MB + MB // 2),                        # 1.5 MB, one token
    b"Words\n" + b"Alice met Bob. " * (MB // 15),                       # 1 MB of sentences
]

#: One "word" of 100 000 brackets: spaCy's tokenizer strips prefixes one at a time, so its
#: time grows with the square of such a run (8 000 characters take about 4 s, 100 000 about
#: 11 minutes), stalling the worker's only NLP thread.
PATHOLOGICAL: list[bytes] = [b"[" * 50_000 + b"]" * 50_000]


def text_with(noise: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Sentences of plausible words with ``noise`` between them."""
    return st.lists(st.one_of(WORDS, noise), min_size=1, max_size=300).map(" ".join)


def nested_json(depth: int) -> str:
    """``depth`` levels of nested arrays or objects inside an otherwise valid article."""
    inner = "[" * depth + "]" * depth if depth % 2 else '{"a":' * depth + "1" + "}" * depth
    return f'{{"title": "Deep {depth}", "text": "Alice met Bob.", "deep": {inner}}}'


def hostile_payloads() -> st.SearchStrategy[bytes]:
    """Byte payloads for ``articles.raw`` that a careless consumer would choke on."""
    zero_width = st.text(alphabet=ZERO_WIDTH_AND_BIDI, min_size=1, max_size=20)
    quotes = st.text(alphabet=QUOTE_MARKS, min_size=1, max_size=10)
    return st.one_of(
        st.binary(max_size=5000),
        st.binary(min_size=1, max_size=2000).map(lambda b: b"Title\n" + b + b"\xc3\x28\xff"),
        text_with(st.just("\x00")).map(lambda t: f"Nul\n{t}".encode()),
        text_with(zero_width).map(lambda t: f"Zero\u200bwidth \u202eRTL\u202c\n{t}".encode()),
        text_with(quotes).map(lambda t: f"Quotes\n{t}".encode()),
        # Kept under 3000: spaCy's parser is super-linear on one long run of quote marks
        # (20 000 take about a minute), which would only make this test slow.
        st.integers(1, 3_000).map(lambda n: f"Quote flood\nHe said {'“' * n} ok".encode()),
        st.integers(1, 5_000).map(
            lambda n: f"Links\n{' '.join(f'https://t.co/{i} bit.ly/{i}' for i in range(n))}"
            .encode()),
        st.integers(1, 5_000).map(lambda depth: nested_json(depth).encode()),
        st.fixed_dictionaries({
            "title": st.one_of(st.none(), st.integers(), st.lists(st.text()), st.text()),
            "text": st.one_of(st.none(), st.floats(allow_nan=True), st.booleans(), st.text()),
            "published_at": st.one_of(st.none(), st.text(max_size=10), st.integers()),
            "id": st.one_of(st.none(), st.text(max_size=600), st.integers()),
        }).map(lambda d: json.dumps(d).encode()),
        st.integers(1, 40_000).map(
            lambda n: json.dumps({"title": "Bomb", "html": "<div>" * n}).encode()),
        st.integers(1, 5_000).map(
            lambda n: json.dumps({"title": "Links", "html": '<a href="https://x.io/">l</a>' * n})
            .encode()),
    )


def generated_payloads() -> list[bytes]:
    """Run hypothesis to draw the payloads (about 40), to be sent to the worker together."""
    drawn: list[bytes] = []

    @hypothesis_settings(max_examples=40, deadline=None, database=None,
                         suppress_health_check=list(HealthCheck))
    @given(hostile_payloads())
    def draw(payload: bytes) -> None:
        drawn.append(payload)

    draw()
    return drawn


def expected_article(payload: bytes, settings: Settings,
                     key: str | None = None) -> tuple[str, str] | None:
    """(article id, content hash) the payload sent under ``key`` would be enriched as; None
    if it cannot be."""
    try:
        raw = decode_message(payload, InputLimits.of(settings), key=key.encode() if key else None)
    except InputError:
        return None
    return raw.article_id(), raw.content_hash()


def unique(payloads: list[bytes], settings: Settings) -> list[bytes]:
    """Drop payloads that are the same article (same id and content) as an earlier one."""
    seen: set[object] = set()
    out = []
    for payload in payloads:
        identity = expected_article(payload, settings) or payload
        if identity not in seen:
            seen.add(identity)
            out.append(payload)
    return out




async def outcomes(settings: Settings, payloads: dict[str, bytes], timeout: float,
                   worker: WorkerProcess) -> tuple[set[str], dict[str, str]]:
    """Wait until every payload is enriched or dead-lettered; the keys of each kind."""
    wanted = {key: expected_article(value, settings, key) for key, value in payloads.items()}
    consumer = make_consumer(settings, topics.ENRICHED, topics.DLQ, group_id=None,
                             auto_offset_reset="earliest", max_partition_fetch_bytes=32 * MB,
                             fetch_max_bytes=64 * MB)
    enriched: set[tuple[str, str]] = set()
    dead: dict[str, str] = {}
    await consumer.start()
    try:
        deadline = time.monotonic() + timeout
        while True:
            done = {k for k, article in wanted.items() if k in dead or article in enriched}
            if len(done) == len(wanted):
                return {k for k in wanted if wanted[k] in enriched}, dead
            assert worker.process is not None
            if worker.process.poll() is not None:
                pytest.fail(f"worker exited with {worker.process.returncode}:\n{worker.log()}")
            if time.monotonic() > deadline:
                missing = sorted(set(wanted) - done)
                pytest.fail(f"{len(missing)} payloads neither enriched nor dead-lettered "
                            f"after {timeout}s: {[(k, payloads[k][:60]) for k in missing][:8]}")
            batch = await consumer.getmany(timeout_ms=500)
            for record in (r for records in batch.values() for r in records):
                if record.topic == settings.topic(topics.ENRICHED):
                    article = EnrichedArticle.model_validate_json(record.value)
                    enriched.add((article.id, article.content_hash))
                else:
                    letter = DeadLetter.model_validate_json(record.value)
                    dead[letter.key or ""] = letter.error_type
    finally:
        await consumer.stop()


def rss_mb(worker: WorkerProcess, field: str = "VmRSS") -> float:
    """Resident memory (or its peak, ``VmHWM``) of the worker process, in MB."""
    assert worker.process is not None
    status = Path(f"/proc/{worker.process.pid}/status").read_text()
    line = next(x for x in status.splitlines() if x.startswith(field))
    return int(line.split()[1]) / 1024


def test_hostile_input_ends_enriched_or_dead_and_worker_survives(
    worker: WorkerProcess, settings: Settings
) -> None:
    """Every hostile payload is enriched or dead-lettered; the worker stays up, memory bounded."""
    payloads = unique(generated_payloads() + FIXED, settings)
    keyed = {f"hostile-{index:03d}": payload for index, payload in enumerate(payloads)}
    before = rss_mb(worker)
    asyncio.run(produce_as_is(settings, keyed, 16 * MB))
    enriched, dead = asyncio.run(outcomes(settings, keyed, timeout=240, worker=worker))

    assert worker.process is not None
    assert worker.process.poll() is None, worker.log()
    assert worker.healthy()
    after, peak = rss_mb(worker), rss_mb(worker, "VmHWM")
    print(f"\n{len(keyed)} hostile payloads: {len(enriched)} enriched, {len(dead)} dead letters "
          f"({sorted(set(dead.values()))}); worker RSS {before:.0f} MB before, {after:.0f} MB "
          f"after, peak {peak:.0f} MB")
    assert peak < 1500, f"worker peak RSS {peak:.0f} MB"


def test_inputs_over_one_megabyte_end_enriched_or_dead(
    worker: WorkerProcess, settings: Settings
) -> None:
    """10 MB inputs become TooLargeError dead letters; 1-2 MB ones are enriched or dead."""
    keyed = {f"big-{index}": payload for index, payload in enumerate(BIG)}
    asyncio.run(produce_as_is(settings, keyed, 16 * MB))
    enriched, dead = asyncio.run(outcomes(settings, keyed, timeout=90, worker=worker))
    assert worker.process is not None
    assert worker.process.poll() is None, worker.log()
    peak = rss_mb(worker, "VmHWM")
    print(f"\nbig inputs: {sorted(enriched)} enriched, {dead} dead; peak RSS {peak:.0f} MB")
    assert dead["big-0"] == dead["big-1"] == "TooLargeError"
    assert peak < 1500, f"worker peak RSS {peak:.0f} MB"


def test_long_punctuation_run_does_not_stall_the_worker(
    worker: WorkerProcess, settings: Settings
) -> None:
    """A 100 kB run of brackets is enriched or dead-lettered within a minute."""
    keyed = {"brackets": PATHOLOGICAL[0]}
    asyncio.run(produce_as_is(settings, keyed, 16 * MB))
    asyncio.run(outcomes(settings, keyed, timeout=60, worker=worker))
