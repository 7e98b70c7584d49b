"""bench/plaintext_eval.py run from a `git archive` snapshot, as COMMON.md asks benches to be
run: its old cleaner comes from ``--baseline-src``, not from a repository the snapshot lacks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

DATA = SHARED / "data"


def run_from_snapshot(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The bench copied out of the checkout (no ``.git`` above it), run on one text a set."""
    if not (DATA / "polnear").exists() or not (DATA / "conll2003").exists():
        pytest.skip("../shared/data is not beside this checkout")
    snapshot = tmp_path / "snap"
    shutil.copytree(ROOT / "bench", snapshot / "bench",
                    ignore=lambda _, names: [n for n in names if n == "data"])
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{snapshot / 'bench'}"}
    command = [sys.executable, str(snapshot / "bench" / "plaintext_eval.py"), "--limit", "1",
               "--no-zyte", "--show", "none", "--data", str(DATA), *args]
    return subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True,
                          timeout=300, check=False)


def test_snapshot_runs_beside_the_given_baseline_tree(tmp_path: Path) -> None:
    """With ``--baseline-src`` the report runs outside a checkout and names that tree (before:
    ``git archive`` of the pre-13 revision, exit 128 with a traceback)."""
    done = run_from_snapshot(tmp_path, "--baseline-src", str(ROOT / "src"))
    assert done.returncode == 0, done.stderr
    assert f"old = clean_text of {ROOT / 'src'}, new = this tree" in done.stdout
    assert "CoNLL eng.testa" in done.stdout


def test_snapshot_without_a_baseline_tree_says_what_to_give(tmp_path: Path) -> None:
    """Without it, outside a checkout: one line naming ``--baseline-src``, no traceback."""
    done = run_from_snapshot(tmp_path)
    assert done.returncode != 0
    assert "is not a git checkout" in done.stderr
    assert "--baseline-src DIR" in done.stderr
    assert "Traceback" not in done.stderr
