"""Package boundaries: what each room of newswire may import, and the public names."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import newswire
from tests.conftest import ROOT

SRC = Path(newswire.__file__).resolve().parent
HTTP_AND_KAFKA = ("faust", "aiokafka", "aiohttp", "httpx", "requests", "urllib.request")
#: (package, modules it must never import). A rule covers the package's subpackages too.
RULES: list[tuple[str, tuple[str, ...]]] = [
    ("newswire.nlp", (*HTTP_AND_KAFKA, "newswire.io", "newswire.kafka", "newswire.stream",
                      "newswire.cli", "newswire.feeds", "newswire.broker")),
    ("newswire.nlp.boilerplate", ("spacy", "newswire.nlp.entities", "newswire.nlp.quotes",
                                  "newswire.nlp.pipeline")),
    ("newswire.nlp.entities", ("newswire.nlp.quotes", "newswire.nlp.boilerplate",
                               "newswire.nlp.pipeline")),
    ("newswire.nlp.quotes", ("newswire.nlp.boilerplate", "newswire.nlp.pipeline")),
    ("newswire.nlp.language", ("spacy", "newswire.nlp.entities", "newswire.nlp.quotes",
                               "newswire.nlp.boilerplate", "newswire.nlp.pipeline",
                               "newswire.nlp.loading")),
    ("newswire.nlp.prepare", ("spacy", "newswire.nlp.entities", "newswire.nlp.quotes",
                              "newswire.nlp.language", "newswire.nlp.pipeline")),
    ("newswire.io", ("faust", "aiokafka", "newswire.nlp", "newswire.kafka", "newswire.stream",
                     "newswire.cli")),
    ("newswire.kafka", ("faust", "newswire.nlp", "newswire.stream", "newswire.cli")),
    ("newswire.feeds", ("faust", "spacy", "trafilatura", "newswire.nlp", "newswire.stream",
                        "newswire.cli", "newswire.broker")),
    ("newswire.stream", ("newswire.cli",)),
    # The wire schema is a leaf: its events import only their nested parts.
    ("newswire.models", tuple(sorted(f"newswire.{m.stem}" for m in SRC.iterdir()
                                     if m.stem not in ("parts", "models", "__pycache__")))),
    ("newswire.parts", ("newswire.",)),
    ("newswire.errors", ("newswire.",)),
    ("newswire.settings", ("newswire.",)),
]


def module_name(path: Path) -> str:
    """``src/newswire/nlp/quotes/speech/cues.py`` -> ``newswire.nlp.quotes.speech.cues``."""
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def forbidden(name: str, banned: str) -> bool:
    """Whether importing ``name`` breaks a ban on ``banned`` (a module or a prefix ending '.')."""
    if banned.endswith("."):
        return name.startswith(banned)
    return name == banned or name.startswith(banned + ".")


@pytest.mark.parametrize(("package", "banned"), RULES, ids=[rule[0] for rule in RULES])
def test_import_rules(package: str, banned: tuple[str, ...]) -> None:
    """No module of ``package`` imports what its room forbids."""
    files = [f for f in SRC.rglob("*.py")
             if module_name(f) == package or module_name(f).startswith(package + ".")]
    assert files, f"no modules found for {package}"
    breaches = sorted(f"{module_name(f)} imports {name}" for f in files
                      for name in imports_of(f) if any(forbidden(name, b) for b in banned))
    assert breaches == []


def test_nothing_imports_the_cli() -> None:
    """The command line is the outermost layer: only itself and ``__main__`` import it."""
    users = sorted(module_name(f) for f in SRC.rglob("*.py")
                   if not module_name(f).startswith(("newswire.cli", "newswire.__main__"))
                   and any(forbidden(name, "newswire.cli") for name in imports_of(f)))
    assert users == []


@pytest.mark.parametrize(("module", "absent"), [
    ("newswire.nlp.pipeline", ("faust", "aiokafka", "aiohttp")),
    ("newswire.nlp.boilerplate", ("spacy", "faust", "aiokafka")),
    ("newswire.nlp.language", ("spacy", "faust", "aiokafka")),
    ("newswire.stream.process", ("faust", "spacy")),
    ("newswire.feeds", ("faust", "spacy", "trafilatura")),
    # The cross-article registry (``entities top``'s bound, the worker's /entities/top):
    # the package's names load lazily and English's casing table is no part of recase.
    ("newswire.nlp.entities.cross_article.registry", ("spacy", "thinc")),
])
def test_import_leaves_heavy_modules_unloaded(module: str, absent: tuple[str, ...]) -> None:
    """Importing ``module`` in a fresh interpreter does not load ``absent``."""
    probe = (f"import sys, {module}; "
             f"print(sorted(m for m in {absent!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_public_names() -> None:
    """newswire.subscribe, the models and the version are reachable from the package."""
    assert callable(newswire.subscribe)
    assert newswire.QuoteEvent.model_fields["quote"]
    assert newswire.__version__


@pytest.mark.parametrize("package", ["newswire.nlp", "newswire.nlp.boilerplate",
                                     "newswire.nlp.entities", "newswire.nlp.quotes",
                                     "newswire.nlp.language", "newswire.io", "newswire.kafka",
                                     "newswire.stream", "newswire.feeds", "newswire.cli"])
def test_subpackages_name_their_entry_points(package: str) -> None:
    """Each room has a docstring and an ``__all__`` whose names all resolve."""
    import importlib

    module = importlib.import_module(package)
    assert module.__doc__
    assert module.__all__
    for name in module.__all__:
        assert getattr(module, name) is not None


def bound_names(tree: ast.Module) -> set[str]:
    """Every name a module binds at its top level (definitions, assignments, imports, also
    under a top-level ``if``)."""
    names: set[str] = set()
    nodes = [*tree.body, *(inner for node in tree.body if isinstance(node, ast.If)
                           for inner in node.body)]  # imports under TYPE_CHECKING
    for node in nodes:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def declared_all(tree: ast.Module) -> list[str] | None:
    """The names of a module's ``__all__`` (a literal list), or None without one."""
    for node in tree.body:
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, ast.AnnAssign) else [])
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
            value = node.value  # type: ignore[union-attr]
            assert isinstance(value, ast.List), "__all__ is a literal list"
            return [str(ast.literal_eval(element)) for element in value.elts]
    return None


