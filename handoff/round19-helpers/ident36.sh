#!/bin/bash
# usage: ident36.sh SNAP_A SNAP_B: byte comparison of predictions on the unread sets (never read)
for d in "$1" "$2"; do
  (cd "$d" && PYTHONPATH=src nice /work/main/.venv/bin/python bench/fresh_eval.py --predict-only --articles l,o,s,u,zd,ze,zg,zh,zi,zj,zk,zl,zm,zn,zo > "$d.pred.json" 2>"$d.pred.err") &
done
wait
cmp "$1.pred.json" "$2.pred.json" && echo UNREAD IDENTICAL
