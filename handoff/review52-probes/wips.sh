#!/bin/bash
# usage: wips.sh NAME script.py -> run script on base52 (cached) and a fresh copy of a worktree's src
b=$1; s=$2; shift 2
cd /tmp/review52
rm -rf wip/$b; mkdir -p wip/$b; cp -r /work/wt/$b/src wip/$b/
PY=/work/wt/review52/.venv/bin/python
n=$(basename $s .py)
if [ ! -f out/base-$n.out ] || [ $s -nt out/base-$n.out ]; then
  PYTHONPATH=/work/wt/base52/src nice $PY $s "$@" > out/base-$n.out 2>out/base-$n.err
fi
PYTHONPATH=wip/$b/src nice $PY $s "$@" > out/wip-$b-$n.out 2>out/wip-$b-$n.err
echo "##### WIP $b $n"
diff <(tail -n +2 out/base-$n.out) <(tail -n +2 out/wip-$b-$n.out) || true
