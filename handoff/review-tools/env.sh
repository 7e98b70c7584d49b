# Parameters shared by the code reviewer's shell tools (sourced; round 38 on). Set ROUND, START
# (the round's start commit on main) and BRANCHES (the heads in the lead's merge order); the
# rest default from ROUND. Example:
#   export ROUND=55 START=64b696d2 BRANCHES="frnat55 frreg55 frorgs55 en55 speed55"
: "${ROUND:?set ROUND, e.g. ROUND=55}"
: "${START:?set START, the round's start commit on main, e.g. 64b696d2}"
REPO=${REPO:-/work/main}                      # read only: archive, fetch, diff
R=${R:-/tmp/review${ROUND}b}                   # scratch: trees, clones, profiles
WT=${WT:-/work/wt/review${ROUND}b}             # the reviewer's worktree (its .venv)
PY=${PY:-$WT/.venv/bin/python}
BIN=$(dirname "$PY")
BASE_SRC=${BASE_SRC:-/work/wt/base$ROUND/src}  # the start's src, as the engineers measure
TOOLS=$(cd "$(dirname "$0")" && pwd)
