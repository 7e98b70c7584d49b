#!/bin/bash
. /work/main/handoff/lead/sets.sh
cd /tmp/lead/snapB
PY=/work/main/.venv/bin/python
export PYTHONPATH=src
F="nice $PY bench/fresh_eval.py --baseline-src $BASE --causes"
echo "== english check"; $F --articles zt-check,zz-check,zy-check,zr-check,zm-check,zc-check,za-check,vxy-check,pt-check,m-check,jk-check,hi-check
echo "== french check"; $F --articles zwzzi-check,zp-check,zv-check,zl-check,zk-check,zf-check,zb-check,w-check,q-check,n-check,fr-check
echo "== fresh_fr_check"; $F --data bench/data/fresh_fr_check
echo "== tuning"; $F --articles zwzzi-tune,zt-tune,zpzz-tune,zvy-tune,zlr-tune,zkm-tune,zcf-tune,zab-tune,vxy-tune,w-tune,pt-tune,q-tune,m-tune,n-tune,jk-tune,hi-tune,fr-tune,a,b,c,d,e,f,g
