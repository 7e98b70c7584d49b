#!/bin/bash
# run probe on base52 for given row files (cache)
cd /tmp/review52
PY=/work/wt/review52/.venv/bin/python
for f in "$@"; do n=$(basename $f .txt); PYTHONPATH=/work/wt/base52/src nice $PY probe.py $f > out/base-$n.out 2>out/base-$n.err; done
