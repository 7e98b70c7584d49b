"""Counts only: rows per set and kind, snippets not found exactly once in their article."""
import json, collections, pathlib, sys
d = pathlib.Path("bench/data/fresh")
rows = [json.loads(l) for l in (d / "speakers.jsonl").open(encoding="utf-8")]
sets = (sys.argv[1] if len(sys.argv) > 1 else "za,zb,zc,zd,ze").split(",")
print("rows", len(rows))
for s in sets:
    mine = [r for r in rows if r["article"].rstrip("0123456789") == s]
    kinds = collections.Counter(r["kind"] for r in mine)
    bad = 0
    for r in mine:
        t = (d / f"{r['article']}.txt").read_text(encoding="utf-8")
        if t.count(r["quote"]) != 1:
            bad += 1
    arts = len(list(d.glob(f"{s}[0-9]*.txt")))
    print(s, "articles", arts, "rows", len(mine), dict(kinds), "snippets not unique/absent", bad)
