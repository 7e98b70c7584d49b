"""The `newswire` command as a user runs it: enrich, schema, send errors."""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newswire import topics
from tests.conftest import ROOT, SEED, run_newswire


def test_enrich_prints_one_article_per_line(tmp_path: Path) -> None:
    """`newswire enrich` works without Kafka and prints EnrichedArticle JSON lines."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x", "title": "Berlin", "text": "Olaf Scholz spoke."})
                    + "\n", encoding="utf-8")
    result = run_newswire("enrich", str(SEED), str(feed))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == [SEED.stem, "x"]
    speakers = {q["speaker"] for q in lines[0]["quotes"]}
    assert "Jens Stoltenberg" in speakers
    assert "he" not in speakers


def test_enrich_a_feed_item_with_text_only(tmp_path: Path) -> None:
    """`newswire enrich` of the sample as JSON with `text` only keeps its headline and quote."""
    item = tmp_path / "seed.json"
    item.write_text(json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8")}),
                    encoding="utf-8")
    result = run_newswire("enrich", str(item))
    assert result.returncode == 0, result.stderr
    (article,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert article["title"] == "NATO’s Stoltenberg: ‘We Cannot Let Putin Win’ in Ukraine"
    assert article["title_source"] == "headline"
    assert not article["body"].startswith("NATO’s Stoltenberg")
    assert ("We Cannot Let Putin Win", "Jens Stoltenberg") in {
        (q["text"], q["speaker"]) for q in article["quotes"] if q["kind"] == "headline"}
    assert len(article["boilerplate"]["removed_lines"]) == 13
    assert len(article["boilerplate"]["links"]) == 9


def test_enrich_reports_unreadable_input(tmp_path: Path) -> None:
    """An unreadable record is reported on stderr and makes the exit status non-zero."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = run_newswire("enrich", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("bad.jsonl:1") == 1, "the origin is named once"


def test_enrich_refuses_a_url_over_its_limit_as_the_worker_does(tmp_path: Path) -> None:
    """`newswire enrich` refuses an article whose url is over NEWSWIRE_MAX_URL_CHARS with the
    worker's dead-letter reason, and still enriches the others."""
    feed = tmp_path / "feed.jsonl"
    item = {"title": "T", "text": "Olaf Scholz spoke."}
    feed.write_text(json.dumps({"id": "long", "url": "https://e.com/" + "a" * 200, **item})
                    + "\n" + json.dumps({"id": "fine", "url": "https://e.com/a", **item}) + "\n",
                    encoding="utf-8")
    result = run_newswire("enrich", str(feed), env={**os.environ, "NEWSWIRE_MAX_URL_CHARS": "100"})
    assert result.returncode == 1
    assert "url is 214 characters, over the 100 character limit" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["fine"]


def test_schema_out_writes_one_file_per_topic(tmp_path: Path) -> None:
    """`newswire schema --out DIR` writes a JSON Schema file for each topic."""
    result = run_newswire("schema", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.json" for t in topics.MODELS)


def test_schema_of_an_unknown_topic_fails() -> None:
    """Asking for a topic newswire does not publish is an error, not an empty schema."""
    assert run_newswire("schema", "articles.nope").returncode == 2


LONG = "archive/" + "a-folder-with-a-long-name/" * 3 + "story.txt"


@pytest.mark.parametrize(("command", "stream", "line"), [
    (["schema", "articles.nope"], "stderr", "unknown topic articles.nope; known: articles.raw, "
     "articles.enriched, articles.entities, articles.quotes, articles.dlq"),
    (["enrich", LONG], "stderr", f"{LONG}: no such file or folder"),
    (["replay", "--dry-run", "bad.jsonl"], "stdout", "  would dead-letter bad.jsonl:1: invalid "
     "RawArticle JSON: message: Invalid JSON: expected ident at line 1 column 2 (DecodeError)"),
    (["replay", "--dry-run", LONG], "stdout", f"  not sent {LONG}: no such file or folder"),
], ids=["schema-unknown", "enrich-missing", "replay-dead-letter", "replay-missing"])
def test_a_message_is_one_line_in_a_pipe_at_80_columns(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], stream: str,
        line: str) -> None:
    """A message printed to a file or a pipe (80 columns for rich) is one line, whatever its
    length: rich broke each at 80 columns, a path or a reason cut in two for grep."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.jsonl").write_text("not json\n", encoding="utf-8")
    result = run_newswire(*command, columns=80)
    assert line in getattr(result, stream).splitlines(), result.stdout + result.stderr


def test_enrich_tells_languages_apart() -> None:
    """`newswire enrich`: a German article is de with no entities (and says why); a French
    one is fr with its people and its quotes' named speakers."""
    german = ROOT / "tests" / "data" / "article_de.txt"
    french = ROOT / "seeds" / "001_secheresse-drome-fr.txt"
    result = run_newswire("enrich", str(german), str(french))
    assert result.returncode == 0, result.stderr
    de, fr = (json.loads(line) for line in result.stdout.splitlines())
    assert (de["language"], de["entities"]) == ("de", [])
    assert [s["step"] for s in de["skipped"]] == ["entities", "speakers"]
    assert fr["language"] == "fr"
    assert fr["skipped"] == []
    assert {"Claire Dumoulin", "Jean-Marc Ribaud"} <= {e["name"] for e in fr["entities"]}
    assert "Claire Dumoulin" in {q["speaker"] for q in fr["quotes"]}


