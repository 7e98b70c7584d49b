#!/bin/sh
# Run a branch's new and changed test files (its exported tree, $R/trees/NAME, made by
# export.sh) against the start's src ($BASE_SRC): rows that pass there are guards or tests
# that cannot fail. Usage: tests_on_base.sh NAME; env as in env.sh.
. "$(dirname "$0")/env.sh"
name=$1
cd "$R/trees/$name" || exit 1
files=$(git -C "$REPO" diff --name-only --diff-filter=AM "$START" "$(cat COMMIT)" -- tests | grep '\.py$' | grep -v __init__)
PYTHONPATH=$BASE_SRC nice "$PY" -m pytest -p no:cacheprovider \
    -o addopts="" -v -rN --tb=no --continue-on-collection-errors $files 2>&1 | grep -E "passed|failed|PASSED|FAILED|ERROR" | tail -150
