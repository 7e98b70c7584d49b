#!/bin/bash
# All heads together (the behaviour reviewer's interplay probe), for any round.
#
# usage: ROUND=55 START=64b696d2 sweep.sh rows.txt BRANCH ...
#
# A scratch tree $R/merged/src is the start's src (/work/wt/base$ROUND/src) with each
# branch's `git diff START BRANCH -- src` applied in turn (3-way, conflicts reported, not
# joined: join them by hand in $R/merged and rerun with MERGED_READY=1). review51's probe.py
# runs the rows on the start, the merged tree and each head (snapshots as cmp.sh makes them);
# review54's compare.py then prints every row whose merged output is neither the start's nor
# the one moving head's (interplay). A row two heads move in different parts (a quote and an
# entity) is listed too: read it, it is interplay only if the merged output is neither. Replaces review54-probes/sweep.sh (hard-coded to 54).
set -e
: "${ROUND:?set ROUND}" "${START:?set START, the main commit of the round}"
R=${R:-/tmp/review$ROUND}
PY=${PY:-/work/wt/review$ROUND/.venv/bin/python}
BASE=${BASE:-/work/wt/base$ROUND/src}
PROBE=${PROBE:-$(dirname "$0")/rows_probe.py}
COMPARE=${COMPARE:-/work/wt/review$ROUND/handoff/review54-probes/compare.py}
rows=$(realpath "$1"); shift
# each head is read once, here: a commit landing mid-sweep must not split merged and head
declare -A SHA; for b in "$@"; do SHA[$b]=$(git -C /work/main rev-parse --short "$b"); done
mkdir -p "$R/sweep" "$R/snap"
if [ -z "$MERGED_READY" ]; then
  rm -rf "$R/merged"; mkdir -p "$R/merged"
  git -C /work/main archive "$START" src | tar -x -C "$R/merged"
  git -C "$R/merged" init -q && git -C "$R/merged" add -A && git -C "$R/merged" commit -qm start
  for b in "$@"; do
    git -C /work/main diff "$START" "${SHA[$b]}" -- src > "$R/sweep/$b.patch"
    git -C "$R/merged" apply --3way "$R/sweep/$b.patch" || echo "CONFLICT applying $b"
  done
  git -C "$R/merged" log --oneline -1 >/dev/null
fi
for b in "$@"; do echo "$b ${SHA[$b]}"; done > "$R/sweep/heads.txt"
run() { PYTHONPATH=$2 nice "$PY" "$PROBE" "$rows" > "$R/sweep/$1.out" 2> "$R/sweep/$1.err"; }
run base "$BASE" & run merged "$R/merged/src" & wait
for b in "$@"; do
  sha=${SHA[$b]}; d=$R/snap/$b-$sha
  [ -d "$d" ] || { mkdir -p "$d"; git -C /work/main archive "$sha" src | tar -x -C "$d"; }
  run "$b" "$d/src"
done
cd "$R" && "$PY" "$COMPARE" "$@"
