#!/bin/bash
# review57: cmp.sh with my probe
ROUND=57 PROBE=/work/wt/review57/handoff/review57-probes/probe.py exec /work/wt/review57/handoff/review-tools/cmp.sh "$@"
