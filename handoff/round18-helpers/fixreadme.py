"""Rebuild fresh README sections mangled by merges of appended sections."""
import re, subprocess
P = "bench/data/fresh/README.md"
text = open(P, encoding="utf-8").read()

def sections(t):
    heads = [m.start() for m in re.finditer(r"^## ", t, re.M)]
    return heads

def region(t, name):
    m = re.search(rf"^## The {name}-set .*$", t, re.M)
    nxt = re.search(r"^## ", t[m.end():], re.M)
    end = m.end() + nxt.start() if nxt else len(t)
    return m.start(), end

# Rounds seventeen and eighteen: the writer's own section from its branch.
for br in ["fresh34za", "fresh34zb", "fresh34zc", "fresh34zd", "fresh34ze",
           "fresh35zf", "fresh35zg", "fresh35zh", "fresh35zi", "fresh35zj"]:
    name = br[-2:]
    theirs = subprocess.run(["git", "show", f"{br}:{P}"], capture_output=True, text=True, check=True).stdout
    s, e = region(theirs, name)
    sec = theirs[s:e].rstrip("\n") + "\n\n"
    s, e = region(text, name)
    text = text[:s] + sec + text[e:]

# Round sixteen (v, w, y, x; branches gone): paragraphs rebuilt from the shared head and each tail.
s, e = region(text, "x")
block = text[s:e]
cut = block.index("How it was made: the writer read only `/work/wt/WRITER.md`")
paras = block[cut:]
head = paras[:paras.index("`v` rows before appending)")]
tails = {}
for name in "vwyx":
    i = paras.index(f"`{name}` rows before appending)")
    j = paras.index("say so here.", i) + len("say so here.")
    tails[name] = head + paras[i:j] + "\n"
text = text[:s] + block[:cut].rstrip("\n") + "\n\n" + tails["x"] + "\n" + text[e:]
for name in "vwy":
    s, e = region(text, name)
    body = text[s:e].rstrip("\n")
    if "How it was made" not in body:
        body += "\n\n" + tails[name]
    text = text[:s] + body.rstrip("\n") + "\n\n" + text[e:]
text = text.rstrip("\n") + "\n"
open(P, "w", encoding="utf-8").write(text)
