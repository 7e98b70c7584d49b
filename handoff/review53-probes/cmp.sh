#!/bin/bash
# usage: cmp.sh BRANCH file...  (SHA=commit optional) -> git archive branch's src (read only), run probe, diff vs base53
b=$1; shift
cd /work/wt/$b
sha=$(git rev-parse --short ${SHA:-HEAD})
d=/tmp/review53/snap/$b-$sha
if [ ! -d $d ]; then mkdir -p $d; git archive $sha src | tar -x -C $d; fi
cd /tmp/review53
PY=/work/wt/review53/.venv/bin/python
for f in "$@"; do
  n=$(basename $f .txt)
  if [ ! -f out/base-$n.out ] || [ $f -nt out/base-$n.out ]; then
    PYTHONPATH=/work/wt/base53/src nice $PY probe.py $f > out/base-$n.out 2>out/base-$n.err
  fi
  PYTHONPATH=$d/src nice $PY probe.py $f > out/$b-$sha-$n.out 2>out/$b-$sha-$n.err
  echo "##### $b $sha $n"
  diff out/base-$n.out out/$b-$sha-$n.out || true
done
