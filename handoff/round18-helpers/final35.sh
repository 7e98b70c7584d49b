#!/bin/bash
# usage: final35.sh SNAPDIR [fresh|other]  (default both; the two parts can run side by side)
#  (snapshot made by git archive HEAD src bench tests/nlp/quotes/probe;
# ../shared linked beside it; the round's start in /work/wt/base35/src)
cd "$1" || exit 1
PY=/work/main/.venv/bin/python
B=/work/wt/base35/src
export PYTHONPATH=src
F="nice $PY bench/fresh_eval.py --baseline-src $B --causes"
LS=$(printf "l%d," $(seq 1 12))
UNREAD=l,o,s,u,zc,zd,ze,zf,zg,zh,zi,zj
PART=${2:-both}
if [ "$PART" != other ]; then
echo "== unread all"; $F --articles $UNREAD
for s in l o s u zc zd ze zf zg zh zi zj; do echo "== unread $s"; $F --articles $s; done
echo "== unread English"; $F --articles ${LS}o,s,u,zc,zd,ze,zh,zi,zj
echo "== unread French"; $F --articles l13,l14,zf,zg
for h in zab-check za-check zb-check vxy-check v-check x-check y-check w-check pt-check q-check m-check n-check jk-check hi-check fr-check; do echo "== $h"; $F --articles $h; done
echo "== fresh_fr_check"; $F --data bench/data/fresh_fr_check
for h in zab-tune vxy-tune w-tune pt-tune q-tune m-tune n-tune jk-tune hi-tune fr-tune a,b,c,d,e,f,g; do echo "== $h"; $F --articles $h; done
fi
if [ "$PART" != fresh ]; then
echo "== probe"; nice $PY bench/quotes_probe.py --baseline-src $B 2>&1 | tail -15
echo "== polnear dev"; nice $PY bench/quotes_eval.py --split dev --baseline-src $B 2>&1 | tail -40
echo "== polnear train 401-840"; nice $PY bench/quotes_eval.py --split train --skip 400 --baseline-src $B 2>&1 | tail -40
echo "== ner testa"; nice $PY bench/ner_eval.py --baseline-src $B 2>&1 | tail -25
echo "== quotes speed"; nice $PY bench/quotes_speed.py --baseline-src $B 2>&1 | tail -15
fi
