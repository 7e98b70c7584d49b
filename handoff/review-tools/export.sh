#!/bin/sh
# Export a branch's committed tree (src tests pyproject.toml) to $R/trees/NAME-COMMIT and
# point $R/trees/NAME at it (a running bench keeps the tree it started on); read only from
# the shared repository (git archive). Usage: export.sh BRANCH [NAME]; env as in env.sh.
set -e
. "$(dirname "$0")/env.sh"
branch=$1; name=${2:-$1}
commit=$(git -C "$REPO" rev-parse --short "$branch")
dest=$R/trees/$name-$commit
if [ ! -d "$dest" ]; then
    mkdir -p "$dest"
    git -C "$REPO" archive "$branch" src tests pyproject.toml | tar -x -C "$dest"
    echo "$commit" > "$dest/COMMIT"
fi
[ -d "$R/trees/$name" ] && [ ! -L "$R/trees/$name" ] && rm -rf "$R/trees/$name"
[ -n "$NOLINK" ] || ln -sfn "$dest" "$R/trees/$name"
echo "$dest"