def lazy(tree: ast.Module) -> bool:
    """Whether a module imports its public names on first use (a module ``__getattr__``, at
    its top level or under ``if TYPE_CHECKING: ... else:``)."""
    return defines_getattr(tree.body) or getattr_for_run_time_only(tree)


def defines_getattr(body: list[ast.stmt]) -> bool:
    """Whether ``body`` defines a ``__getattr__``."""
    return any(isinstance(node, ast.FunctionDef) and node.name == "__getattr__"
               for node in body)


def getattr_for_run_time_only(tree: ast.Module) -> bool:
    """Whether a module defines its ``__getattr__`` in the ``else`` of ``if TYPE_CHECKING``."""
    return any(isinstance(node, ast.If) and isinstance(node.test, ast.Name)
               and node.test.id == "TYPE_CHECKING" and defines_getattr(node.orelse)
               for node in tree.body)


@pytest.mark.parametrize("package", ["newswire", "newswire.nlp", "newswire.nlp.entities",
                                     "newswire.stream"])
def test_lazy_packages_keep_their_names_typed(package: str) -> None:
    """A package that loads its names on first use defines ``__getattr__`` for run time only:
    one mypy sees makes every other name of the package ``Any``, so a misspelt ``from
    package import X`` passed the type check (strict mode included)."""
    path = SRC.joinpath(*package.split(".")[1:], "__init__.py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert (defines_getattr(tree.body), getattr_for_run_time_only(tree)) == (False, True)


def test_every_module_names_its_public_names_in_all() -> None:
    """Each module has an ``__all__`` naming only what it defines or imports: the team's bar,
    so that a module's public names are explicit."""
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        name = module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = declared_all(tree)
        if names is None:
            problems.append(f"{name}: no __all__")
        elif (unbound := sorted(set(names) - bound_names(tree))) and not lazy(tree):
            problems.append(f"{name}: __all__ names what it does not bind: {unbound}")
    assert problems == []


def test_the_build_floor_reads_the_license_as_written() -> None:
    """`license = "MIT"` (a PEP 639 expression) is read by setuptools 77 and later only; with
    the floor at 69, `pip install --no-build-isolation .` on setuptools 65-76 failed with
    "`project.license` must be valid exactly by one definition"."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    floors = [req.split(">=")[1] for req in pyproject["build-system"]["requires"]
              if req.startswith("setuptools>=")]
    if isinstance(pyproject["project"]["license"], str):
        assert floors
        assert int(floors[0].split(".")[0]) >= 77
