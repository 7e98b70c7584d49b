#!/bin/bash
# review56: cmp.sh with the behaviour reviewers' row probe (handoff/review-tools/rows_probe.py)
ROUND=56 PROBE="$(dirname "$0")/../review-tools/rows_probe.py" exec "$(dirname "$0")/../review-tools/cmp.sh" "$@"
