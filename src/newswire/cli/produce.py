"""Commands that take articles in: ``send``, ``replay`` (to Kafka) and ``enrich`` (without)."""

from __future__ import annotations

import asyncio
import sys
from typing import Annotated, Optional

import typer

from newswire.cli.app import Files, cli, console, err_console
from newswire.errors import NewswireError
from newswire.io import read_paths
from newswire.io.ingest import InputLimits, check_fields, check_size, encode
from newswire.io.scan import Scan, scan_paths
from newswire.say import say
from newswire.settings import Settings

__all__ = ["EXIT_ID_CLASH", "enrich", "replay", "send"]

#: Exit status when two files named apart would share an article id: nothing was read.
EXIT_ID_CLASH = 2


@cli.command()
def send(files: Files) -> None:
    """Produce articles to articles.raw (keyed by article id).

    Two paths named whose files would share an id (send a b, each with 1.txt) are refused
    before anything is sent (exit 2). Records skipped on purpose (a WARC's requests, a link
    to a folder not followed) are said on stderr and counted in the last line."""
    from newswire.kafka.producer import send_records

    refuse_id_clash(files, "send")
    report = asyncio.run(send_records(Settings(), read_paths(files)))
    for error in report.errors:
        say(err_console, "[red]not sent[/red] {}", error)
    for reason, count in report.skipped.most_common():
        say(err_console, "[yellow]skipped {}:[/yellow] {}", count, reason)
    skipped = f", {report.skipped.total()} skipped" if report.skipped else ""
    say(console, "sent {} article(s), {} not sent{}", len(report.sent), len(report.errors), skipped)
    raise typer.Exit(1 if report.errors else 0)


def refuse_id_clash(files: list[str], command: str, *, count: bool = False) -> Scan:
    """Stop with EXIT_ID_CLASH, before anything is read, when two different files of
    different paths named would have one article id (``replay a b``, each with ``1.txt``):
    one would replace the other for every consumer keyed by id. The scan (with ``count``,
    the records to expect, counted in the same walk) otherwise."""
    scan = scan_paths(files, command, count=count)
    clash = scan.clash
    if clash is not None:
        done = "enriched" if command == "enrich" else "sent"
        say(err_console, "[red]error:[/red] nothing {}: {}", done, clash)
        raise typer.Exit(EXIT_ID_CLASH)
    return scan


@cli.command()
def enrich(files: Files) -> None:
    """Enrich articles without Kafka; one EnrichedArticle JSON object per line.

    An article over ``max_article_bytes`` as ``send`` would produce it, or with a url or
    source over its limit, is refused, as the worker refuses it; one the pipeline fails on is
    reported with the worker's reason, and the others are still enriched.

    Two paths named whose files would share an id (enrich a b, each with 1.txt) are refused
    before anything is read (exit 2). Records skipped on purpose (a WARC's requests, a link
    to a folder not followed) are said on stderr and fail nothing."""
    from newswire.stream.runner import pipeline_of

    refuse_id_clash(files, "enrich")
    settings = Settings()
    pipeline = pipeline_of(settings)
    failures = 0
    for record in read_paths(files):
        if record.skipped is not None:  # a WARC request, a link not followed: no failure
            said = record.skipped  # a link's reason starts with its path, a WARC's does not
            said = said if said.startswith(record.origin) else f"{record.origin}: {said}"
            say(err_console, "[yellow]skipped[/yellow] {}", said)
            continue
        if record.article is None:  # its error already names the origin
            failures += 1
            said = str(record.error or "unreadable: " + record.origin)
            say(err_console, "[red]{}[/red]", said)
            continue
        try:
            check_size(encode(record.article)[1], settings.max_article_bytes)
            check_fields(record.article, InputLimits.of(settings))
            enriched = pipeline.enrich(record.article)
        except NewswireError as exc:
            failures += 1
            say(err_console, "[red]{}[/red]: {}", record.origin, exc)
        except Exception as exc:  # noqa: BLE001 - the worker dead-letters any failure too
            failures += 1
            say(err_console, "[red]{}[/red]: pipeline failed: {!r}", record.origin, exc)
        else:  # outside the try: a closed stdout (| head) ends the command, it is no article's
            sys.stdout.write(enriched.model_dump_json() + "\n")
    raise typer.Exit(1 if failures else 0)


@cli.command()
def replay(
    archives: Files,
    rate: Annotated[Optional[float], typer.Option(help="Articles per second")] = None,  # noqa: UP045
    speed: Annotated[Optional[float], typer.Option(  # noqa: UP045
        help="Follow published_at spacing, X times faster")] = None,
    limit: Annotated[Optional[int], typer.Option(help="Send at most N")] = None,  # noqa: UP045
    dry_run: Annotated[bool, typer.Option(help="Parse and count only")] = False,
    strict: Annotated[bool, typer.Option(
        help="Exit 1 if any record was (or, with --dry-run, would be) dead-lettered")] = False,
) -> None:
    """Replay archives (.jsonl[.gz], folders of .txt/.html, .warc[.gz]) into articles.raw.

    A .txt or .html file of a folder has as article id its path inside the folder named,
    without the extension (replay archive/ gives archive/2024/01/story.txt the id
    2024/01/story), the same at each replay of the folder; a file named on its own, its
    name without the extension (story).

    Two paths named whose files would share an id (replay a b, each with 1.txt) are refused
    before anything is sent (exit 2). A link to a folder out of every folder named is
    followed; one into or above them, to a folder already read, or to nothing is skipped
    and said in the summary. A path named twice, or inside another folder named (replay a
    a/sub), is read once, there, with that folder's ids, and said as skipped.

    An article the worker would dead-letter goes to articles.dlq as the worker would write it,
    and so does a .jsonl line that is no article (not UTF-8, not JSON, not a RawArticle; its
    reason names FILE:LINE); the replay goes on. Exit 0 when every record went to one topic
    or the other (with --strict: to articles.raw); 1 when a file could not be read or a
    record was not acknowledged."""
    from newswire.kafka.replay import run_replay

    scan = refuse_id_clash(archives, "replay", count=True)  # one walk: the clash and the count
    raise typer.Exit(run_replay(Settings(), archives, rate=rate, speed=speed, limit=limit,
                                dry_run=dry_run, console=console, strict=strict, scan=scan))