NEWS_PAGE = (
    "<html lang='en'><head><title>City approves budget | Daily Planet</title>"
    "<meta property='og:type' content='article'>"
    "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": "
    "\"NewsArticle\", \"datePublished\": \"2024-03-05T14:22:00+01:00\", \"author\": "
    "[{\"@type\": \"Person\", \"name\": \"Jane Doe\"}, {\"@type\": \"Person\", \"name\": "
    "\"John Smith\"}]}</script></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>City approves budget</h1>"
    + "<p>Mayor Anna Berg said the council voted on Monday to approve the budget.</p>" * 4
    + "</article></body></html>"
)


def test_enrich_a_web_page_prints_title_authors_and_date(tmp_path: Path) -> None:
    """`newswire enrich page.html` prints the article with the page's title, authors, date."""
    page = tmp_path / "page.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    result = run_newswire("enrich", str(page))
    assert result.returncode == 0, result.stderr
    (article,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (article["title"], article["title_source"]) == ("City approves budget", "page")
    assert article["page"]["authors"] == ["Jane Doe", "John Smith"]
    assert article["author"] == "Jane Doe"
    assert article["published_at"].startswith("2024-03-05T13:22:00")
    assert (article["published_at_source"], article["page_kind"]) == ("page", "article")
    assert "Home" not in article["body"]


def test_enrich_refuses_an_article_over_the_worker_limit(tmp_path: Path) -> None:
    """`newswire enrich` refuses an article over NEWSWIRE_MAX_ARTICLE_BYTES with the worker's
    reason and the file's name, still enriches the others, and exits 1."""
    small = tmp_path / "small.txt"
    small.write_text("Berlin\nOlaf Scholz spoke.\n", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text("Berlin\n" + "Olaf Scholz spoke. " * 200, encoding="utf-8")
    result = run_newswire("enrich", str(big), str(small),
                          env={**os.environ, "NEWSWIRE_MAX_ARTICLE_BYTES": "2000"})
    assert result.returncode == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["small"]
    assert "big.txt" in result.stderr
    assert re.search(r"message is \d+ bytes, over the 2000 byte limit", result.stderr)


def _with_canonical(href: str) -> str:
    return NEWS_PAGE.replace("</head>", f'<link rel="canonical" href="{href}"></head>', 1)


def test_enrich_a_web_page_takes_its_canonical_url_when_it_has_none(tmp_path: Path) -> None:
    """A page sent without a url gets its canonical URL as `url` (an absolute http(s) one
    only); a url the input gives wins."""
    canonical = "https://news.example/2024/03/05/city-budget"
    (tmp_path / "a.html").write_text(_with_canonical(canonical), encoding="utf-8")
    (tmp_path / "b.html").write_text(_with_canonical("javascript:alert(1)"), encoding="utf-8")
    given = {"url": "https://mirror.example/budget", "html": _with_canonical(canonical)}
    (tmp_path / "c.json").write_text(json.dumps(given), encoding="utf-8")
    result = run_newswire("enrich", *(str(tmp_path / n) for n in ("a.html", "b.html", "c.json")))
    assert result.returncode == 0, result.stderr
    urls = [json.loads(line)["url"] for line in result.stdout.splitlines()]
    assert urls == [canonical, None, "https://mirror.example/budget"]


def test_schema_says_where_url_and_author_come_from() -> None:
    """`newswire schema articles.enriched` says url may be the page's canonical URL and
    author is one name, every byline being in page.authors."""
    result = run_newswire("schema", topics.ENRICHED)
    assert result.returncode == 0, result.stderr
    fields = json.loads(result.stdout)["properties"]
    assert "canonical" in fields["url"]["description"]
    assert "page.authors" in fields["author"]["description"]


def _port_nothing_listens_on() -> int:
    import socket

    with socket.socket() as probe:  # free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("command", [
    ("export", topics.RAW, "--to", "out.jsonl"),
    ("feeds", "status"),
    ("entities", "top"),
    ("reprocess", "--from", "beginning"),
])
def test_commands_without_a_broker_say_so_in_one_line(tmp_path: Path,
                                                      command: tuple[str, ...]) -> None:
    """Each reading command against a port where no broker listens names the broker in
    one error line and exits 1: no traceback, no unclosed consumer."""
    port = _port_nothing_listens_on()
    env = {**os.environ, "NEWSWIRE_BROKER": f"kafka://127.0.0.1:{port}"}
    args = [str(tmp_path / a) if a == "out.jsonl" else a for a in command]
    result = run_newswire(*args, env=env)
    assert result.returncode == 1, result.stderr
    assert f"cannot reach Kafka at 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Unclosed" not in result.stderr


