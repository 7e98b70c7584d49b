"""mark.py FINDINGS ID 'new state text': replace the last cell of finding row ID in the
behaviour reviewer's findings file (e.g. /work/wt/REVIEW57-FINDINGS.md)."""
import sys
p, fid, state = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(p, encoding='utf-8').read().split('\n')
n = 0
for k, line in enumerate(lines):
    if line.startswith(f'| {fid} |'):
        cells = line.rstrip().rstrip('|').rsplit('|', 1)
        lines[k] = cells[0] + '| ' + state + ' |'
        n += 1
assert n == 1, n
open(p, 'w', encoding='utf-8').write('\n'.join(lines))
