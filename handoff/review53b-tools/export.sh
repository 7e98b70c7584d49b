#!/bin/sh
# Export a branch's committed tree (src tests pyproject.toml) to
# /tmp/review53b/trees/NAME-COMMIT and point /tmp/review53b/trees/NAME at it (a running
# bench keeps the tree it started on); read-only from the shared repository (git archive).
set -e
branch=$1; name=${2:-$1}
commit=$(git -C /work/main rev-parse --short "$branch")
dest=/tmp/review53b/trees/$name-$commit
if [ ! -d "$dest" ]; then
    mkdir -p "$dest"
    git -C /work/main archive "$branch" src tests pyproject.toml | tar -x -C "$dest"
    echo "$commit" > "$dest/COMMIT"
fi
[ -d /tmp/review53b/trees/$name ] && [ ! -L /tmp/review53b/trees/$name ] && rm -rf /tmp/review53b/trees/$name
ln -sfn "$dest" /tmp/review53b/trees/$name
echo "$dest"
