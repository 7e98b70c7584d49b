#!/bin/bash
# review56: pages probe on a branch vs base56
ROUND=56 exec /work/wt/review56/handoff/review-tools/cmp.sh "$1" /work/wt/review56/handoff/review56-probes/pagesprobe.py "${@:2}"
