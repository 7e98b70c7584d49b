#!/bin/bash
# usage: cmp.sh BRANCH file...   -> archive branch's src to snap/BRANCH-<sha>, run probe on files, diff vs base52
set -e
b=$1; shift
cd /work/wt/review52
sha=$(git rev-parse --short ${SHA:-$b})
d=${R:-/tmp/review52}/snap/$b-$sha
if [ ! -d $d ]; then mkdir -p $d; git archive $sha src | tar -x -C $d; fi
cd ${R:-/tmp/review52}
PY=/work/wt/review52/.venv/bin/python
for f in "$@"; do
  n=$(basename $f .txt)
  if [ ! -f out/base-$n.out ] || [ $f -nt out/base-$n.out ]; then
    PYTHONPATH=/work/wt/base52/src nice $PY probe.py $f > out/base-$n.out 2>out/base-$n.err
  fi
  PYTHONPATH=$d/src nice $PY probe.py $f > out/$b-$sha-$n.out 2>out/$b-$sha-$n.err
  echo "##### $b $sha $n"
  diff <(tail -n +2 out/base-$n.out) <(tail -n +2 out/$b-$sha-$n.out) || true
done
