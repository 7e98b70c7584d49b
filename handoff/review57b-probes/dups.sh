#!/bin/sh
# duplicates --change on a branch head, checked out (detached) in a worktree of the scratch clone
b=$1; C=/tmp/review57b/clone; W=/tmp/review57b/wt/$b
git -C $C fetch -q origin '+refs/heads/*:refs/remotes/origin/*'
[ -d $W ] || git -C $C worktree add -q --detach $W origin/$b
git -C $W checkout -q --detach origin/$b && echo "== $b $(git -C $W rev-parse --short HEAD)"
cd $W && duplicates --change --base e2518a95 --repo src --seconds 60 && duplicates --change --base e2518a95 --repo tests --seconds 60
