"""Tune: per page, missing lines of one label in dump A vs dump B. usage: lab.py A B KIND LABEL"""
import json, sys, re
from collections import Counter
from pathlib import Path
import lxml.html, wcxb
sys.argv_ = sys.argv
W = re.compile(r"\w+")
import importlib.util
spec = importlib.util.spec_from_file_location("c", "/tmp/pages47/tools/causelib.py"); c = importlib.util.module_from_spec(spec); spec.loader.exec_module(c)
A = json.loads(Path(sys.argv[1]).read_text()); B = json.loads(Path(sys.argv[2]).read_text()); kind, lab = sys.argv[3], sys.argv[4]
for p in wcxb.load(Path("/work/shared/data/wcxb-dev")):
    if p.half != 1 or p.kind != kind: continue
    g = p.gold.get("main_content") or ""
    la = c.missing(g, c.body(A[p.key])); lb = c.missing(g, c.body(B[p.key]))
    if not la and not lb: continue
    m = c.where(p.html)
    na = [l for l in la if (e := m.get(c.norm(l))) is not None and c.label(e) == lab]
    nb = [l for l in lb if (e := m.get(c.norm(l))) is not None and c.label(e) == lab]
    if na or nb:
        print(p.key, "A", len(na), sum(len(W.findall(l)) for l in na), "B", len(nb), sum(len(W.findall(l)) for l in nb), "|", " / ".join(l[:40] for l in na[:4]))
