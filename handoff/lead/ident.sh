#!/bin/bash
# usage: ident.sh SNAP_A SNAP_B: byte comparison of predictions on the unread sets (never read).
# Run it on one snapshot twice, or under PYTHONHASHSEED=1/2/3, to catch nondeterminism.
. "$(dirname "$0")/sets.sh"
ARTS=l,$(echo $UNREAD | tr ' ' ,)
for d in "$1" "$2"; do
  (cd "$d" && PYTHONPATH=src nice /work/main/.venv/bin/python bench/fresh_eval.py --predict-only --articles "$ARTS" > "$d.pred.json" 2>"$d.pred.err") &
done
wait
cmp "$1.pred.json" "$2.pred.json" && echo UNREAD IDENTICAL
