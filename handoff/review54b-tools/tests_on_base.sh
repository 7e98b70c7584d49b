#!/bin/sh
# Run a branch's new and changed test files (its exported tree, /tmp/review54b/trees/NAME)
# against base54's src: rows that pass there are guards or tests that cannot fail.
name=$1; base=${2:-/work/wt/base54/src}
cd /tmp/review54b/trees/$name || exit 1
files=$(git -C /work/main diff --name-only --diff-filter=AM b066592c "$(cat COMMIT)" -- tests | grep '\.py$' | grep -v __init__)
PYTHONPATH=$base nice /work/wt/review54b/.venv/bin/python -m pytest -p no:cacheprovider \
    -o addopts="" -v -rN --tb=no --continue-on-collection-errors $files 2>&1 | grep -E "passed|failed|PASSED|FAILED|ERROR" | tail -150
