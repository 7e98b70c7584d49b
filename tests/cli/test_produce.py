"""`send`, `enrich` and `replay` of folders as a user runs them, on real files: ids two paths
named would share are refused before anything is read; links not followed and WARC records
skipped are said and counted, and are no failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_newswire
from tests.io.test_named import AS_ROOT, modes_refuse
from tests.io.test_warc import write_warc

CLASH = ("a/1.txt and b/1.txt would both be article '1' (a file's id is its path inside the "
         "folder named); name one folder that holds both (newswire {} . gives them 'a/1' and "
         "'b/1'), or rename one")


def unwrapped(output: str, tmp_path: Path) -> str:
    """``output`` as one line (rich wraps at the terminal's width), the tmp folder as TMP."""
    return " ".join(output.replace(str(tmp_path), "TMP").split())


def write_tree(root: Path, names: list[str]) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"Story {name}\nThe council met in Leeds on {name}.",
                                 encoding="utf-8")


@pytest.mark.parametrize(("command", "said"), [
    (["replay", "--dry-run", "a", "b"], "error: nothing sent: " + CLASH.format("replay")),
    (["replay", "a", "b"], "error: nothing sent: " + CLASH.format("replay")),
    (["send", "a", "b"], "error: nothing sent: " + CLASH.format("send")),
    (["enrich", "a", "b"], "error: nothing enriched: " + CLASH.format("enrich")),
], ids=["replay-dry-run", "replay", "send", "enrich"])
def test_two_folders_with_a_file_of_one_name_are_refused_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], said: str) -> None:
    """`replay a b` (and `send`, `enrich`) with a/1.txt and b/1.txt exits 2 naming both files
    and the folder to name instead, before reading or sending anything (no broker here:
    the refusal comes first), where it sent two messages keyed `1`, one replacing the other."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, ["a/1.txt", "b/1.txt", "b/2.txt"])
    run = run_newswire(*command)
    assert run.returncode == 2, run.stdout + run.stderr
    assert unwrapped(run.stderr, tmp_path) == said
    assert run.stdout == ""


@pytest.mark.parametrize(("command", "status", "out", "err"), [
    (["replay", "--dry-run", "archive"], 0,
     ["would send 2 article(s); 0 would dead-letter; 0 not sent; 2 skipped",
      "  skipped 1: archive/gone: a link to nothing (a missing target or a loop of links)",
      "  skipped 1: archive/up: not followed, a link to TMP, which holds TMP/archive (named): "
      "a loop"], []),
    (["enrich", "archive"], 0, [],
     ["skipped archive/gone: a link to nothing (a missing target or a loop of links)",
      "skipped archive/up: not followed, a link to TMP, which holds TMP/archive (named): "
      "a loop"]),
    (["enrich", "crawl.warc.gz"], 0, [],
     ["skipped crawl.warc.gz#https://news.example/logo.png: not html",
      "skipped crawl.warc.gz#https://news.example/a: warc request record"]),
    (["replay", "--dry-run", "crawl.warc.gz"], 0,
     ["would send 1 article(s); 0 would dead-letter; 0 not sent; 2 skipped",
      "  skipped 1: not html", "  skipped 1: warc request record"], []),
    (["replay", "--dry-run", "archive/2024", "archive"], 0,
     ["would send 2 article(s); 0 would dead-letter; 0 not sent; 3 skipped",
      "  skipped 1: archive/2024: not read on its own, inside archive (named): read there, "
      "once"], []),
    (["enrich", "archive", "./archive/"], 0, [],
     ["skipped archive/gone: a link to nothing (a missing target or a loop of links)",
      "skipped archive/up: not followed, a link to TMP, which holds TMP/archive (named): "
      "a loop", "skipped ./archive/: named twice (as archive), read once"]),
], ids=["replay-links", "enrich-links", "enrich-warc", "replay-warc", "replay-subfolder",
        "enrich-folder-twice"])
def test_what_is_skipped_is_said_and_is_no_failure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], status: int,
        out: list[str], err: list[str]) -> None:
    """A folder's link above it (a loop) and a link to nothing are each one `skipped` line
    naming the link, and the rest is read; `enrich` of a WARC says which records it skipped
    and exits 0 (it printed `unreadable: ...` for them and exited 1); a path inside another
    folder named, or named twice, is read once (it was read twice) and said."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "archive", ["2024/01/story.txt", "2024/02/story.txt"])
    (tmp_path / "archive/up").symlink_to("..")
    (tmp_path / "archive/gone").symlink_to("nowhere")
    write_warc(tmp_path / "crawl.warc.gz")
    run = run_newswire(*command)
    assert run.returncode == status, run.stdout + run.stderr
    for line in out:
        assert " ".join(line.split()) in unwrapped(run.stdout, tmp_path)
    assert unwrapped(run.stderr, tmp_path) == " ".join(err)
    if command[0] == "enrich":
        # two stories in the archive, one page in the WARC: one EnrichedArticle line each
        assert len(run.stdout.splitlines()) == (2 if "archive" in command else 1)


