import json, sys
from pathlib import Path
A = json.loads(Path(sys.argv[1]).read_text()); B = json.loads(Path(sys.argv[2]).read_text())
D = Path("/work/shared/data/wcxb-dev/ground-truth")
for k in sys.argv[3].split(","):
    a = A[k]["body"].splitlines(); b = B[k]["body"].splitlines()
    new = b[len(a):] if b[:len(a)] == a else [l for l in b if l not in set(a)]
    g = json.loads((D / f"{k}.json").read_text())["ground_truth"]["main_content"] or ""
    print("==", k, len(new), "added; in gold:", sum(1 for l in new if l[:60] in g))
    for l in new[:5]: print("   ", ("G " if l[:60] in g else "- ") + l[:110])
