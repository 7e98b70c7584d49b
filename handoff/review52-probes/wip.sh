#!/bin/bash
# usage: wip.sh NAME file...  -> copy worktree's src (read only) to wip/NAME, run probe, diff vs base52
b=$1; shift
cd /tmp/review52
rm -rf wip/$b; mkdir -p wip/$b; cp -r /work/wt/$b/src wip/$b/
PY=/work/wt/review52/.venv/bin/python
for f in "$@"; do
  n=$(basename $f .txt)
  if [ ! -f out/base-$n.out ] || [ $f -nt out/base-$n.out ]; then
    PYTHONPATH=/work/wt/base52/src nice $PY probe.py $f > out/base-$n.out 2>out/base-$n.err
  fi
  PYTHONPATH=wip/$b/src nice $PY probe.py $f > out/wip-$b-$n.out 2>out/wip-$b-$n.err
  echo "##### WIP $b $n"
  diff <(tail -n +2 out/base-$n.out) <(tail -n +2 out/wip-$b-$n.out) || true
done
