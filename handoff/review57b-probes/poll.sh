#!/bin/sh
# heads of the round's branches, and what each added since the last poll
cd /work/main
for b in shutdown57 frpeople57 en57 orgs57; do
  h=$(git rev-parse --short $b); last=$(cat /tmp/review57b/last-$b 2>/dev/null)
  if [ "$h" != "$last" ]; then echo "== $b $last -> $h"; git log --oneline --stat ${last:-e2518a95}..$b -- . ':!bench/data' | head -40; echo $h > /tmp/review57b/last-$b; else echo "== $b $h (same)"; fi
done
