#!/bin/bash
cd /tmp/review54
PY=/work/wt/review54/.venv/bin/python
run() { PYTHONPATH=$2 nice $PY probe.py allmine.txt > sweep/$1.out 2> sweep/$1.err; }
run base /work/wt/base54/src &
run merged /tmp/review54/merged/src &
wait
i=0
for b in frnat54 frreg54 frorgs54 en54; do
  sha=$(git -C /work/main rev-parse --short $b); d=snap/$b-$sha
  [ -d $d ] || { mkdir -p $d; git -C /work/main archive $sha src | tar -x -C $d; }
  run $b $d/src &
  i=$((i+1)); if [ $((i % 2)) -eq 0 ]; then wait; fi
done
wait
echo done > sweep/done
