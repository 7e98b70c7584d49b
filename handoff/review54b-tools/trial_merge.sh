#!/bin/sh
# Trial merge N (review54b): main + the branches not yet in it, in the lead's order, in the
# scratch clone /tmp/review54b/clone (cloned read-only from /work/main), conflicts resolved
# by resolve.py; then ruff, mypy, tests/nlp + tests/test_package.py, and a copy of the
# merged src for the profile. Usage: trial_merge.sh N
set -u
n=$1; tools=/tmp/review54b/tools; py=/work/wt/review54b/.venv/bin
CLONE=${CLONE:-/tmp/review54b/clone}; cd $CLONE || exit 1
git fetch -q origin '+refs/heads/*:refs/remotes/origin/*'
git merge --abort 2>/dev/null
git checkout -q -B trial$n origin/main
echo "== main $(git rev-parse --short origin/main)"
for b in ${BRANCHES:-frnat54 frreg54 frorgs54 en54 speed54 pages54}; do
    if git merge-base --is-ancestor origin/$b HEAD; then
        echo "== $b $(git rev-parse --short origin/$b): already in main"; continue
    fi
    echo "== merge $b $(git rev-parse --short origin/$b)"
    if ! git merge --no-ff --no-edit -q origin/$b; then
        conflicted=$(git diff --name-only --diff-filter=U)
        $py/python $tools/resolve.py $conflicted || { echo "UNRESOLVED in $b"; exit 1; }
        git add -A && git commit -q --no-edit
    fi
done
git log --oneline -1
rm -rf /tmp/review54b/trial$n-src && cp -r src /tmp/review54b/trial$n-src
echo "== ruff"; $py/ruff check --output-format concise src tests bench | tail -5
echo "== mypy"; nice $py/mypy --cache-dir /tmp/review54b/mypy-trial$n 2>&1 | tail -3
echo "== sizes"; git diff --name-only origin/main HEAD -- src | xargs wc -l | sort -n | tail -6
echo "== tests"
PYTHONPATH=$CLONE/src nice $py/python -m pytest -q -p no:cacheprovider \
    -o addopts="" -n 2 tests/nlp tests/test_package.py 2>&1 | tail -15
