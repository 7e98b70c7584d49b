"""`newswire replay` on a real broker: what the worker would dead-letter goes to articles.dlq."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from newswire import topics
from newswire.errors import NewswireError
from newswire.io.ingest import InputLimits, decode_message, encode
from newswire.models import DeadLetter, RawArticle
from newswire.settings import Settings
from tests.stream.conftest import read_all, run_cli

pytestmark = pytest.mark.integration

LIMITS = {"max_article_bytes": 2000, "max_url_chars": 100, "max_source_chars": 50}

#: (article the worker would dead-letter, its error type, its reason as the worker words it)
REFUSED = [
    (RawArticle(id="big", html="<p>word </p>" * 200), "TooLargeError",
     "message is 2422 bytes, over the 2000 byte limit (NEWSWIRE_MAX_ARTICLE_BYTES) "
     "(original truncated to 2000 of 2422 bytes)"),
    (RawArticle(id="empty", title="", text="  \n"), "EmptyArticleError",
     "article has no title, text or html"),
    (RawArticle(id="url", text="A long url.", url="https://e.com/" + "a" * 100),
     "TooLargeError", "url is 114 characters, over the 100 character limit "
     "(NEWSWIRE_MAX_URL_CHARS)"),
    (RawArticle(id="source", text="A long source.", source="S" * 60), "TooLargeError",
     "source is 60 characters, over the 50 character limit (NEWSWIRE_MAX_SOURCE_CHARS)"),
]
VALID = [RawArticle(id="first", title="Ports reopen", text="The port reopened on Monday."),
         RawArticle(id="second", title="Rain", text="It rained all week in the valley.")]


def worker_reason(value: bytes, settings: Settings) -> tuple[str, str]:
    """The error type and reason the worker's own decoding gives ``value`` on articles.raw."""
    try:
        decode_message(value, InputLimits.of(settings))
    except NewswireError as exc:
        return type(exc).__name__, exc.message
    raise AssertionError("the worker would enrich this")


def test_replay_dead_letters_what_the_worker_would_and_sends_the_rest(
    settings: Settings, tmp_path: Path
) -> None:
    """Each refused record is one dead letter with the worker's envelope (key, reason, type,
    original bytes, no topic), the valid ones reach articles.raw, exit 0; a second replay
    repeats the dead letters' event ids; --dry-run produces nothing."""
    settings = settings.model_copy(update=LIMITS)
    archive = tmp_path / "archive.jsonl"
    articles = [VALID[0], *(article for article, *_ in REFUSED), VALID[1]]
    archive.write_text("".join(a.model_dump_json(exclude_none=True) + "\n" for a in articles))

    dry = run_cli(settings, "replay", "--dry-run", str(archive))
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "would send 2 article(s); 4 would dead-letter; 0 not sent" in dry.stdout

    first = run_cli(settings, "replay", str(archive))
    assert first.returncode == 0, first.stdout + first.stderr
    assert "sent 2 article(s); 4 dead-lettered; 0 not sent" in first.stdout
    assert f"dead-lettered {archive}:2: message is 2422 bytes" in first.stdout

    raw = asyncio.run(read_all(settings, topics.RAW))
    assert sorted(r.key for r in raw) == [b"first", b"second"]
    letters = {r.key: DeadLetter.model_validate_json(r.value)
               for r in asyncio.run(read_all(settings, topics.DLQ))}
    assert sorted(letters) == sorted(a.id.encode() for a, *_ in REFUSED)
    for article, error_type, reason in REFUSED:
        letter = letters[article.id.encode()]
        value = encode(article)[1]
        assert (letter.error_type, letter.reason) == (error_type, reason)
        assert worker_reason(value, settings) == (error_type, reason.split(" (original")[0])
        assert letter.original == value[:2000]
        assert (letter.key, letter.topic, letter.partition, letter.offset) == (
            article.id, None, None, None)

    assert run_cli(settings, "replay", str(archive)).returncode == 0
    again = [DeadLetter.model_validate_json(r.value)
             for r in asyncio.run(read_all(settings, topics.DLQ))]
    assert len(again) == 2 * len(REFUSED)
    assert {letter.event_id for letter in again} == {
        letter.event_id for letter in letters.values()}