@pytest.mark.skipif(not modes_refuse(), reason=AS_ROOT)
@pytest.mark.parametrize(("mode", "out"), [
    (0o111, ["would send 1 article(s); 0 would dead-letter; 1 not sent; 1 skipped",
             "skipped 1: a/sub: not read on its own, inside a (named): read there, once",
             "not sent a: Permission denied"]),
    (0o000, ["would send 0 article(s); 0 would dead-letter; 2 not sent; 0 skipped",
             "not sent a: Permission denied", "not sent a/sub: Permission denied"]),
], ids=["listable-no", "searchable-no"])
def test_a_subfolder_of_a_folder_not_readable_is_read_or_said_not_sent(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int, out: list[str]) -> None:
    """`replay --dry-run a a/sub` with `a` not readable: a/sub was said "read there" and
    never read (1 skipped, 0 sent); now it is read (chmod 111: 1 would be sent), or each
    path not read is counted "not sent" with why (chmod 000), and the exit says a failure."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, ["a/1.txt", "a/sub/2.txt"])
    (tmp_path / "a").chmod(mode)
    try:
        run = run_newswire("replay", "--dry-run", "a", "a/sub")
    finally:
        (tmp_path / "a").chmod(0o755)
    assert run.returncode == 1, run.stdout + run.stderr
    for line in out:
        assert line in unwrapped(run.stdout, tmp_path)


@pytest.mark.parametrize(("command", "stream", "said"), [
    (["enrich", "br"], "stderr", "br/bin [b].txt: binary content, not text"),
    (["replay", "--dry-run", "br"], "stdout", "not sent br/bin [b].txt: binary content"),
    (["replay", "--dry-run", "bad [red].jsonl"], "stdout",
     "would dead-letter bad [red].jsonl:1: invalid RawArticle JSON"),
    (["enrich", "none [red].txt"], "stderr", "none [red].txt: no such file or folder"),
    (["feeds", "run", "feeds [b].toml", "--once"], "stderr",
     "error: feeds [b].toml: no [[feeds]] tables"),
], ids=["enrich-binary", "replay-not-sent", "replay-dead-letter", "enrich-missing",
        "feeds-file"])
def test_names_in_brackets_are_said_as_spelled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], stream: str,
        said: str) -> None:
    """A file named `bin [b].txt` was said as `bin .txt` (rich read `[b]` as bold, `[red]`
    as a colour) and `no [[feeds]] tables` as `no [] tables`: a path or reason printed is
    now the text itself, whatever brackets it holds."""
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "br", ["story [draft].txt"])
    (tmp_path / "br/bin [b].txt").write_bytes(bytes(range(8)) * 4)
    (tmp_path / "bad [red].jsonl").write_text("not json\n", encoding="utf-8")
    (tmp_path / "feeds [b].toml").write_text('[[feed]]\nurl = "http://example.org/rss"\n',
                                             encoding="utf-8")
    run = run_newswire(*command)
    assert said in unwrapped(getattr(run, stream), tmp_path), run.stdout + run.stderr
