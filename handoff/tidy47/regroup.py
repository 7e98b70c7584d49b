"""Regroup ``newswire.nlp.quotes`` into subpackages by concept (tidy47): re-runnable, idempotent.

Run from the repository's root, on a clean tree (the lead: on merged main, after every merge):

    .venv/bin/python handoff/tidy47/regroup.py            # check, then move and rewrite
    .venv/bin/python handoff/tidy47/regroup.py --dry-run  # say what it would do, touch nothing

What it does, in order, all checks before the first change:
1. reads ``src/newswire/nlp/quotes/*.py`` and sorts each module by the table ``GROUPS`` below
   (module -> subpackage; ``TOP`` stays at the top level).  A module the table does not know
   (a new one from another branch) stops the run before anything moves: it prints the list,
   with a guess of its group from what it imports, to be added as table rows.  With
   ``--leave-unknown`` the run goes on and leaves those modules at the top level (their imports
   of moved modules are still rewritten).
2. ``git mv``s each module into its subpackage, and each test file of ``tests/nlp/quotes``
   into the same subpackage of the tests when its imports say which (see ``test_group``);
3. writes each subpackage's ``__init__.py`` (docstring: what lives there, what it may import;
   ``__all__``; no imports) and an empty ``__init__.py`` beside the moved tests;
4. rewrites every reference to a moved module or test in ``src/``, ``tests/``, ``bench/`` (the
   dotted ``newswire.nlp.quotes.x``, ``from newswire.nlp.quotes import x``, the
   ``tests.nlp.quotes.test_x`` helpers, and paths ``nlp/quotes/x.py``) and in ``README.md``
   (paths only), re-wraps docstring and comment lines the longer names push past 100
   characters, and lets ``ruff --select I --fix`` re-sort the import blocks it touched.
   ``handoff/`` and ``docs/`` (history) are left as written.
A module already in its subpackage is left there, so a second run changes nothing.

The code is shared: every step takes a :class:`Layout` (a package, its table, its kept tests),
this file's table is ``QUOTES``, and ``handoff/tidy48/regroup_entities.py`` runs the same
``main`` over ``nlp.entities``'s table (tidy48; it also rewrites a lazy package's ``_HOMES``
strings and the package's docstring, which ``nlp.quotes`` has neither of).
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import re
import shutil
import subprocess
import sys
import tokenize
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "newswire.nlp.quotes"
SRC_DIR = Path("src/newswire/nlp/quotes")
TEST_DIR = Path("tests/nlp/quotes")
REWRITE_ROOTS = ("src", "tests", "bench")
PATH_ONLY_FILES = ("README.md",)
LINE_LIMIT = 100

#: Modules that stay at the top level: the package's entry point and the lexicons users read.
TOP = ("extract", "lexicon", "lexicon_en", "lexicon_fr")

#: subpackage -> (docstring: what lives there and what it may import, its modules).
GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "base": (
        """The records and readings every quote rule shares: the parse labels named once, the
        text map (character/token bookkeeping and the attribution record), the parse read as
        word arrays, the token ranges of mentions, articles, grammatical gender, what a
        referent is, a doc's sentence starts found once and answers kept per doc.

        May import spaCy, ``newswire.models``, ``nlp.entities`` (first names, titles, for
        gender), the lexicons (``nlp.quotes.lexicon*``) and, for the text map's own reading of
        marks and cues, ``nlp.quotes.marked.marks`` and ``nlp.quotes.speech`` (``saying``,
        ``cues``); nothing that resolves speakers.""",
        ("parse_labels", "textmap", "word_arrays", "mention_spans", "noun_articles",
         "referent_types", "gender", "sentence_index", "word_answers"),
    ),
    "marked": (
        """Quotation marks and the quotes they mark: which characters are marks and how each
        language pairs them, the quoted stretches found from marks alone, an article's quoting
        style, and how a marked quote is attributed (its cue after, before, across a colon or
        a byline, a cue-less quote's governing clause, continuation quotes, French incises).

        May import ``nlp.quotes.base``, ``nlp.quotes.speech`` (cues), the lexicons, spaCy,
        and the few readings a marked quote's attribution asks of other groups: which word may
        head a speaker (``resolution.speaker_heads``), a headline's claim (``layouts``), a
        document's finding and a ``Pour X,`` view (``stances``), a source's phrase
        (``unnamed.phrases``).""",
        ("mark_sets", "marks", "styles", "reach", "attribution", "after", "bare", "byline",
         "colons", "cue_choice", "cue_speaker", "governing", "hanging", "outright",
         "owned_speech", "continuation", "incises_fr", "incise_pronouns_fr",
         "incise_subjects_fr", "colon_names_fr"),
    ),
    "speech": (
        """Reporting cues and reported speech: whether a word is a verb of saying, the cue and
        its subject, what a verb of saying says (its content clause, made whole where the
        parse split it), ``according to`` / ``selon``, and reported speech with no quotation
        marks in English and French.

        May import ``nlp.quotes.base``, ``nlp.quotes.marked``, the lexicons, spaCy, and the
        few speaker readings a cue's subject needs (``nlp.quotes.resolution``,
        ``nlp.quotes.roles``, ``nlp.quotes.unnamed``, ``nlp.quotes.bodies``).""",
        ("cues", "saying", "said", "said_once", "said_conjuncts", "reported", "according",
         "according_fr", "before_quotes_fr", "beside_quotes", "clause_quotes",
         "holding_beside", "inverted_cues", "unmarked_incises_fr", "uttered", "fronted",
         "interruptions", "misread_relatives", "object_phrases", "objects_fr",
         "that_clauses", "told_subjects", "said_predicates", "show_verbs", "calls_fr"),
    ),
    "stances": (
        """Attitudes and refusals: what a source is said to think, want, support or find
        (verbs, adjectives of a state of mind, nouns with a holder), the writer's hedges,
        whether an attitude is held, passives naming their source, refusals to speak in
        English and French, and French ``Pour X,`` views.

        May import ``nlp.quotes.base``, ``nlp.quotes.speech``, ``nlp.quotes.marked``,
        ``nlp.quotes.unnamed`` (a finding's noun), ``newswire.models``, the lexicons and
        spaCy.""",
        ("attitudes", "hedges", "held", "states", "nouns", "verb_readings", "passives",
         "found_partials", "phrases_fr", "refusals", "refusals_fr", "viewpoints"),
    ),
    "layouts": (
        """Article layouts that say who speaks by their shape: headlines and their tails,
        pulled quotes, datelines, French titles with a topic label, and interviews,
        transcripts and conversations printed as questions and answers (English and French,
        labelled or not).

        May import ``nlp.quotes.base``, ``nlp.quotes.marked``, ``nlp.quotes.speech``,
        ``nlp.quotes.resolution`` (a label's speaker), ``nlp.quotes.roles``, ``nlp.entities``,
        the lexicons and spaCy.""",
        ("headlines", "headline_tails", "inverted_titles", "title_topics_fr", "pulled",
         "datelines", "interview_quotes", "interviews", "interviews_fr", "exchanges_fr",
         "dash_exchanges_fr", "conversations", "transcripts", "askers", "label_roles",
         "outlet_labels"),
    ),
    "fr_parse": (
        """The French model's parse, repaired: the spaCy components before it (typography,
        hyphenated words, sentence starts) and after it (``parse_fr``: an inverted cue's
        pronoun is its subject), and the repairs ``parse_fr`` runs (incises, asides, ``que``
        clauses, verbs of saying the parse did not read as the verb, subjects it lost).

        May import ``nlp.quotes.base``, the lexicons, spaCy, and for the few words other groups
        define: ``nlp.quotes.unnamed`` (``one_of_fr``, ``phrase_ends_fr``) and which word may
        head a speaker (``resolution.speaker_heads``); nothing that resolves speakers.""",
        ("parse_fr", "typography_fr", "hyphens_fr", "sentences_fr", "aside_subjects_fr",
         "bare_subjects_fr", "clauses_fr", "clitic_y_fr", "conjoined_quotes_fr",
         "contacted_fr", "incise_openings_fr", "incise_places_fr", "nominal_adjectives_fr",
         "nouns_read_as_verbs_fr", "own_part_asides_fr", "que_clauses_fr", "que_scan_fr",
         "reflexive_incises_fr", "said_verbs_fr", "side_openings_fr", "colon_verbs_fr",
         "implied_fr", "infinitive_claims_fr", "active_subjects_fr"),
    ),
    "resolution": (
        """Speaker resolution: who a speaker mention points to (``SpeakerResolver``), by a
        person's or organisation's name as the article writes it, by the trail of who the doc
        is about (referents, salience), by a pronoun or a stand-in, and which word may head a
        speaker.

        May import every other subpackage of ``nlp.quotes`` except ``stances`` (it gathers
        the readings of names, roles, bodies and unnamed sources), ``nlp.entities``,
        ``nlp.loading`` (the French model's words), ``newswire.models``, the lexicons and
        spaCy.""",
        ("speakers", "named", "names", "namesakes", "written_names", "referents", "salience",
         "pronoun_speakers", "pronouns_fr", "stand_ins", "stand_ins_fr", "person_nouns_fr",
         "pairs", "titles", "titled_heads", "called_names", "person_of", "speaker_heads",
         "asides", "fronted_views", "whole_mentions"),
    ),
    "roles": (
        """People described instead of named: by a role or an office and its holder (``the
        senator``, ``The director of ..., Jane Doe,``), an apposition, an epithet (English and
        French), a relative, a player's position, or the deck's and lede's roles.

        May import ``nlp.quotes.base``, ``nlp.quotes.resolution``, ``nlp.quotes.unnamed``,
        ``nlp.quotes.bodies``, ``nlp.quotes.fr_parse`` (where an incise opens),
        ``nlp.entities``, ``nlp.doc_texts``, the lexicons and spaCy.""",
        ("descriptions", "description_context", "common_nouns", "role_holders", "offices",
         "office_holders", "owned_offices", "set_off_offices", "apposed_proper_nouns",
         "appositions", "phrase_set_off_names", "epithet_people", "epithets_fr",
         "epithet_subjects_fr", "gendered_epithets", "capitalised_roles", "positions",
         "decks", "kin", "kin_fr", "unheld_offices_fr", "bare_named_fr", "sorted_names_fr", "ranked_names_fr", "office_periphrases_fr", "own_reckonings_fr"),
    ),
    "unnamed": (
        """Unnamed sources: the phrase that names a source (``officials``, ``a new poll``,
        ``Une source à Matignon``) and where it ends, one person of a group, counted members,
        shares of those polled, ``who`` clauses, and the words a source's noun points on to.

        May import ``nlp.quotes.base``, ``nlp.quotes.resolution``, ``nlp.quotes.roles``,
        ``nlp.quotes.bodies``, ``nlp.quotes.speech`` (``saying``), ``nlp.quotes.stances`` (a
        finding's ``held``), the lexicons and spaCy.""",
        ("phrases", "phrase_ends_fr", "placed_sources_fr", "one_person", "one_of",
         "one_of_fr", "counted_members", "members", "shares", "unnamed_sources", "unnamed_fr",
         "linked_nouns", "maker_antecedents", "time_antecedents", "who_clauses",
         "speaking_ones", "anonymous_fr"),
    ),
    "bodies": (
        """Organisations and documents as speakers: which organisation a description names,
        bodies described or named by kind, place, state or department, names that are words
        or lists, acronyms, short and delayed names, the French impersonal ``on``, and
        documents (their makers, names, quoted titles, issuers).

        May import ``nlp.quotes.base``, ``nlp.quotes.resolution``, ``nlp.quotes.roles``,
        ``nlp.quotes.unnamed``, ``nlp.quotes.speech``, ``nlp.entities``, the lexicons and
        spaCy.""",
        ("orgsorts", "described_bodies", "place_bodies", "state_bodies", "departments",
         "institutions", "which_body", "listed_names", "word_names", "short_names",
         "delayed_names", "acronym_nouns_fr", "regional_names_fr", "impersonal_fr",
         "document_makers", "document_names", "made_documents", "quoted_titles",
         "issued_documents_fr", "figure_makers_fr", "near_bodies_fr", "statement_issuers_fr"),
    ),
}

#: Test files that stay at the top of ``tests/nlp/quotes`` whatever they import: the shared
#: end-to-end helpers other tests import, and the tests that pin a property across the groups
#: (the lexicon switches, the passes that make no Token per word).
TESTS_KEPT = ("test_extract", "test_resolution", "test_french", "test_lexicon_switches",
              "test_token_work")


@dataclass(frozen=True)
class Layout:
    """One package's cut: its dotted name, the modules kept at its top, its table of groups
    and the test files kept at the top of its tests (``regroup.py`` runs ``QUOTES``;
    ``handoff/tidy48/regroup_entities.py`` runs the same code over ``nlp.entities``'s table).

    ``package_doc``, when given, is the package ``__init__.py``'s new docstring (it names the
    subpackages); a ``_HOMES`` table of the package's lazy names (name -> module, as strings)
    in that ``__init__.py`` is rewritten to the modules' new homes (``"recase"`` ->
    ``"spans.recase"``) whatever the layout."""

    package: str
    top: tuple[str, ...]
    groups: dict[str, tuple[str, tuple[str, ...]]]
    tests_kept: tuple[str, ...] = ()
    package_doc: str | None = None

    @property
    def src_dir(self) -> Path:
        return Path("src", *self.package.split("."))

    @property
    def test_dir(self) -> Path:
        return Path("tests", *self.package.split(".")[1:])

    @property
    def inner(self) -> str:
        """The package's name below ``newswire``: ``nlp.quotes``."""
        return self.package.split(".", 1)[1]


QUOTES = Layout(PACKAGE, TOP, GROUPS, TESTS_KEPT)


class RegroupError(Exception):
    """A reason to stop before (or instead of) half-moving the tree."""


@dataclass
class Plan:
    """What a run moves, and what it cannot place."""

    layout: Layout
    modules: dict[str, str] = field(default_factory=dict)  # module -> group (to move now)
    placed: dict[str, str] = field(default_factory=dict)  # module -> group (moved or to move)
    tests: dict[str, str] = field(default_factory=dict)  # test stem -> group (to move now)
    placed_tests: dict[str, str] = field(default_factory=dict)  # test stem -> group (all)
    unknown: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def table(layout: Layout) -> dict[str, str]:
    """The table as module -> group, checked: no module twice, no group named as a module."""
    rows: dict[str, str] = {}
    for group, (_, modules) in layout.groups.items():
        for module in modules:
            if module in rows:
                raise RegroupError(f"{module} is in two groups: {rows[module]}, {group}")
            if module in layout.top:
                raise RegroupError(f"{module} is both in TOP and in {group}")
            rows[module] = group
    clash = sorted(set(layout.groups) & (set(rows) | set(layout.top)))
    if clash:
        raise RegroupError(f"group names equal module names: {clash}")
    return rows


def git(*args: str) -> str:
    """Run git, fail loudly."""
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def tracked(paths: tuple[str, ...]) -> list[Path]:
    """The tracked files under ``paths``."""
    return [Path(line) for line in git("ls-files", "--", *paths).splitlines() if line]


def imported_modules(path: Path, layout: Layout) -> set[str]:
    """The package's modules (by last name) a file imports, at any depth."""
    found: set[str] = set()
    prefix = layout.package.split(".")
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[:len(prefix)] == prefix and len(parts) > len(prefix):
                found.add(parts[-1])
    return found


def guess_group(path: Path, rows: dict[str, str], layout: Layout) -> str:
    """For the unknown-module report: the group most of its imports live in."""
    counts = Counter(rows[m] for m in imported_modules(path, layout) if m in rows)
    return counts.most_common(1)[0][0] if counts else "?"


def test_group(path: Path, rows: dict[str, str], layout: Layout) -> str | None:
    """Which subpackage a test file goes to: the group of the module it is named after
    (``test_cues`` -> ``cues``'s, whether it calls the module or the whole pipeline), else the
    one group most of the modules it imports are in; a tie, no import of a moved module (an
    end-to-end test of several rules), ``__file__`` (it reads files beside it) or a bench
    module keeps it at the top."""
    stem = path.stem
    text = path.read_text(encoding="utf-8")
    if stem in layout.tests_kept or "__file__" in text or "bench_module" in text:
        return None
    own = stem.removeprefix("test_")
    if own in rows:
        return rows[own]
    modules = imported_modules(path, layout)
    counts = Counter(rows[m] for m in modules if m in rows).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def make_plan(layout: Layout, rows: dict[str, str], leave_unknown: bool) -> Plan:
    """Every check before the first change."""
    plan = Plan(layout)
    place_modules(plan, rows)
    check_unknown(plan, rows, leave_unknown)
    place_tests(plan)
    return plan


def place_modules(plan: Plan, rows: dict[str, str]) -> None:
    """Which table modules are still to move, which are in place, which are gone."""
    src_dir = plan.layout.src_dir
    for module, group in rows.items():
        here, there = src_dir / f"{module}.py", src_dir / group / f"{module}.py"
        if here.exists() and there.exists():
            raise RegroupError(f"{module} is both at {here} and at {there}")
        if here.exists():
            plan.modules[module] = group
            plan.placed[module] = group
        elif there.exists():
            plan.placed[module] = group
        else:
            plan.missing.append(module)
    for group in plan.layout.groups:
        stray = sorted(p.stem for p in (src_dir / group).glob("*.py")
                       if p.stem != "__init__" and rows.get(p.stem) != group)
        if stray:
            raise RegroupError(f"{src_dir / group} holds modules the table puts elsewhere "
                               f"or does not know: {stray}")


def check_unknown(plan: Plan, rows: dict[str, str], leave_unknown: bool) -> None:
    """The top-level modules the table does not know: stop, listing them, unless told to
    leave them where they are."""
    layout = plan.layout
    at_top = {p.stem for p in layout.src_dir.glob("*.py") if p.stem != "__init__"}
    plan.unknown = sorted(at_top - set(rows) - set(layout.top))
    if clash := sorted(set(plan.unknown) & set(layout.groups)):
        raise RegroupError(f"new modules named as groups: {clash}; rename a group or the module")
    if plan.unknown and not leave_unknown:
        rows_hint = "\n".join(
            f'    "{m}": {guess_group(layout.src_dir / f"{m}.py", rows, layout)!r},  '
            f"# guess from its imports" for m in plan.unknown)
        raise RegroupError("modules the table does not know (nothing was moved); add each to "
                           "a group of GROUPS (or to TOP), or rerun with --leave-unknown to "
                           f"leave them at the top level:\n{rows_hint}")


def place_tests(plan: Plan) -> None:
    """Which test files move now (``test_group``), and where every moved test is."""
    test_dir = plan.layout.test_dir
    for path in sorted(test_dir.glob("test_*.py")):
        group = test_group(path, plan.placed, plan.layout)
        if group is not None:
            if (test_dir / group / path.name).exists():
                raise RegroupError(f"{path.name} is both at the top and in {group}")
            plan.tests[path.stem] = group
    for group in plan.layout.groups:
        for path in (test_dir / group).glob("test_*.py"):
            plan.placed_tests[path.stem] = group
    plan.placed_tests.update(plan.tests)


def init_text(layout: Layout, group: str) -> str:
    """The subpackage's ``__init__.py``: its docstring and an empty ``__all__``."""
    doc, _ = layout.groups[group]
    body = "\n".join(line.strip() for line in doc.splitlines())
    first, _, rest = body.partition("\n")
    tail = ("\n\nThe names live in the modules (each with its ``__all__``): import them from "
            f"there,\n``from {layout.package}.{group}.<module> import ...``; this package "
            "imports nothing, so\nloading it never starts a cycle.")
    return f'"""{first}\n{rest}{tail}\n"""\n\n__all__: list[str] = []\n'


def move(plan: Plan, dry_run: bool) -> None:
    """``git mv`` modules and tests; write the ``__init__.py`` files."""
    src_dir, test_dir = plan.layout.src_dir, plan.layout.test_dir
    for module, group in sorted(plan.modules.items()):
        target = src_dir / group / f"{module}.py"
        print(f"move {src_dir / module}.py -> {target}")
        if not dry_run:
            target.parent.mkdir(exist_ok=True)
            git("mv", str(src_dir / f"{module}.py"), str(target))
    for stem, group in sorted(plan.tests.items()):
        target = test_dir / group / f"{stem}.py"
        print(f"move {test_dir / stem}.py -> {target}")
        if not dry_run:
            target.parent.mkdir(exist_ok=True)
            git("mv", str(test_dir / f"{stem}.py"), str(target))
    if dry_run:
        return
    for group in plan.layout.groups:
        write_if_changed(src_dir / group / "__init__.py", init_text(plan.layout, group))
        if (test_dir / group).is_dir():
            write_if_changed(test_dir / group / "__init__.py", "")


def write_if_changed(path: Path, text: str) -> None:
    """Write ``text`` and ``git add`` it, unless the file holds it already."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    path.write_text(text, encoding="utf-8")
    git("add", str(path))


def replacements(plan: Plan) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    """The rewrites, as (pattern, replacement) pairs; each leaves a moved name unmatched."""
    modules = "|".join(sorted(plan.placed, key=len, reverse=True)) or "(?!)"
    tests = "|".join(sorted(plan.placed_tests, key=len, reverse=True)) or "(?!)"
    group_of = {**plan.placed, **plan.placed_tests}
    dots, slashes = re.escape(plan.layout.inner), re.escape(plan.layout.inner.replace(".", "/"))

    def dotted(match: re.Match[str]) -> str:
        return f"{match[1]}.{group_of[match[2]]}.{match[2]}"

    def slashed(match: re.Match[str]) -> str:
        return f"{match[1]}/{group_of[match[2]]}/{match[2]}.py"

    return [
        (re.compile(rf"(\bnewswire\.{dots})\.({modules})\b(?!\.py)"), dotted),
        (re.compile(rf"(\btests\.{dots})\.({tests})\b"), dotted),
        (re.compile(rf"(\btests/{slashes})/({tests})\.py\b"), slashed),
        (re.compile(rf"((?<![\w/])(?:src/newswire/)?{slashes})/({modules})\.py\b"), slashed),
    ]


def rewrite_parent_imports(text: str, plan: Plan) -> str:
    """``from <package> import x`` for a moved module ``x`` names its group."""
    package = plan.layout.package
    pattern = re.compile(rf"^(\s*)from {re.escape(package)} import ([\w, ]+)$", re.MULTILINE)

    def one(match: re.Match[str]) -> str:
        names = [n.strip() for n in match[2].split(",") if n.strip()]
        moved = [n.split(" as ")[0] for n in names if n.split(" as ")[0] in plan.placed]
        if not moved:
            return match[0]
        groups = {plan.placed[n] for n in moved}
        if len(moved) != len(names) or len(groups) != 1:
            raise RegroupError(f"cannot split this import by hand-free rule: {match[0]!r}")
        return f"{match[1]}from {package}.{groups.pop()} import {match[2]}"

    return pattern.sub(one, text)


def homes_node(text: str) -> ast.Assign | ast.AnnAssign | None:
    """A module-level ``_HOMES = {...}`` table (a lazy package's name -> module), if any."""
    for node in ast.parse(text).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "_HOMES" for t in targets):
                return node
    return None


def rewrite_homes(text: str, plan: Plan) -> str:
    """The package's lazy names: in ``_HOMES`` (name -> module, as strings), a moved module's
    string names its group (``"Capitals": "recase"`` -> ``"Capitals": "spans.recase"``)."""
    node = homes_node(text)
    if node is None:
        return text
    span = node.lineno, node.end_lineno or node.lineno
    lines = text.splitlines(keepends=True)
    modules = "|".join(sorted(plan.placed, key=len, reverse=True)) or "(?!)"
    value = re.compile(rf"""(:\s*)(["'])({modules})\2""")
    block = "".join(lines[span[0] - 1:span[1]])
    block = value.sub(lambda m: f"{m[1]}{m[2]}{plan.placed[m[3]]}.{m[3]}{m[2]}", block)
    if any(len(line) > LINE_LIMIT for line in block.splitlines()):
        block = reflowed_table(block)
    return "".join(lines[:span[0] - 1]) + block + "".join(lines[span[1]:])


def reflowed_table(block: str) -> str:
    """A ``name = {"k": "v", ...}`` table written again in lines of at most ``LINE_LIMIT``
    characters, its entries in order, each line under the first brace's column."""
    head = block[:block.index("{") + 1]
    homes = ast.literal_eval(block[len(head) - 1:].strip())
    entries = [f"{json.dumps(k)}: {json.dumps(v)}" for k, v in homes.items()]
    rows, row = [], head
    for number, entry in enumerate(entries):
        piece = entry + ("," if number < len(entries) - 1 else "}")
        if len(row) + 1 + len(piece) > LINE_LIMIT and row.strip() != head.strip():
            rows.append(row)
            row = " " * len(head) + piece
        else:
            row = row + ("" if row == head else " ") + piece
    return "\n".join([*rows, row]) + "\n"


def homes_of(text: str) -> dict[str, str]:
    """The ``_HOMES`` table of a package ``__init__``'s text (empty when it has none)."""
    node = homes_node(text)
    if node is None or node.value is None:
        return {}
    return {str(k): str(v) for k, v in ast.literal_eval(node.value).items()}


def rewrite_package_doc(text: str, layout: Layout) -> str:
    """The package ``__init__``'s docstring replaced by ``layout.package_doc`` (if given)."""
    if layout.package_doc is None:
        return text
    tree = ast.parse(text)
    first = tree.body[0] if tree.body else None
    if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)):
        raise RegroupError(f"{layout.src_dir / '__init__.py'} has no docstring to replace")
    lines = text.splitlines(keepends=True)
    new = f'"""{layout.package_doc.strip()}\n"""\n'
    return "".join(lines[:first.lineno - 1]) + new + "".join(lines[first.end_lineno or 1:])


