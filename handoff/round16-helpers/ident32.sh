#!/bin/bash
for d in m32 m32b; do
  (cd /tmp/lead/$d && PYTHONPATH=src nice /work/main/.venv/bin/python bench/fresh_eval.py --predict-only --articles l,o,s,u,v,w,x,y > /tmp/lead/pred_$d.json 2>/tmp/lead/pred_$d.err) &
done
wait
cmp /tmp/lead/pred_m32.json /tmp/lead/pred_m32b.json && echo UNREAD IDENTICAL
