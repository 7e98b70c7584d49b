#!/bin/sh
# PolNeAR dev quote-stage speed (bench/quotes_speed.py --bare: best CPU ms an article of
# extract_quotes), a trial src and base53 interleaved, N pairs, with the load at each line.
src=$1; pairs=${2:-3}; base=/work/wt/base53/src
cd /work/wt/review53b || exit 1
for i in $(seq 1 "$pairs"); do
    for side in trial base; do
        tree=$src; [ $side = base ] && tree=$base
        ms=$(PYTHONPATH=$tree:bench nice .venv/bin/python bench/quotes_speed.py --bare \
             --repeat 3 --split dev --data /work/shared/data/polnear 2>/dev/null | tail -1)
        echo "pair $i $side $ms ms/article (load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%H:%M:%S))"
    done
done
