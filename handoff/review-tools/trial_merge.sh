#!/bin/sh
# Trial merge N: main + $BRANCHES not yet in it, in that order, in the scratch clone
# $CLONE (default $R/clone, cloned read only from $REPO with its push URL disabled on first
# use), conflicts resolved by resolve.py; then ruff, mypy, tests/nlp + tests/test_package.py
# (nice, -n 2), and a copy of the merged src in $R/trialN-src for the call counts.
# Usage: trial_merge.sh N; env as in env.sh (BRANCHES required).
set -u
. "$(dirname "$0")/env.sh"
: "${BRANCHES:?set BRANCHES, the heads in merge order}"
n=$1; CLONE=${CLONE:-$R/clone}
if [ ! -d "$CLONE" ]; then
    git clone -q "$REPO" "$CLONE" && git -C "$CLONE" remote set-url --push origin no-push
fi
cd "$CLONE" || exit 1
git fetch -q origin '+refs/heads/*:refs/remotes/origin/*'
git merge --abort 2>/dev/null
git checkout -q -B "trial$n" origin/main
echo "== main $(git rev-parse --short origin/main)"
for b in $BRANCHES; do
    if git merge-base --is-ancestor "origin/$b" HEAD; then
        echo "== $b $(git rev-parse --short "origin/$b"): already in main"; continue
    fi
    echo "== merge $b $(git rev-parse --short "origin/$b")"
    if ! git merge --no-ff --no-edit -q "origin/$b"; then
        conflicted=$(git diff --name-only --diff-filter=U)
        "$PY" "$TOOLS/resolve.py" $conflicted || { echo "UNRESOLVED in $b"; exit 1; }
        git add -A && git commit -q --no-edit
    fi
done
git log --oneline -1
rm -rf "$R/trial$n-src" && cp -r src "$R/trial$n-src"
echo "== ruff"; "$BIN/ruff" check --output-format concise src tests bench | tail -5
echo "== mypy"; nice "$BIN/mypy" --cache-dir "$R/mypy-trial$n" 2>&1 | tail -3
echo "== sizes"; git diff --name-only origin/main HEAD -- src | xargs wc -l | sort -n | tail -6
echo "== tests"
PYTHONPATH=$CLONE/src nice "$PY" -m pytest -q -p no:cacheprovider \
    -o addopts="" -n 2 tests/nlp tests/test_package.py 2>&1 | tail -15
