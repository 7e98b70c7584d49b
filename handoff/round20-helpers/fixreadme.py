"""Rebuild fresh README sections mangled by merges of appended sections."""
import re, subprocess
P = "bench/data/fresh/README.md"
text = open(P, encoding="utf-8").read()

def BRANCHES_DONE(br):
    written = subprocess.run(["git", "rev-parse", br], capture_output=True, text=True).stdout.strip() != subprocess.run(["git", "rev-parse", "bc8d7b7"], capture_output=True, text=True).stdout.strip()
    return written and subprocess.run(["git", "merge-base", "--is-ancestor", br, "HEAD"]).returncode == 0

def sections(t):
    heads = [m.start() for m in re.finditer(r"^## ", t, re.M)]
    return heads

def region(t, name):
    m = re.search(rf"^## The {name}-set .*$", t, re.M)
    nxt = re.search(r"^## ", t[m.end():], re.M)
    end = m.end() + nxt.start() if nxt else len(t)
    return m.start(), end

# Rounds seventeen and eighteen: the writer's own section from its branch.
for br in ["fresh34za", "fresh34zb", "fresh34zc", "fresh34zd", "fresh34ze", "fresh35zf", "fresh35zg", "fresh35zh", "fresh35zi", "fresh35zj",
           "fresh36zk", "fresh36zl", "fresh36zm", "fresh36zn", "fresh36zo",
           *[b for b in ("fresh37zp", "fresh37zq", "fresh37zr", "fresh37zs", "fresh37zt") if BRANCHES_DONE(b)]]:
    name = br[-2:]
    theirs = subprocess.run(["git", "show", f"{br}:{P}"], capture_output=True, text=True, check=True).stdout
    s, e = region(theirs, name)
    sec = theirs[s:e].rstrip("\n") + "\n\n"
    s, e = region(text, name)
    text = text[:s] + sec + text[e:]

text = text.rstrip("\n") + "\n"
open(P, "w", encoding="utf-8").write(text)
