"""Readable summaries of enriched articles for the terminal (rich)."""

from __future__ import annotations

from collections import Counter, defaultdict

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newswire.models import EnrichedArticle
from newswire.say import plain

__all__ = ["article_panel", "print_article"]


def article_panel(article: EnrichedArticle) -> Panel:
    """Title, entities by type, quotes with speakers, and what was stripped."""
    parts: list[Table | Text] = [Text(article.title, style="bold"), _entities(article)]
    if article.quotes:
        parts.append(_quotes(article))
    parts.extend(Text(f"not analysed: {s.step} ({s.reason})", style="dim")
                 for s in article.skipped)
    parts.append(_boilerplate(article))
    subtitle = (f"{article.id} · {article.language or '?'} · rev {article.revision} · "
                f"{article.pipeline_version}")
    return Panel(Group(*parts), title="enriched", subtitle=plain(subtitle), expand=True)


def print_article(console: Console, article: EnrichedArticle) -> None:
    """Print :func:`article_panel` for ``article``."""
    console.print(article_panel(article))


def _entities(article: EnrichedArticle) -> Table:
    by_type: dict[str, list[str]] = defaultdict(list)
    for entity in article.entities:
        role = f" ({entity.role})" if entity.role else ""
        by_type[entity.type].append(f"{entity.name}{role} ×{entity.count}")
    table = Table(title="Entities", show_header=False, title_justify="left", expand=True)
    for entity_type, names in sorted(by_type.items()):
        table.add_row(entity_type, plain(", ".join(names)))
    return table


def _quotes(article: EnrichedArticle) -> Table:
    table = Table(title="Quotes", title_justify="left", expand=True)
    for column in ("speaker", "is a", "kind", "quote"):
        table.add_column(column)
    for quote in article.quotes:
        mention = quote.speaker_mention.text if quote.speaker_mention else ""
        # Show the words of the text only when they differ from the name ("he", "the mayor").
        said_as = f" ({mention})" if mention and mention != quote.speaker else ""
        speaker = f"{quote.speaker or '?'}{said_as}"
        suffix = " …[unclosed]" if quote.unclosed else ""
        # A belief, stance or finding is no speech: say so beside the quote's kind.
        kind = quote.kind if quote.cue_kind == "speech" else f"{quote.kind} ({quote.cue_kind})"
        # Plain cells: a str cell is rich markup, and an editor's insertion in a quote
        # ("[the plan] was never funded") vanished as a style tag; "[/i]" stopped the command.
        table.add_row(*map(plain, (speaker, quote.speaker_kind, kind, f"{quote.text}{suffix}")))
    return table


def _boilerplate(article: EnrichedArticle) -> Table:
    plate = article.boilerplate
    title = f"Stripped: {len(plate.removed_lines)} lines, {len(plate.links)} links"
    if plate.source_hint:
        title += f" · source hint: {plate.source_hint}"
    table = Table(title=plain(title), show_header=False, title_justify="left", expand=True)
    # A web page's text outside the article (menus, footers: ``page-*``) is counted by region,
    # not printed: it runs to hundreds of lines.
    outside = Counter(line.rule for line in plate.removed_lines if line.rule.startswith("page"))
    for line in plate.removed_lines:
        if line.rule not in outside:
            table.add_row(f"{line.why}:{line.rule}", plain(line.text))
    for rule, count in sorted(outside.items()):
        table.add_row(f"rule:{rule}", f"{count} line{'s' if count > 1 else ''} outside the article")
    for link in plate.links:
        table.add_row(f"link:{link.kind}", plain(link.url))
    return table
