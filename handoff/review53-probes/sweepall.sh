#!/bin/bash
# one process per branch: every row file of mine concatenated (all.txt), diff vs base53
P=/work/wt/review53/handoff/review53-probes
cd /tmp/review53
cat $P/*.txt | grep -v '^#' > all.txt
PY=/work/wt/review53/.venv/bin/python
if [ ! -f out/base-all.out ] || [ all.txt -nt out/base-all.out ]; then
  PYTHONPATH=/work/wt/base53/src nice $PY probe.py all.txt > out/base-all.out 2>/dev/null
fi
for b in "$@"; do
  cd /work/wt/$b; sha=$(git rev-parse --short HEAD); d=/tmp/review53/snap/$b-$sha
  [ -d $d ] || { mkdir -p $d; git archive $sha src | tar -x -C $d; }
  cd /tmp/review53
  PYTHONPATH=$d/src nice $PY probe.py all.txt > out/$b-$sha-all.out 2>/dev/null
  echo "##### $b $sha"; diff out/base-all.out out/$b-$sha-all.out | grep '^[<>]' | wc -l
done
