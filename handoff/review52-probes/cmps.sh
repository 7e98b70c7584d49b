#!/bin/bash
# usage: cmps.sh BRANCH script.py  -> run a script on base52 (cached) and on the branch's archive; diff
set -e
b=$1; s=$2; shift 2
cd /work/wt/review52
sha=$(git rev-parse --short ${SHA:-$b})
d=${R:-/tmp/review52}/snap/$b-$sha
if [ ! -d $d ]; then mkdir -p $d; git archive $sha src | tar -x -C $d; fi
cd ${R:-/tmp/review52}
PY=/work/wt/review52/.venv/bin/python
n=$(basename $s .py)
if [ ! -f out/base-$n.out ] || [ $s -nt out/base-$n.out ]; then
  PYTHONPATH=/work/wt/base52/src nice $PY $s "$@" > out/base-$n.out 2>out/base-$n.err
fi
PYTHONPATH=$d/src nice $PY $s "$@" > out/$b-$sha-$n.out 2>out/$b-$sha-$n.err
echo "##### $b $sha $n"
diff <(tail -n +2 out/base-$n.out | sed 's/ *[0-9.]*s quotes/ quotes/') <(tail -n +2 out/$b-$sha-$n.out | sed 's/ *[0-9.]*s quotes/ quotes/') || true
