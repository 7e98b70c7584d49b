"""Tune half, one gold kind: where newswire loses words (gold lines it lacks, lines it keeps
that the gold lacks), by cause: the rule that removed a missing line (else 'never'), and
pages/sites per cause. usage: loss.py BASE.json TRAF.json KIND [N [OUTDIR]] (examples: OUTDIR/ex_KIND.json)"""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
import wcxb
W = re.compile(r"\w+")
B = json.loads(Path(sys.argv[1]).read_text()); T = json.loads(Path(sys.argv[2]).read_text())
kind = sys.argv[3]; n = int(sys.argv[4]) if len(sys.argv) > 4 else 40
def norm(s): return " ".join(W.findall(s.lower()))
def unmatched(src, ref):
    """Lines of src whose words are mostly absent from ref (bag, consumed)."""
    left = Counter(W.findall(ref.lower())); out = []
    for line in src.splitlines():
        ws = W.findall(line.lower()); miss = 0
        for w in ws:
            if left[w] > 0: left[w] -= 1
            else: miss += 1
        if ws and miss / len(ws) > 0.5: out.append((line, len(ws)))
    return out
cw = Counter(); cp = defaultdict(set); cs = defaultdict(set); ex = defaultdict(list); rows = []
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind != kind: continue
    g = p.gold.get("main_content") or ""; b = B[p.key]; body = b["body"]
    fb, ft = wcxb.word_f1(g, body), wcxb.word_f1(g, T[p.key]["body"])
    rows.append((ft - fb, 1 - fb, p.key, b["kind"], fb, ft, p.url))
    rm = {norm(t): r for t, r in b.get("removed", [])}
    for line, nw in unmatched(g, body):
        c = "miss:" + rm.get(norm(line), "in-traf" if norm(line) in norm(T[p.key]["body"]) else "never")
        cw[c] += nw; cp[c].add(p.key); cs[c].add(p.site); ex[c].append((p.key, line[:100]))
    for line, nw in unmatched(body, g):
        c = "extra"
        cw[c] += nw; cp[c].add(p.key); cs[c].add(p.site); ex[c].append((p.key, line[:100]))
print(f"{kind}: {len(rows)} pages, newswire {sum(1-r[1] for r in rows)/len(rows):.4f}, traf {sum(r[5] for r in rows)/len(rows):.4f}")
for c, w in cw.most_common():
    print(f"{c:<28} words {w:6} pages {len(cp[c]):4} sites {len(cs[c]):4}")
rows.sort(reverse=True)
print("\npages where trafilatura alone beats newswire:")
for r in [r for r in rows if r[0] > 0.005][:n]:
    print(f"  {r[2]} told={r[3]!s:13} nw={r[4]:.3f} traf={r[5]:.3f} {(r[6] or '')[:70]}")
print("\nworst newswire pages:")
for r in sorted(rows, key=lambda r: -r[1])[:n]:
    print(f"  {r[2]} told={r[3]!s:13} nw={r[4]:.3f} traf={r[5]:.3f} {(r[6] or '')[:70]}")
Path(sys.argv[5] if len(sys.argv) > 5 else ".", f"ex_{kind}.json").write_text(json.dumps(ex))
