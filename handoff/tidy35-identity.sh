#!/bin/bash
# usage: handoff/tidy35-identity.sh SRC OUTDIR: predictions of every fresh set allowed for byte
# comparison (tuning, check, fresh_fr_check) by the newswire in SRC; compare two OUTDIRs with cmp,
# never open the check outputs. Paths are tidy35's; change them for another worktree.
SRC=$1; OUT=$2; mkdir -p $OUT
cd /work/wt/tidy35
PY=/work/wt/tidy35/.venv/bin/python
B=/work/wt/tidy35/bench
TUNE=a,b,c,d,e,f,g,hi-tune,jk-tune,m-tune,n-tune,p-tune,q-tune,t-tune,v-tune,w-tune,x-tune,y-tune,za-tune,zb-tune
CHECK=hi-check,jk-check,m-check,n-check,p-check,q-check,t-check,v-check,w-check,x-check,y-check,za-check,zb-check
PYTHONPATH=$SRC:$B nice $PY $B/fresh_eval.py --data $B/data/fresh --predict-only --articles $TUNE > $OUT/tune.json 2>$OUT/tune.err &
PYTHONPATH=$SRC:$B nice $PY $B/fresh_eval.py --data $B/data/fresh --predict-only --articles $CHECK > $OUT/check.json 2>$OUT/check.err
wait
PYTHONPATH=$SRC:$B nice $PY $B/fresh_eval.py --data $B/data/fresh_fr_check --predict-only > $OUT/frcheck.json 2>$OUT/frcheck.err
echo finished
