"""Give each merged writer's README section back its own text (merges of appended sections
interleave them).

usage: fixreadme.py BRANCH...  (writer branches named freshNNxx, xx the set, of any length; run in main after
resolve.py). A branch not yet merged into HEAD is skipped."""
import re
import subprocess
import sys

P = "bench/data/fresh/README.md"


def merged(branch: str) -> bool:
    return subprocess.run(["git", "merge-base", "--is-ancestor", branch, "HEAD"]).returncode == 0


def region(text: str, name: str) -> tuple[int, int]:
    match = re.search(rf"^## The {name}-set .*$", text, re.M)
    if match is None:
        raise SystemExit(f"no section for the {name}-set")
    following = re.search(r"^## ", text[match.end():], re.M)
    return match.start(), match.end() + following.start() if following else len(text)


text = open(P, encoding="utf-8").read()
for branch in sys.argv[1:]:
    if not merged(branch):
        print(f"skipped {branch}: not merged")
        continue
    name = re.sub(r"^fresh\d+", "", branch)  # the set: fresh40zze -> zze (not its last two letters)
    theirs = subprocess.run(["git", "show", f"{branch}:{P}"], capture_output=True, text=True,
                            check=True).stdout
    start, end = region(theirs, name)
    section = theirs[start:end].rstrip("\n") + "\n\n"
    start, end = region(text, name)
    text = text[:start] + section + text[end:]
open(P, "w", encoding="utf-8").write(text.rstrip("\n") + "\n")
