"""review54: each row's block on the merged heads equals base54's or the block of the one
branch that changed it; print rows where not (interplay)."""
import re, sys
def blocks(path):
    out, cur = [], None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"): continue
        line = re.sub(r" *[0-9.]*s quotes", " quotes", line)
        if line.startswith("=="):
            cur = [line]; out.append(cur)
        elif cur is not None:
            cur.append(line)
    return ["".join(b) for b in out]
base, merged = blocks("sweep/base.out"), blocks("sweep/merged.out")
heads = {b: blocks(f"sweep/{b}.out") for b in sys.argv[1:]}
assert all(len(v) == len(base) for v in heads.values()) and len(merged) == len(base), [len(base), len(merged)] + [len(v) for v in heads.values()]
changed = {b: 0 for b in heads}
bad = 0
for i, (b0, m) in enumerate(zip(base, merged)):
    movers = [b for b, v in heads.items() if v[i] != b0]
    for b in movers: changed[b] += 1
    if m == b0 and not movers: continue
    if len(movers) == 1 and m == heads[movers[0]][i]: continue
    bad += 1
    print("### row", i, "movers:", movers); print("BASE:\n" + b0); print("MERGED:\n" + m)
    for b in movers: print(b + ":\n" + heads[b][i])
print("rows", len(base), "changed per head", changed, "interplay rows", bad)
