#!/bin/sh
# Run a branch's new and changed test files (its exported tree, /tmp/review53b/trees/NAME)
# against base53's src: rows that pass there are guards or tests that cannot fail.
name=$1; base=${2:-/work/wt/base53/src}
cd /tmp/review53b/trees/$name || exit 1
files=$(git -C /work/main diff --name-only --diff-filter=AM fcddcb85 "$(cat COMMIT)" -- tests | grep '\.py$' | grep -v __init__)
PYTHONPATH=$base nice /work/wt/review53b/.venv/bin/python -m pytest -p no:cacheprovider \
    -o addopts="" -v -rN --tb=no --continue-on-collection-errors $files 2>&1 | grep -E "passed|failed|PASSED|FAILED|ERROR" | tail -150
