#!/bin/sh
# Export a branch's committed tree (src tests pyproject.toml) to
# /tmp/review54b/trees/NAME-COMMIT and point /tmp/review54b/trees/NAME at it (a running
# bench keeps the tree it started on); read-only from the shared repository (git archive).
set -e
branch=$1; name=${2:-$1}
commit=$(git -C /work/main rev-parse --short "$branch")
dest=/tmp/review54b/trees/$name-$commit
if [ ! -d "$dest" ]; then
    mkdir -p "$dest"
    git -C /work/main archive "$branch" src tests pyproject.toml | tar -x -C "$dest"
    echo "$commit" > "$dest/COMMIT"
fi
[ -d /tmp/review54b/trees/$name ] && [ ! -L /tmp/review54b/trees/$name ] && rm -rf /tmp/review54b/trees/$name
[ -n "$NOLINK" ] || ln -sfn "$dest" /tmp/review54b/trees/$name
echo "$dest"
