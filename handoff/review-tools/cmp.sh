#!/bin/bash
# One probe runner for the behaviour reviewer of any round (rounds 34-36 each copied it as
# review5N-probes/cmp.sh and cmps.sh).
#
# usage: ROUND=53 cmp.sh BRANCH rows.txt ...        run $R/probe.py on each file of rows
#        ROUND=53 cmp.sh BRANCH script.py [ARG ...] run a probe script with its arguments
#
# The commit (SHA=..., default the branch's head) has its src archived, read only, into
# $R/snap/BRANCH-SHA; the round's start (/work/wt/base$ROUND/src) runs the same, its output
# cached until the input file changes; the two are diffed past their first line (a header),
# with "N.NNs quotes" timings dropped. R, PY, BASE and PROBE may be set to override the
# defaults. Paths of rows and scripts are made absolute before the run moves to $R (round 38:
# relative paths and a bare "probe.py" in $R broke when run from the worktree).
set -e
: "${ROUND:?set ROUND, e.g. ROUND=53}"
R=${R:-/tmp/review$ROUND}
PY=${PY:-/work/wt/review$ROUND/.venv/bin/python}
BASE=${BASE:-/work/wt/base$ROUND/src}
PROBE=${PROBE:-$(dirname "$0")/rows_probe.py}
UNTIMED='s/ *[0-9.]*s quotes/ quotes/'
b=$1; shift
args=(); for a in "$@"; do if [ -e "$a" ]; then args+=("$(realpath "$a")"); else args+=("$a"); fi; done
set -- "${args[@]}"
sha=$(git -C /work/main rev-parse --short "${SHA:-$b}")
d=$R/snap/$b-$sha
if [ ! -d "$d" ]; then mkdir -p "$d"; git -C /work/main archive "$sha" src | tar -x -C "$d"; fi
cd "$R"; mkdir -p out

compare() {  # NAME INPUT ARG...: the start's output (cached) and the commit's, diffed
  local n=$1 input=$2; shift 2
  local stale=0 a
  [ -f "out/base-$n.out" ] || stale=1
  for a in "$input" "$@"; do [ -f "$a" ] && [ "$a" -nt "out/base-$n.out" ] && stale=1; done
  if [ $stale = 1 ]; then
    PYTHONPATH=$BASE nice "$PY" "$@" > "out/base-$n.out" 2> "out/base-$n.err"
  fi
  PYTHONPATH=$d/src nice "$PY" "$@" > "out/$b-$sha-$n.out" 2> "out/$b-$sha-$n.err"
  echo "##### $b $sha $n"
  diff <(tail -n +2 "out/base-$n.out" | sed "$UNTIMED") \
       <(tail -n +2 "out/$b-$sha-$n.out" | sed "$UNTIMED") || true
}

if [[ $1 == *.py ]]; then
  # a script's start output is cached against the script and every file argument
  compare "$(basename "$1" .py)-$(echo "$*" | md5sum | cut -c1-8)" "$1" "$@"
else
  # named by folder and file: review54-probes/froccup.txt and review55-probes/froccup.txt
  # must not share the start's cached output
  for f in "$@"; do
    compare "$(basename "$(dirname "$f")")-$(basename "$f" .txt)" "$f" "$PROBE" "$f"
  done
fi
