"""Regroup ``newswire.nlp.entities`` into subpackages by concept (tidy48): re-runnable, idempotent.

Run from the repository's root, on a clean tree (the lead: on merged main, after every merge):

    .venv/bin/python handoff/tidy48/regroup_entities.py            # check, then move and rewrite
    .venv/bin/python handoff/tidy48/regroup_entities.py --dry-run  # say what it would do

The code is tidy47's (``handoff/tidy47/regroup.py``, imported, not copied): this file holds
only ``nlp.entities``'s table, ``ENTITIES``. Everything tidy47's note says of a run holds:
all checks before the first change; a module the table does not know stops the run with
exit 2 and a guessed group; ``--leave-unknown`` leaves it at the top; a second run is a no-op.
On top of tidy47's rewrites, for this lazy package: the package ``__init__``'s ``_HOMES``
strings (``"Capitals": "recase"`` -> ``"spans.recase"``) and its docstring (``PACKAGE_DOC``:
it names the subpackages); the parent imports (``from newswire.nlp.entities import identity,
registry`` in ``cli``, ``stream``, ``bench``) are tidy47's ``from <package> import x`` rule.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def shared_code() -> ModuleType:
    """tidy47's regroup module, loaded from beside this directory."""
    path = Path(__file__).resolve().parents[1] / "tidy47" / "regroup.py"
    spec = importlib.util.spec_from_file_location("regroup", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"regroup_entities: {path} not found (merge tidy47's handoff first)")
    module = importlib.util.module_from_spec(spec)
    sys.modules["regroup"] = module  # dataclasses read their module while being made
    spec.loader.exec_module(module)
    return module


regroup = shared_code()

PACKAGE = "newswire.nlp.entities"

#: Modules that stay at the top level: the entry point (``extract_entities``, ``Context``,
#: ``entity_id``), which runs the steps of every group.
TOP = ("extract",)

