#!/bin/bash
# review57: cmp.sh with the behaviour reviewers' row probe (handoff/review-tools/rows_probe.py)
ROUND=57 PROBE="$(dirname "$0")/../review-tools/rows_probe.py" exec "$(dirname "$0")/../review-tools/cmp.sh" "$@"
