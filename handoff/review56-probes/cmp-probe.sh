#!/bin/bash
# review56: cmp.sh with my probe
ROUND=56 PROBE=/work/wt/review56/handoff/review56-probes/probe.py exec /work/wt/review56/handoff/review-tools/cmp.sh "$@"