def rewritten(plan: Plan) -> dict[Path, str]:
    """Every file whose references change, with its new text, read before anything moves (a
    reference the rules cannot rewrite stops the run here, with the tree untouched)."""
    subs = replacements(plan)
    package_init = plan.layout.src_dir / "__init__.py"
    texts: dict[Path, str] = {}
    files = [*tracked(REWRITE_ROOTS), *(Path(p) for p in PATH_ONLY_FILES)]
    for path in files:
        if not path.is_file() or path.suffix not in (".py", ".md"):
            continue
        if any(part == "handoff" for part in path.parts):
            continue
        old = path.read_text(encoding="utf-8")
        new = old
        active = subs[2:] if path.suffix == ".md" else subs
        for pattern, replace in active:
            new = pattern.sub(replace, new)
        if path.suffix == ".py":
            new = rewrite_parent_imports(new, plan)
            check_parent_imports(new, path, plan)
            if path == package_init:
                new = rewrite_package_doc(rewrite_homes(new, plan), plan.layout)
            new = rewrap(new, old, path)
        if new != old:
            texts[path] = new
    return texts


def check_parent_imports(text: str, path: Path, plan: Plan) -> None:
    """Stop on a ``from <package> import (x, ...)`` the line rule could not rewrite."""
    for node in ast.walk(ast.parse(text, filename=str(path))):
        if (isinstance(node, ast.ImportFrom) and node.module == plan.layout.package
                and node.level == 0):
            moved = [a.name for a in node.names if a.name in plan.placed]
            if moved:
                raise RegroupError(f"{path}:{node.lineno}: rewrite by hand, importing "
                                   f"{moved} from their group: nothing was moved")