def test_enrich_reports_a_pipeline_failure_and_goes_on(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """An article the pipeline raises on is reported with the worker's reason (exit 1), as
    the worker dead-letters it, and the next article is still enriched."""
    from typer.testing import CliRunner

    from newswire.cli import cli
    from newswire.models import EnrichedArticle, RawArticle
    from newswire.stream import runner

    class Failing:
        def enrich(self, raw: RawArticle) -> EnrichedArticle:
            if raw.id == "bad":
                raise RuntimeError("model crashed")
            return EnrichedArticle(event_id="e", id=raw.id or "", content_hash="h", title="T",
                                   body="B", pipeline_version="v",
                                   processed_at=datetime.now(UTC))

    monkeypatch.setattr(runner, "pipeline_of", lambda _settings: Failing())
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": "Olaf Scholz spoke."}) + "\n"
                            for i in ("bad", "good")), encoding="utf-8")
    result = CliRunner().invoke(cli, ["enrich", str(feed)])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()
            if line.startswith("{")] == ["good"]
    assert "pipeline failed: RuntimeError('model crashed')" in result.output


def test_invalid_settings_are_named_in_one_line_without_their_values() -> None:
    """A bad NEWSWIRE_ variable is named with what is wrong (exit 78): no traceback, no value."""
    env = {**os.environ, "NEWSWIRE_PARTITIONS": "many", "NEWSWIRE_SASL_PASSWORD": "s3cret",
           "NEWSWIRE_SECURITY_PROTOCOL": "TLS"}
    result = run_newswire("schema", "articles.dlq", env=env)
    assert result.returncode == 78, result.stderr
    assert "NEWSWIRE_PARTITIONS" in result.stderr
    assert "NEWSWIRE_SECURITY_PROTOCOL" in result.stderr
    assert "Traceback" not in result.stderr
    assert "s3cret" not in result.stderr


def test_enrich_into_a_closed_pipe_stops_without_blaming_the_articles(tmp_path: Path) -> None:
    """`enrich ... | head -1` stops at the closed pipe: no 'pipeline failed' for the others."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "newswire", "enrich", *[str(SEED)] * 4]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read().decode()
        process.wait(timeout=300)
    assert "pipeline failed" not in errors
    assert "Traceback" not in errors


@pytest.mark.parametrize(("command", "sentence"), [
    (("tail",), "--group NAME joins a consumer group and commits (a second run continues); "
                "--since TIME (2h, ISO 8601) starts at a time"),
    (("tail",), "then wait for new ones (Ctrl-C, or --limit)"),
    (("reprocess",), "Stop the running workers first. Events keep the same event_id rule"),
    (("enrich",), "or with a url or source over its limit, is refused, as the worker refuses "
                  "it"),
    (("replay",), ".jsonl(.gz), .warc(.gz), folders, or -"),
    (("replay",), "An article the worker would dead-letter goes to articles.dlq as the worker "
                  "would write it, and so does a .jsonl line that is no article (not UTF-8, "
                  "not JSON, not a RawArticle"),
    (("replay",), "the replay goes on. Exit 0 when every record went to one topic or the "
                  "other"),
    (("replay",), "A .txt or .html file of a folder has as article id its path inside the "
                  "folder named, without the extension (replay archive/ gives "
                  "archive/2024/01/story.txt the id 2024/01/story)"),
    (("replay",), "Two paths named whose files would share an id (replay a b, each with "
                  "1.txt) are refused before anything is sent (exit 2)"),
    (("send",), "Two paths named whose files would share an id (send a b, each with 1.txt) "
                "are refused before anything is sent (exit 2)"),
    (("enrich",), "Two paths named whose files would share an id (enrich a b, each with "
                  "1.txt) are refused before anything is read (exit 2)"),
    (("replay",), "them, to a folder already read, or to nothing is skipped and said in the "
                  "summary"),
    (("replay",), "A path named twice, or inside another folder named (replay a a/sub), is "
                  "read once, there, with that folder's ids"),
])
def test_help_paragraphs_are_wrapped_to_the_terminal(command: tuple[str, ...],
                                                     sentence: str) -> None:
    """`--help` rewraps each paragraph of a command's text to the terminal (200 columns
    here): the docstring's own line breaks left lines of one or two words in every help."""
    result = run_newswire(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert sentence in result.stdout