#: (line of an archive that is no article, its error type, how its reason goes on after
#: FILE:LINE)
UNREADABLE = [
    (b"not json at all", "DecodeError",
     "invalid RawArticle JSON: message: Invalid JSON: expected ident at line 1 column 2"),
    (b'{"id": "latin", "text": "caf\xe9"}', "DecodeError",
     "invalid RawArticle JSON: message: Invalid JSON: invalid unicode code point at line 1 "
     "column 29"),
    (b'{"title": 5}', "SchemaError",  # the worker's reason for these bytes, word for word
     "invalid RawArticle JSON: title: Input should be a valid string"),
]


def _replay(settings: Settings, archive: Path, piped: bool,
            *options: str) -> subprocess.CompletedProcess[str]:
    """``newswire replay`` of ``archive``, or of its bytes piped to ``replay -``."""
    if not piped:
        return run_cli(settings, "replay", *options, str(archive))
    run = subprocess.run([sys.executable, "-m", "newswire", "replay", *options, "-"],
                         input=archive.read_bytes(), capture_output=True, timeout=300,
                         env={**settings.child_env(), "COLUMNS": "200"}, check=False)
    return subprocess.CompletedProcess(run.args, run.returncode, run.stdout.decode(),
                                       run.stderr.decode())


@pytest.mark.parametrize("piped", [False, True], ids=["a-jsonl-file", "standard-input"])
def test_a_line_that_is_no_article_is_dead_lettered_and_the_replay_goes_on(
        settings: Settings, tmp_path: Path, piped: bool) -> None:
    """A .jsonl line (or a line piped in) that is not JSON, not UTF-8 or not a RawArticle
    goes to articles.dlq with its exact bytes (piped in, they used to be the whole input
    decoded by a charset guess, re-encoded), no key, and FILE:LINE at the head of its reason
    (before: an error, exit 1); the valid lines around them reach articles.raw; exit 0, and
    1 with --strict."""
    archive = tmp_path / "archive.jsonl"
    lines = [VALID[0].model_dump_json().encode(), *(line for line, *_ in UNREADABLE),
             VALID[1].model_dump_json().encode()]
    archive.write_bytes(b"\n".join(lines) + b"\n")
    origin = "<stdin>" if piped else str(archive)

    run = _replay(settings, archive, piped)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "sent 2 article(s); 3 dead-lettered; 0 not sent" in run.stdout
    assert sorted(r.key for r in asyncio.run(read_all(settings, topics.RAW))) == \
        [b"first", b"second"]
    letters = [(r.key, DeadLetter.model_validate_json(r.value))
               for r in asyncio.run(read_all(settings, topics.DLQ))]
    got = sorted((letter.reason, letter.error_type, letter.original, key, letter.key,
                  letter.topic, letter.offset) for key, letter in letters)
    assert got == sorted((f"{origin}:{number}: {reason}", error_type, line, None, None,
                          None, None)
                         for number, (line, error_type, reason) in enumerate(UNREADABLE, 2))
    strict = _replay(settings, archive, piped, "--strict", "--dry-run")
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert "would send 2 article(s); 3 would dead-letter; 0 not sent" in strict.stdout


@pytest.mark.parametrize(("articles", "options", "status"), [
    ([VALID[0], REFUSED[1][0]], [], 0),              # dead-lettered, not an error by default
    ([VALID[0], REFUSED[1][0]], ["--strict"], 1),    # --strict: one dead letter fails the run
    ([VALID[0], VALID[1]], ["--strict"], 0),         # --strict, all accepted
], ids=["dead-letter", "dead-letter-strict", "clean-strict"])
def test_strict_replay_fails_when_anything_was_dead_lettered(
        settings: Settings, tmp_path: Path, articles: list[RawArticle], options: list[str],
        status: int) -> None:
    """`replay --dry-run [--strict]`: a dead letter leaves the exit status 0 unless --strict
    asks for every article to be accepted (a CI job checking an archive)."""
    archive = tmp_path / "archive.jsonl"
    archive.write_text("".join(a.model_dump_json(exclude_none=True) + "\n" for a in articles))
    run = run_cli(settings, "replay", "--dry-run", *options, str(archive))
    assert run.returncode == status, run.stdout + run.stderr


