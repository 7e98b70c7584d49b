#!/bin/bash
# usage: final.sh SNAPDIR [fresh|other]  (default both; the two parts can run side by side,
#  each started with setsid: a background job of one shell shares its process group, so
#  `kill -- -PGID` of one part stops the other too)
#  SNAPDIR: git archive HEAD src bench tests/nlp/quotes/probe | tar -x -C SNAPDIR, with
#  ../shared linked beside it. The sets and the round's start (BASE) are in sets.sh.
. "$(dirname "$0")/sets.sh"
cd "$1" || exit 1
PY=/work/main/.venv/bin/python
export PYTHONPATH=src
F="nice $PY bench/fresh_eval.py --baseline-src $BASE --causes"
LS=$(printf "l%d," $(seq 1 12))
PART=${2:-both}
if [ "$PART" != other ]; then
# Each unread set once (l split by language); totals by sumsets.py, which sums these lines.
echo "== unread l-en"; $F --articles ${LS%,}
echo "== unread l-fr"; $F --articles l13,l14
for s in $UNREAD; do echo "== unread $s"; $F --articles $s; done
# One run per sum (a run per half took 40 minutes more in round twenty-four).
# Whole sets by other writers that no helper read (from round thirty-two): the check to trust.
echo "== english whole check"; $F --articles $EN_WHOLE
echo "== french whole check"; $F --articles $FR_WHOLE
echo "== english check"; $F --articles $EN_CHECK
echo "== french check"; $F --articles $FR_CHECK
echo "== fresh_fr_check"; $F --data bench/data/fresh_fr_check
echo "== tuning"; $F --articles $TUNING
fi
if [ "$PART" != fresh ]; then
echo "== probe"; nice $PY bench/quotes_probe.py --baseline-src $BASE 2>&1 | tail -15
echo "== polnear dev"; nice $PY bench/quotes_eval.py --split dev --baseline-src $BASE 2>&1 | tail -40
echo "== polnear train 401-840"; nice $PY bench/quotes_eval.py --split train --skip 400 --baseline-src $BASE 2>&1 | tail -40
echo "== ner testa"; nice $PY bench/ner_eval.py --baseline-src $BASE 2>&1 | tail -25
echo "== quotes speed"; nice $PY bench/quotes_speed.py --baseline-src $BASE 2>&1 | tail -15
echo "== clean_html speed"; nice $PY bench/clean_html_speed.py --src final=src --src start=$BASE \
  --src pre13=/work/wt/pre13/src --trafilatura --limit 300 2>&1 | tail -15
fi