#: subpackage -> (docstring: what lives there and what it may import, its modules).
GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "words": (
        """What a name's own words say, from plain strings and the shipped tables: a name
        trimmed and normalised, with its small tests (a date, a time zone, a company's legal
        form, a particle: ``names``), how English usually cases a word (``casing``), first
        names by the gender they carry (English and francophone), the alias table and the
        gazetteers (``aliases``), and the words that say a name's type (``namewords``: a
        club's, an event's, a facility's, a body's).

        May import ``newswire.models`` and, for ``namewords``, a club's nickname and a
        company's last words (``organisations.clubs``, ``organisations.companies``); never
        spaCy: the cross-article registry reads ``names`` and ``casing`` and imports without
        it.""",
        ("names", "casing", "body_sorts_fr", "firstnames", "francophone_first_names", "celtic_first_names",
         "aliases", "namewords"),
    ),
    "spans": (
        """The model's spans made mentions: the ``Mention`` record and the fields it is found
        in (``mentions``), the model's spans cleaned, titles split off and retyped where the
        name shows its type (``model_spans``, ``retype``: ``Surrey RCMP``, ``City of
        Hamilton``), what the words around a name say of it (``cues``), text in capitals
        re-cased for the model (``recase``, with the article's own spellings from ``forms``),
        the recall pass for the mentions the model missed (``recall``), and the mentions the
        text's own layout adds or mends (``repairs``: the dateline's place, results' teams,
        given names, long places).

        May import spaCy (``model_spans``, ``recase``), ``newswire.models`` and the readings
        of each kind of name: ``nlp.entities.words``, ``roles``, ``organisations``,
        ``geography`` and ``clustering`` (``repairs`` reads a person's surnames from
        ``grouping``); not ``people``, ``french`` or ``cross_article``.""",
        ("mentions", "model_spans", "retype", "cues", "recase", "forms", "recall", "repairs"),
    ),
    "people": (
        """A person's name the model cut, ran on or misread, mended from its written form: a
        name of three to five words read as pieces (``name_pieces``: ``Noman Ahmed
        Shaikh``), a name run over the weekday after it (``name_ends``), double-barrelled
        surnames read as organisations (``doublebarrelled``), and French names in English
        text (``frenchnames``: Quebec's bodies named in French, hyphenated first names).

        May import ``nlp.entities.words``, ``nlp.entities.spans`` (``Mention``, the recall
        pass's ``inside``, a role set off before a name from ``retype``),
        ``nlp.entities.roles`` (``titles``) and ``nlp.entities.clustering`` (a person's
        surnames, from ``grouping``); no spaCy.""",
        ("name_pieces", "name_ends", "doublebarrelled", "frenchnames", "celtic_names"),
    ),
    "roles": (
        """Titles and roles around a person's name: the roles that move into ``Entity.role``
        and where they sit (``titles``), people named after a title (``titled``), names that
        are a person's by an honorific or post-nominal letters (``honoured``: ``Ms
        Holloway``, ``Rhodri Gwynne MS``), a person's noun in lower case before a name
        (``false_titles``: ``rice grower Leanne Pappas``) and a describing word the model
        took into the name (``descriptors``: ``Chipmaker Veltrix``).

        May import ``nlp.entities.words``, ``nlp.entities.spans`` (``Mention``, ``recall``),
        ``nlp.entities.organisations`` (``companies``: the nouns news calls organisations
        by) and ``nlp.entities.people`` (``name_pieces``: a name's word); no spaCy.""",
        ("titles", "titled", "honoured", "false_titles", "descriptors"),
    ),
    "organisations": (
        """Organisations: the nouns news calls them by and the words a company's name is made
        of (``companies``), names the model cut (``org_names``: a union local's number, an
        ``and`` inside a ministry's name), acronyms an article defines (``acronyms``), clubs
        named by a city and a plural nickname (``clubs``: ``Montreal Canadiens``) and the
        teams of sports results and standings lines (``results``).

        May import ``nlp.entities.words``, ``nlp.entities.spans`` (``Mention``, ``recall``)
        and ``nlp.entities.roles`` (``titles``); no spaCy.""",
        ("companies", "org_names", "acronyms", "clubs", "results", "land_bodies", "officers"),
    ),
    "geography": (
        """Places: when the wider gazetteer (pycountry, GeoNames) overrules the model's split
        vote, and the regions' abbreviations (``places``), and places the model cuts or
        mistypes though their written form says what they are (``towns``: ``OAKVILLE,
        Ont.``, ``Prince Albert``). One-word French places the French model reads as people
        are in ``french`` (``places_fr``).

        May import ``newswire.models``, ``nlp.entities.words`` (the gazetteers of
        ``aliases``), ``nlp.entities.spans`` (``Mention``) and ``nlp.entities.roles`` (a
        title split off a name); no spaCy.""",
        ("places", "towns"),
    ),
    "clustering": (
        """One article's mentions grouped into entities: mentions joined by normalised text,
        the alias table, acronyms and surnames (``grouping``), and each entity's name and
        type, the model's vote overruled by what the name's words say (``clusters``).

        May import ``newswire.models``, ``nlp.entities.words``, ``nlp.entities.spans``
        (``Mention``), ``nlp.entities.geography`` (``places``), ``nlp.entities.organisations``
        (``clubs``) and ``nlp.entities.people`` (``doublebarrelled``); no spaCy.""",
        ("grouping", "clusters"),
    ),
    "cross_article": (
        """Who a name is across articles: the registry (one record per ``entity_id``, pure
        functions over JSON-able dicts that the stream keeps in a Faust table and the CLI and
        the worker's ``/entities/top`` read) and its records read as identities
        (``identity``: one name one type, partial names, ``Knowledge`` for the next article).

        May import ``newswire.models`` and ``nlp.entities.words`` (``names``, ``casing``)
        only: never spaCy (``tests/test_package.py`` pins that the registry loads without
        it).""",
        ("registry", "identity"),
    ),
    "french": (
        """The French model's entity labels made into newswire's types, as a spaCy component
        after ``ner`` (``labels_fr``, added by ``nlp.loading``), and the French rules it runs:
        organisations' names (``orgnames_fr``), a ministry's portfolios (``portfolios_fr``),
        people's names (``people_fr``), places and days read as people (``places_fr``), a
        MISC name that speaks (``speaking_names_fr``); and the French words both these rules
        and ``nlp.quotes.lexicon_fr`` read (``french_words``, ``speech_verbs_fr``).

        May import spaCy and ``nlp.entities.words`` (first names, the alias table,
        ``names``); nothing of the English rules.""",
        ("labels_fr", "orgnames_fr", "people_fr", "places_fr", "portfolios_fr",
         "speaking_names_fr", "french_words", "speech_verbs_fr", "pilgrims_fr", "sorted_names_fr", "ranks_fr", "body_context_fr"),
    ),
}

#: Test files that stay at the top of ``tests/nlp/entities`` whatever they import: the shared
#: end-to-end helper other tests import (``entities``, ``named``), named after ``extract``, and
#: ``test_rules`` (one table per string rule of several groups: names, aliases, recall, titles).
TESTS_KEPT = ("test_extract", "test_rules")

#: The package ``__init__``'s docstring after the move (it replaces the flat package's).
PACKAGE_DOC = """Entities: the model's spans made into canonical names, types, mentions and aliases.

:mod:`.extract` (``extract_entities``) runs the steps; each concept is a subpackage whose
docstring says what lives there and what it may import: ``spans`` (the model's spans made
mentions, re-cased capitals, the recall pass, the layout's repairs), ``people``, ``roles``,
``organisations`` and ``geography`` (names of each kind the model cut or mistyped, mended from
their written form), ``clustering`` (mentions grouped into entities, and their types),
``words`` (names as strings, casing, first names, the alias table, what a name's words say),
``french`` (the French model's labels, a spaCy component) and ``cross_article`` (the
registry with its identities: pure functions over dicts).
May import ``newswire.models`` and spaCy; never ``nlp.quotes`` or ``nlp.boilerplate``.
Names here load lazily (``_HOMES``), so the registry (the worker's ``/entities/top``,
``newswire entities top``) imports without spaCy.
"""

ENTITIES = regroup.Layout(PACKAGE, TOP, GROUPS, TESTS_KEPT, PACKAGE_DOC)


if __name__ == "__main__":
    sys.exit(regroup.main(ENTITIES))