#: A news archive's tree: file names repeated in month folders, a text and a page of one name.
TREE = {"2024/01/story.txt": "Budget talks\nThe parliament met on Monday.",
        "2024/02/story.txt": "Port strike\nThe dockers stopped work on Friday.",
        "a/1.txt": "Rain\nIt rained all week in the valley.",
        "b/1.html": "<html><body><p>The bridge reopened on Tuesday.</p></body></html>",
        "2024/01/blank.txt": " \n", "2024/02/blank.txt": " \n"}  # nothing to enrich


def _replay_tree(settings: Settings, archive: Path) -> tuple[list[bytes], list[bytes],
                                                          set[str]]:
    """`replay ARCHIVE/`, then the keys on articles.raw, the keys and the event ids on
    articles.dlq (every replay so far)."""
    run = run_cli(settings, "replay", f"{archive}/")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "sent 4 article(s); 2 dead-lettered; 0 not sent" in run.stdout
    raw = asyncio.run(read_all(settings, topics.RAW))
    assert all(RawArticle.model_validate_json(r.value).id == r.key.decode() for r in raw)
    letters = [(r.key, DeadLetter.model_validate_json(r.value))
               for r in asyncio.run(read_all(settings, topics.DLQ))]
    return (sorted(r.key for r in raw), sorted(key for key, _ in letters),
            {letter.event_id for _, letter in letters})


def test_files_of_one_name_in_a_folder_are_keyed_by_their_path_inside_it(
        settings: Settings, tmp_path: Path) -> None:
    """`replay archive/` keys each .txt/.html file by its path inside the folder, without the
    extension (before: 2024/01/story.txt and 2024/02/story.txt were both `story`, the second
    a revision replacing the first; a/1.txt and b/1.html both `1`); two blank files of one
    name are two dead letters with their own keys and event ids (before: one key, one event
    id, so a consumer dropping duplicates by id kept one); a second replay repeats every key
    and event id."""
    archive = tmp_path / "archive"
    for name, text in TREE.items():
        (archive / name).parent.mkdir(parents=True, exist_ok=True)
        (archive / name).write_text(text, encoding="utf-8")
    ids = [b"2024/01/story", b"2024/02/story", b"a/1", b"b/1"]
    blanks = [b"2024/01/blank", b"2024/02/blank"]

    raw, letters, event_ids = _replay_tree(settings, archive)
    assert (raw, letters, len(event_ids)) == (ids, blanks, len(blanks))
    again = _replay_tree(settings, archive)
    assert again == (sorted(ids * 2), sorted(blanks * 2), event_ids)


@pytest.mark.parametrize(("command", "summary"), [
    ("send", "sent 3 article(s), 0 not sent, 1 skipped"),
    ("replay", "sent 3 article(s); 0 dead-lettered; 0 not sent; 1 skipped"),
], ids=["send", "replay"])
def test_a_folders_links_are_followed_out_and_a_loop_is_said_not_walked(
        settings: Settings, tmp_path: Path, command: str, summary: str) -> None:
    """`send archive` and `replay archive` with archive/2019 -> ../cold/2019 and archive/up
    -> ..: the linked folder's files reach articles.raw keyed by their path through the link,
    the loop is one `skipped` line naming it (send's summary had no skipped count: a WARC's
    skipped records went unsaid), exit 0."""
    for name in ("archive/2024/01/story.txt", "archive/2024/02/story.txt",
                 "cold/2019/01/story.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Budget talks\nThe parliament met ({name}).")
    (tmp_path / "archive/2019").symlink_to("../cold/2019")
    (tmp_path / "archive/up").symlink_to("..")
    run = run_cli(settings, command, str(tmp_path / "archive"))
    assert run.returncode == 0, run.stdout + run.stderr
    assert summary in run.stdout
    said = " ".join((run.stdout + run.stderr).split())
    assert f"skipped 1: {tmp_path}/archive/up: not followed, a link to {tmp_path}," in said
    raw = asyncio.run(read_all(settings, topics.RAW))
    assert sorted(r.key for r in raw) == [b"2019/01/story", b"2024/01/story", b"2024/02/story"]
