#!/bin/bash
# usage: final36.sh SNAPDIR [fresh|other]  (default both; the two parts can run side by side)
#  (snapshot made by git archive HEAD src bench tests/nlp/quotes/probe;
# ../shared linked beside it; the round's start in /work/wt/base36/src)
cd "$1" || exit 1
PY=/work/main/.venv/bin/python
B=/work/wt/base36/src
export PYTHONPATH=src
F="nice $PY bench/fresh_eval.py --baseline-src $B --causes"
LS=$(printf "l%d," $(seq 1 12))
PART=${2:-both}
if [ "$PART" != other ]; then
# Each unread set once (l split by language); totals by sumsets.py, which sums these lines.
echo "== unread l-en"; $F --articles ${LS%,}
echo "== unread l-fr"; $F --articles l13,l14
for s in o s u zd ze zg zh zi zj zk zl zm zn zo; do echo "== unread $s"; $F --articles $s; done
for h in zcf-check zc-check zf-check zab-check za-check zb-check vxy-check v-check x-check y-check w-check pt-check q-check m-check n-check jk-check hi-check fr-check; do echo "== $h"; $F --articles $h; done
echo "== fresh_fr_check"; $F --data bench/data/fresh_fr_check
for h in zcf-tune zab-tune vxy-tune w-tune pt-tune q-tune m-tune n-tune jk-tune hi-tune fr-tune a,b,c,d,e,f,g; do echo "== $h"; $F --articles $h; done
fi
if [ "$PART" != fresh ]; then
echo "== probe"; nice $PY bench/quotes_probe.py --baseline-src $B 2>&1 | tail -15
echo "== polnear dev"; nice $PY bench/quotes_eval.py --split dev --baseline-src $B 2>&1 | tail -40
echo "== polnear train 401-840"; nice $PY bench/quotes_eval.py --split train --skip 400 --baseline-src $B 2>&1 | tail -40
echo "== ner testa"; nice $PY bench/ner_eval.py --baseline-src $B 2>&1 | tail -25
echo "== quotes speed"; nice $PY bench/quotes_speed.py --baseline-src $B 2>&1 | tail -15
fi
