import json, sys, gzip
from pathlib import Path
sys.path.insert(0, "/work/wt/pages48/bench")
from wcxb import word_f1
from newswire.nlp.boilerplate import faq
from newswire.nlp.boilerplate.html import load_page
from newswire.nlp.boilerplate.html_tree import text_of
A = json.loads(Path(sys.argv[1]).read_text()); B = json.loads(Path(sys.argv[2]).read_text())
D = Path("/work/shared/data/wcxb-dev")
for k in sorted(A):
    if A[k]["body"] == B[k]["body"]: continue
    g = json.loads((D/"ground-truth"/f"{k}.json").read_text())["ground_truth"]["main_content"] or ""
    d = word_f1(g, B[k]["body"]) - word_f1(g, A[k]["body"])
    tree = load_page(gzip.open(D/"html"/f"{k}.html.gz","rt").read())
    kept = {l for l in A[k]["body"].splitlines() if len(l.split()) >= 8}
    for h in faq._faq_headings(tree):
        if len([b for b in faq.faq_blocks(h) if faq._is_question(b)]) < 2: continue
        up = 0; anc = h.getparent()
        while anc is not None:
            if any(text_of(p) in kept for p in anc.iter("p", "li", "div") if len(p) < 5 and p.text): break
            up += 1; anc = anc.getparent()
        nq = sum(faq._is_question(b) for b in faq.faq_blocks(h)); na = len(faq.faq_blocks(h)) - nq
        print(f"{k} {d:+.3f} {B[k]['kind']} up={up} tag={h.tag} q={nq} a={na} anc={anc.tag if anc is not None else None}.{(anc.get('class') or '')[:20] if anc is not None else ''}")
        break