def write_rewrites(texts: dict[Path, str], plan: Plan, dry_run: bool) -> list[Path]:
    """Write the new texts at the files' new places; return the Python files written."""
    src_dir, test_dir = plan.layout.src_dir, plan.layout.test_dir
    moved = {src_dir / f"{m}.py": src_dir / g / f"{m}.py" for m, g in plan.modules.items()}
    moved |= {test_dir / f"{t}.py": test_dir / g / f"{t}.py" for t, g in plan.tests.items()}
    written = []
    for path, text in sorted(texts.items()):
        target = moved.get(path, path)
        print(f"rewrite {target}")
        if not dry_run:
            target.write_text(text, encoding="utf-8")
        if target.suffix == ".py":
            written.append(target)
    return written


def long_string_spans(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the triple-quoted strings of ``text`` start and end (rows from 1)."""
    spans = []
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type == tokenize.STRING and token.string.lstrip("rRbBuUfF").startswith(
                ('"""', "'''")):
            spans.append((token.start, token.end))
    return spans


def rewrap(new: str, old: str, path: Path) -> str:
    """Split the docstring and comment lines the rewrite pushed past the limit, at a space,
    the rest going on a line of the same indentation; a code line that grew past it is left
    to ruff's import sorting (imports) or reported."""
    old_lines = set(old.splitlines())
    lines = new.splitlines(keepends=True)
    if all(len(line.rstrip("\n")) <= LINE_LIMIT or line.rstrip("\n") in old_lines
           for line in lines):
        return new
    spans = long_string_spans(new)
    out: list[str] = []
    for row, line in enumerate(lines, start=1):
        bare = line.rstrip("\n")
        if len(bare) <= LINE_LIMIT or bare in old_lines:
            out.append(line)
            continue
        indent = bare[: len(bare) - len(bare.lstrip())]
        cut = bare.rfind(" ", len(indent) + 1, LINE_LIMIT + 1)
        in_string = any(start < (row, cut) < end for start, end in spans)
        if bare.lstrip().startswith("#") and cut > 0:
            marker = "#: " if bare.lstrip().startswith("#:") else "# "  # a doc-comment stays one
            out.append(bare[:cut] + "\n" + indent + marker + bare[cut + 1:] + "\n")
        elif in_string and cut > len(indent) and not bare.lstrip().startswith(("from ",
                                                                                "import ")):
            out.append(bare[:cut] + "\n" + indent + bare[cut + 1:] + "\n")
        else:
            if not bare.lstrip().startswith(("from ", "import ")):
                print(f"note: {path}:{row} is over {LINE_LIMIT} characters now")
            out.append(line)
    return "".join(out)


def sort_imports(paths: list[Path]) -> None:
    """Let ruff re-sort and re-wrap the import blocks of the files the rewrite changed."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if not paths:
        return
    if ruff is None:
        raise RegroupError("ruff not found: run `ruff check --select I --fix` on: "
                           + " ".join(map(str, paths)))
    subprocess.run([ruff, "check", "--select", "I", "--fix", "--quiet", *map(str, paths)],
                   check=False)


def verify(plan: Plan) -> None:
    """After the run: every file parses, nothing names a moved module at its old place, and
    every lazy name of the package (``_HOMES``) names a module that is there."""
    stale = []
    subs = replacements(plan)
    for path in tracked(REWRITE_ROOTS):
        if path.suffix != ".py" or "handoff" in path.parts or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        ast.parse(text, filename=str(path))
        stale += [f"{path}: {m[0]}" for pattern, _ in subs for m in pattern.finditer(text)]
    src_dir = plan.layout.src_dir
    homes = homes_of((src_dir / "__init__.py").read_text(encoding="utf-8"))
    stale += [f"{src_dir / '__init__.py'}: _HOMES[{name!r}] = {home!r} (no such module)"
              for name, home in homes.items()
              if not src_dir.joinpath(*home.split(".")).with_suffix(".py").is_file()]
    if stale:
        raise RegroupError("references left at the old place:\n" + "\n".join(stale[:40]))


def main(layout: Layout = QUOTES) -> int:
    """Check, move, rewrite, verify; a nonzero exit says why nothing (or what) moved."""
    parser = argparse.ArgumentParser(
        description=f"Regroup {layout.package} into subpackages by concept (re-runnable).")
    parser.add_argument("--dry-run", action="store_true", help="say what would move")
    parser.add_argument("--leave-unknown", action="store_true",
                        help="leave modules the table does not know at the top level")
    parser.add_argument("--allow-dirty", action="store_true",
                        help="run on a tree with uncommitted changes")
    args = parser.parse_args()
    src_dir = layout.src_dir
    try:
        if not src_dir.is_dir():
            raise RegroupError(f"run from the repository's root ({src_dir} not found)")
        if not args.allow_dirty and git("status", "--porcelain", "--untracked-files=no"):
            raise RegroupError("the tree has uncommitted changes: commit them first")
        rows = table(layout)
        plan = make_plan(layout, rows, args.leave_unknown)
        for module in plan.missing:
            print(f"note: {module} is in the table but in no place (deleted or renamed?)")
        for module in plan.unknown:
            print(f"UNPLACED: {module} stays at {src_dir}/{module}.py (not in the table)")
        texts = rewritten(plan)
        move(plan, args.dry_run)
        changed = write_rewrites(texts, plan, args.dry_run)
        if args.dry_run:
            return 0
        sort_imports(changed)
        verify(plan)
    except (RegroupError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", "") or ""
        print(f"regroup: FAILED: {error}\n{detail}", file=sys.stderr)
        return 2
    print(f"regroup: {len(plan.modules)} modules and {len(plan.tests)} test files moved, "
          f"{len(changed)} Python files rewritten, {len(plan.unknown)} unplaced")
    return 1 if plan.unknown else 0


if __name__ == "__main__":
    sys.exit(main())
